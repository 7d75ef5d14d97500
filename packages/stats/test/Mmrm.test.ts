import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { longitudinalModels, mmrm, pairedT, randomInterceptModel } from "../src/index.js"
import { assertMatchesNlme, mixedCases } from "./mixedVectors.js"

// 8 patients, 3 visits, two drop out after 3 months and one misses the 3-month visit.
const y = [7, 4, 3, 8, 5, 5, 6, 4, 2, 9, 6, 4, 7, 5, 8, 4, 6, 3, 3, 5, 2]
const subject = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 7, 7, 7, 8, 8]
const time = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 0, 1, 0, 1, 2, 0, 2]

const failure = (e: Effect.Effect<unknown, { readonly _tag: string; readonly message: string }>) =>
  Effect.map(Effect.flip(e), (error) => ({ tag: error._tag, message: error.message }))

describe("mmrm", () => {
  for (const c of mixedCases.filter((c) => c.fn === "mmrm")) {
    it.effect(`matches nlme::gls: ${c.id}`, () =>
      Effect.map(mmrm(...(c.args as [Array<number>, Array<number>, Array<number>])), (got) =>
        assertMatchesNlme(c, got)
      )
    )
  }

  it.effect("matches nlme::gls on the README's 8 patients (R 4.2.2, nlme 3.1-162, tight tolerances)", () =>
    Effect.gen(function* () {
      const r = yield* mmrm(y, subject, time)
      assert.closeTo(r.diff[0]!, -2.785176502, 1e-6)
      assert.closeTo(r.diffSe[1]!, 0.3069123001, 1e-6)
      assert.closeTo(r.f, 158.3647, 1e-3)
      assert.closeTo(r.logLik, -24.5823917194, 1e-8)
      assert.deepStrictEqual([r.df1, r.df2, r.nSubjects, r.nObservations], [2, 18, 8, 21])
      assert.closeTo(r.covariance[1]!, 1.2232606, 1e-5)
      assert.strictEqual(r.covariance[1], r.covariance[3])
    })
  )

  it.effect(
    "on complete data estimates the visit means and the sample covariance, and each t is the paired t",
    () =>
      Effect.gen(function* () {
        const rows = [
          [7, 4, 3],
          [8, 5, 5],
          [6, 4, 2],
          [9, 6, 4],
          [7, 3, 4],
          [5, 4, 1]
        ]
        const r = yield* mmrm(
          rows.flat(),
          rows.flatMap((_, i) => [i, i, i]),
          rows.flatMap(() => [0, 1, 2])
        )
        const column = (j: number) => rows.map((row) => row[j]!)
        const mean = (x: ReadonlyArray<number>) => x.reduce((a, b) => a + b, 0) / x.length
        for (let j = 0; j < 3; j++) assert.closeTo(r.mean[j]!, mean(column(j)), 1e-9)
        const cov = (a: number, b: number) => {
          const [ma, mb] = [mean(column(a)), mean(column(b))]
          return rows.reduce((s, row) => s + (row[a]! - ma) * (row[b]! - mb), 0) / (rows.length - 1)
        }
        for (let a = 0; a < 3; a++)
          for (let b = 0; b < 3; b++) assert.closeTo(r.covariance[a * 3 + b]!, cov(a, b), 1e-7)
        const t = yield* pairedT(column(2), column(0))
        assert.closeTo(r.diffT[1]!, t.t, 1e-6 * Math.abs(t.t))
        assert.strictEqual(r.diffDf[1], 18 - 3)
      })
  )

  it.effect("says why it cannot estimate the model", () =>
    Effect.gen(function* () {
      const ragged = yield* failure(mmrm([1, 2, 3], [1, 1], [0, 1, 0]))
      assert.strictEqual(ragged.tag, "InvalidArgument")
      const nan = yield* failure(mmrm([1, Number.NaN, 3, 4], [1, 1, 2, 2], [0, 1, 0, 1]))
      assert.strictEqual(nan.tag, "NonFiniteValue")
      const oneVisit = yield* failure(mmrm([1, 2, 3], [1, 2, 3], [0, 0, 0]))
      assert.strictEqual(oneVisit.tag, "InsufficientData")
      const gap = yield* failure(mmrm([1, 2, 3, 4], [1, 1, 2, 2], [0, 2, 0, 2]))
      assert.strictEqual(gap.tag, "InsufficientData")
      assert.match(gap.message, /nobody attended time point 1/)
      const twice = yield* failure(mmrm([1, 2, 3], [1, 1, 1], [0, 1, 1]))
      assert.match(twice.message, /two visits at time 1/)
      // nobody attended both 3 and 6 months
      const apart = yield* failure(
        mmrm([5, 4, 6, 3, 7, 5, 6, 2], [1, 1, 2, 2, 3, 3, 4, 4], [0, 1, 0, 2, 0, 1, 0, 2])
      )
      assert.strictEqual(apart.tag, "ModelNotEstimable")
      assert.match(apart.message, /time 1 and time 2/)
      // 6 months = baseline − 1 for everyone: a singular covariance, an unbounded likelihood
      const base = [3, 5, 4, 6, 2, 7, 5]
      const singular = yield* failure(
        mmrm(
          base.flatMap((v) => [v, v - 1]),
          base.flatMap((_, i) => [i, i]),
          base.flatMap(() => [0, 1])
        )
      )
      assert.strictEqual(singular.tag, "ModelNotEstimable")
    })
  )
})

describe("longitudinalModels (patients × visits, NaN = missed)", () => {
  it.effect("gives the long-format results on the attended visits, in one read for both models", () =>
    Effect.gen(function* () {
      const wide = new Float64Array(8 * 3).fill(Number.NaN)
      y.forEach((v, i) => {
        wide[(subject[i]! - 1) * 3 + time[i]!] = v
      })
      const withAbsent = Float64Array.from([...wide, Number.NaN, Number.NaN, Number.NaN])
      const both = yield* longitudinalModels({ values: withAbsent, columns: 3 })
      assert.deepStrictEqual(both.mmrm, yield* mmrm(y, subject, time))
      assert.deepStrictEqual(both.randomIntercept, yield* randomInterceptModel(y, subject, time))
      const infinite = yield* Effect.flip(
        longitudinalModels({ values: Float64Array.of(1, Infinity, 2, 3), columns: 2 })
      )
      assert.strictEqual(infinite._tag, "NonFiniteValue")
      const noSixMonths = yield* Effect.flip(
        longitudinalModels({ values: Float64Array.of(1, 2, Number.NaN, 3, 4, Number.NaN), columns: 3 })
      )
      assert.match(noSixMonths.message, /nobody attended time point 2/)
    })
  )
})
