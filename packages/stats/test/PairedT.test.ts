import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as fc from "fast-check"
import { pairedT } from "../src/PairedT.js"
import { differences, pairedSamples, reorder, varies } from "./parametricArbitraries.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

// Two-sided p of Student's t with 3 df in closed form: 1 − (2/π)(u/(1+u²) + atan u), u = t/√3.
const twoSidedP3 = (t: number) => {
  const u = Math.abs(t) / Math.sqrt(3)
  return 1 - (2 / Math.PI) * (u / (1 + u * u) + Math.atan(u))
}
const qt975df3 = 3.182446305284263

describe("pairedT", () => {
  for (const c of casesFor("pairedT")) {
    it.effect(`matches R: ${c.id}`, () =>
      Effect.map(pairedT(...(c.args as [Array<number>, Array<number>])), (got) => assertMatchesR(c, got))
    )
  }

  it.effect("matches a hand computation on four NRS pairs", () =>
    Effect.gen(function* () {
      // differences 4, 3, 2, 5: mean 3.5, variance 5/3, standard error √(5/12)
      const r = yield* pairedT([7, 8, 6, 9], [3, 5, 4, 4])
      const se = Math.sqrt(5 / 12)
      assert.closeTo(r.t, 3.5 / se, 1e-12)
      assert.strictEqual(r.df, 3)
      assert.closeTo(r.meanDiff, 3.5, 1e-12)
      assert.closeTo(r.p, twoSidedP3(r.t), 1e-12)
      assert.closeTo(r.ciLow, 3.5 - qt975df3 * se, 1e-9)
      assert.closeTo(r.ciHigh, 3.5 + qt975df3 * se, 1e-9)
    })
  )

  it.effect("stays exact when the first pairs are far from the mean (one-pass shift guard)", () =>
    Effect.gen(function* () {
      // 16 outlying differences of 1000 ahead of 40,000 small ones: a shift by the first pairs would
      // lose digits, so the kernel must take its exact second pass. Reference: plain two-pass sums.
      const n = 40_016
      const a = Float64Array.from({ length: n }, (_, i) => (i < 16 ? 1000 : Math.sin(i)) + 5)
      const b = new Float64Array(n).fill(5)
      const d = Array.from(a, (x, i) => x - b[i]!)
      const mean = d.reduce((s, x) => s + x, 0) / n
      const sd = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1))
      for (const r of [yield* pairedT(a, b), yield* pairedT(Array.from(a), Array.from(b))]) {
        assert.closeTo(r.meanDiff, mean, 1e-12 * Math.abs(mean))
        assert.closeTo(r.t, mean / (sd / Math.sqrt(n)), 1e-11 * Math.abs(r.t))
      }
    })
  )

  it.effect("accepts Float64Array samples", () =>
    Effect.gen(function* () {
      const r = yield* pairedT(Float64Array.of(7, 8, 6, 9), Float64Array.of(3, 5, 4, 4))
      assert.closeTo(r.t, 3.5 / Math.sqrt(5 / 12), 1e-12)
    })
  )

  it.effect("fails with typed errors on bad input", () =>
    Effect.gen(function* () {
      const short = yield* Effect.flip(pairedT([1], [2]))
      assert.strictEqual(short._tag, "InsufficientData")
      const unequal = yield* Effect.flip(pairedT([1, 2, 3], [1, 2]))
      assert.strictEqual(unequal._tag, "InvalidArgument")
      const nan = yield* Effect.flip(pairedT([1, 2, 3], [1, Number.NaN, 2]))
      assert.strictEqual(nan._tag, "NonFiniteValue")
      assert.include(nan.message, "b[1]")
      const infinite = yield* Effect.flip(
        pairedT(Float64Array.of(1, Number.POSITIVE_INFINITY, 3), Float64Array.of(1, 2, 4))
      )
      assert.strictEqual(infinite._tag, "NonFiniteValue")
      assert.include(infinite.message, "a[1]")
      const huge = yield* Effect.flip(pairedT([1e308, -1e308, 1], [-1e308, 1e308, 2]))
      assert.strictEqual(huge._tag, "NonFiniteValue")
      assert.include(huge.message, "overflow")
      const constant = yield* Effect.flip(pairedT([1.1, 2.1, 3.1], [0.1, 1.1, 2.1]))
      assert.strictEqual(constant._tag, "ZeroVariance")
      const identical = yield* Effect.flip(pairedT([1, 2, 3], [1, 2, 3]))
      assert.strictEqual(identical._tag, "ZeroVariance")
    })
  )

  it("is invariant under a permutation of subjects, antisymmetric in a and b, with p in [0, 1]", () => {
    fc.assert(
      fc.property(
        pairedSamples(3, 30).filter(({ a, b }) => varies(differences(a, b))),
        ({ a, b, order }) => {
          const r = Effect.runSync(pairedT(a, b))
          const permuted = Effect.runSync(pairedT(reorder(a, order), reorder(b, order)))
          const swapped = Effect.runSync(pairedT(b, a))
          assert.closeTo(permuted.t, r.t, 1e-9 * Math.max(1, Math.abs(r.t)))
          assert.closeTo(permuted.p, r.p, 1e-9)
          assert.strictEqual(swapped.t, -r.t)
          assert.strictEqual(swapped.p, r.p)
          assert.isTrue(r.p >= 0 && r.p <= 1)
          assert.isTrue(r.ciLow <= r.meanDiff && r.meanDiff <= r.ciHigh)
        }
      )
    )
  })
})
