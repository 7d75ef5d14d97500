import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as fc from "fast-check"
import { rmAnova } from "../src/RepeatedMeasures.js"
import { reorder, subjectsByConditions } from "./parametricArbitraries.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

// Naive reference: long-format sums of squares and the textbook (covariance-matrix) sphericity formulas.
const naive = (rows: ReadonlyArray<ReadonlyArray<number>>) => {
  const n = rows.length
  const k = rows[0]!.length
  const all = rows.flat()
  const grand = all.reduce((s, x) => s + x, 0) / (n * k)
  const colMean = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n)
  const rowMean = rows.map((r) => r.reduce((s, x) => s + x, 0) / k)
  const ssTotal = all.reduce((s, x) => s + (x - grand) ** 2, 0)
  const ssCond = n * colMean.reduce((s, m) => s + (m - grand) ** 2, 0)
  const ssSubj = k * rowMean.reduce((s, m) => s + (m - grand) ** 2, 0)
  const ssError = ssTotal - ssCond - ssSubj
  // Double-centred covariance matrix: its nonzero eigenvalues are those of the contrast SSD.
  const cov = colMean.map((mj, j) =>
    colMean.map((ml, l) => rows.reduce((s, r) => s + (r[j]! - mj) * (r[l]! - ml), 0))
  )
  const covRow = cov.map((r) => r.reduce((s, x) => s + x, 0) / k)
  const covAll = covRow.reduce((s, x) => s + x, 0) / k
  const centred = cov.map((r, j) => r.map((x, l) => x - covRow[j]! - covRow[l]! + covAll))
  const trace = centred.reduce((s, r, j) => s + r[j]!, 0)
  const trace2 = centred.reduce((s, r) => s + r.reduce((t, x) => t + x * x, 0), 0)
  const gg = (trace * trace) / ((k - 1) * trace2)
  return { ssCond, ssSubj, ssError, f: ssCond / (k - 1) / (ssError / ((n - 1) * (k - 1))), gg, centred }
}

const study = [
  [7, 4, 3],
  [8, 5, 5],
  [6, 4, 2],
  [9, 6, 4]
]

describe("rmAnova", () => {
  for (const c of casesFor("rmAnova")) {
    it.effect(`matches R: ${c.id}`, () =>
      Effect.map(rmAnova(c.args[0] as Array<Array<number>>), (got) => assertMatchesR(c, got))
    )
  }

  it.effect("matches a hand computation on 4 subjects × 3 timepoints", () =>
    Effect.gen(function* () {
      // SS_cond = 33.5, SS_subjects = 131/12, SS_error = 46.25 − 33.5 − 131/12 = 11/6.
      const r = yield* rmAnova(study)
      assert.closeTo(r.f, 16.75 / (11 / 6 / 6), 1e-11)
      assert.strictEqual(r.df1, 2)
      assert.strictEqual(r.df2, 6)
      // F(2, ν) has the closed upper tail (1 + 2F/ν)^(−ν/2).
      assert.closeTo(r.p, (1 + r.f / 3) ** -3, 1e-14)
      assert.closeTo(r.partialEta2, 33.5 / (33.5 + 11 / 6), 1e-13)
      assert.closeTo(r.generalizedEta2, 33.5 / 46.25, 1e-13)
      const ref = naive(study)
      assert.closeTo(r.ggEpsilon, ref.gg, 1e-12)
      // k = 3: W = λ₁λ₂/((λ₁+λ₂)/2)², the 2 × 2 principal minors of the centred matrix sum to λ₁λ₂.
      const c = ref.centred
      const minors = [
        [0, 1],
        [0, 2],
        [1, 2]
      ].reduce((s, [i, j]) => s + c[i!]![i!]! * c[j!]![j!]! - c[i!]![j!]! ** 2, 0)
      const w = minors / ((c[0]![0]! + c[1]![1]! + c[2]![2]!) / 2) ** 2
      assert.closeTo(r.mauchlyW!, w, 1e-12)
      // k = 3: ω₂ = 0, f = 2, ρ = 1 − 1/ν, so p = exp(νρ·log W / 2) = W^((ν − 1)/2), ν = 3.
      assert.closeTo(r.mauchlyP!, w, 1e-12)
      const hf = (4 * 2 * r.ggEpsilon - 2) / (2 * (3 - 2 * r.ggEpsilon))
      assert.closeTo(r.hfEpsilon!, hf, 1e-12)
    })
  )

  it.effect("reports k = 2 without a sphericity test", () =>
    Effect.gen(function* () {
      const r = yield* rmAnova([
        [7, 3],
        [8, 5],
        [6, 4],
        [9, 4]
      ])
      assert.isNull(r.mauchlyW)
      assert.isNull(r.mauchlyP)
      assert.strictEqual(r.ggEpsilon, 1)
      assert.strictEqual(r.hfEpsilon, 1)
      assert.strictEqual(r.pGG, r.p)
      assert.strictEqual(r.pHF, r.p)
      // With two conditions F is the paired t squared: differences 4, 3, 2, 5, mean 3.5, variance 5/3.
      assert.closeTo(r.f, 3.5 ** 2 / (5 / 3 / 4), 1e-12)
    })
  )

  it.effect("gives no Mauchly test when the SSD is singular (R: log(det) is NaN)", () =>
    Effect.gen(function* () {
      // Four tied subjects × four conditions; values from R 4.2.2 (mauchly.test gives NaN here).
      const r = yield* rmAnova([
        [1, 3, 2, 1],
        [0, 2, -2, 0],
        [0, -4, -4, -3],
        [-1, -3, -1, -3]
      ])
      assert.isNull(r.mauchlyW)
      assert.isNull(r.mauchlyP)
      assert.closeTo(r.f, 0.6428571428571442, 1e-12)
      assert.closeTo(r.ggEpsilon, 0.608695652173913, 1e-12)
      assert.closeTo(r.hfEpsilon!, 1.506172839506172, 1e-12)
      assert.closeTo(r.pGG, 0.5480529151900229, 1e-10)
      assert.strictEqual(r.pHF, r.p)
    })
  )

  it.effect("with fewer subjects than conditions keeps the epsilons but has no Mauchly test", () =>
    Effect.gen(function* () {
      // 3 subjects × 5 conditions (ν = 2 < p = 4); epsilons from R 4.2.2 stats:::sphericity, where
      // mauchly.test returns rounding noise (W = 1e-31).
      const values = Float64Array.of(
        -0.84085548078629846,
        0.070142766427326808,
        -0.47216638516694515,
        0.13810822480392254,
        -1.08039260002739,
        1.3843593434785844,
        1.7114408727023733,
        -0.63537131252428281,
        1.2276303438534604,
        -0.15753435610688235,
        -1.2554918626276665,
        -0.60290798145466684,
        -0.28577363486615359,
        -0.80177945465282396,
        -1.0717600398779163
      )
      const r = yield* rmAnova({ values, columns: 5 })
      assert.isNull(r.mauchlyW)
      assert.isNull(r.mauchlyP)
      assert.closeTo(r.ggEpsilon, 0.28009238072513865, 1e-12)
      assert.closeTo(r.hfEpsilon!, 0.38684100998577198, 1e-12)
      assert.isTrue(r.pHF !== null && r.pHF >= r.p && r.pHF <= r.pGG)
    })
  )

  it.effect("fails with typed errors on bad input", () =>
    Effect.gen(function* () {
      const oneSubject = yield* Effect.flip(rmAnova([[1, 2, 3]]))
      assert.strictEqual(oneSubject._tag, "InsufficientData")
      const oneCondition = yield* Effect.flip(rmAnova([[1], [2], [3]]))
      assert.strictEqual(oneCondition._tag, "InsufficientData")
      const ragged = yield* Effect.flip(
        rmAnova([
          [1, 2, 3],
          [4, 5]
        ])
      )
      assert.strictEqual(ragged._tag, "RaggedMatrix")
      const nan = yield* Effect.flip(
        rmAnova([
          [1, 2, 3],
          [4, Number.POSITIVE_INFINITY, 6]
        ])
      )
      assert.strictEqual(nan._tag, "NonFiniteValue")
      // The flat fast path is not scanned up front: a NaN is found from the non-finite sums.
      const flatNan = yield* Effect.flip(
        rmAnova({ values: Float64Array.of(1, 2, 3, 4, 5, Number.NaN), columns: 3 })
      )
      assert.strictEqual(flatNan._tag, "NonFiniteValue")
      assert.deepStrictEqual(flatNan._tag === "NonFiniteValue" ? flatNan.index : [], [1, 2])
      const huge = yield* Effect.flip(
        rmAnova({ values: Float64Array.of(1e300, -1e300, 3, 4, 5, 6), columns: 3 })
      )
      assert.strictEqual(huge._tag, "NonFiniteValue")
      assert.include(huge.message, "overflow")
      const flatRagged = yield* Effect.flip(rmAnova({ values: new Float64Array(7), columns: 3 }))
      assert.strictEqual(flatRagged._tag, "RaggedMatrix")
      // Every subject changes by the same amounts: no residual variance.
      const additive = yield* Effect.flip(
        rmAnova([
          [1.1, 2.3, 0.7],
          [5.1, 6.3, 4.7],
          [2.1, 3.3, 1.7]
        ])
      )
      assert.strictEqual(additive._tag, "ZeroVariance")
    })
  )

  const data = subjectsByConditions(3, 25, 2, 5).filter(({ rows }) => {
    const { ssCond, ssSubj, ssError } = naive(rows)
    return ssError > 1e-6 * (ssCond + ssSubj + ssError)
  })

  it("agrees with the naive long-format sums of squares", () => {
    fc.assert(
      fc.property(data, ({ rows }) => {
        const r = Effect.runSync(rmAnova(rows))
        const ref = naive(rows)
        assert.closeTo(r.f, ref.f, 1e-7 * Math.max(1, ref.f))
        if (rows[0]!.length > 2) assert.closeTo(r.ggEpsilon, ref.gg, 1e-8)
      })
    )
  })

  it("is invariant under a permutation of subjects; p-values lie in [0, 1]; flat path equals rows", () => {
    fc.assert(
      fc.property(data, ({ rows, order }) => {
        const r = Effect.runSync(rmAnova(rows))
        const permuted = Effect.runSync(rmAnova(reorder(rows, order)))
        const flat = Effect.runSync(
          rmAnova({ values: Float64Array.from(rows.flat()), columns: rows[0]!.length })
        )
        assert.deepStrictEqual(flat, r)
        for (const key of ["f", "p", "ggEpsilon", "pGG", "partialEta2", "generalizedEta2"] as const) {
          assert.closeTo(permuted[key], r[key], 1e-8 * Math.max(1, Math.abs(r[key])))
        }
        for (const p of [r.p, r.pGG, r.pHF, r.mauchlyP]) if (p !== null) assert.isTrue(p >= 0 && p <= 1)
        const k = rows[0]!.length
        assert.isTrue(r.ggEpsilon >= 1 / (k - 1) - 1e-12 && r.ggEpsilon <= 1 + 1e-12)
      })
    )
  })
})
