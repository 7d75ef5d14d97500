import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as fc from "fast-check"
import { randomInterceptModel, rmAnova } from "../src/index.js"
import { assertMatchesNlme, mixedCases } from "./mixedVectors.js"

const long = (rows: ReadonlyArray<ReadonlyArray<number>>) =>
  [rows.flat(), rows.flatMap((r, i) => r.map(() => i)), rows.flatMap((r) => r.map((_, j) => j))] as const

describe("randomInterceptModel", () => {
  for (const c of mixedCases.filter((c) => c.fn === "randomInterceptModel")) {
    it.effect(`matches nlme::lme: ${c.id}`, () =>
      Effect.map(randomInterceptModel(...(c.args as [Array<number>, Array<number>, Array<number>])), (got) =>
        assertMatchesNlme(c, got)
      )
    )
  }

  it.effect("matches nlme::lme on 8 patients with missed visits (R 4.2.2, nlme 3.1-162)", () =>
    Effect.gen(function* () {
      const y = [7, 4, 3, 8, 5, 5, 6, 4, 2, 9, 6, 4, 7, 5, 8, 4, 6, 3, 3, 5, 2]
      const subject = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 7, 7, 7, 8, 8]
      const time = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 0, 1, 0, 1, 2, 0, 2]
      const r = yield* randomInterceptModel(y, subject, time)
      assert.closeTo(r.diff[1]!, -3.723840042, 1e-8)
      assert.closeTo(r.diffSe[0]!, 0.3107587364, 1e-8)
      assert.closeTo(r.f, 74.64488, 1e-4)
      assert.closeTo(r.logLik, -26.4066605303, 1e-9)
      assert.closeTo(r.tau ** 2, 1.0101892, 1e-6)
      assert.closeTo(r.sigma ** 2, 0.3502902, 1e-6)
      assert.deepStrictEqual([r.df2, ...r.diffDf], [11, 11, 11])
    })
  )

  it.effect("on balanced complete data its F is the sphericity-assuming repeated-measures ANOVA F", () =>
    Effect.gen(function* () {
      const rows = [
        [7, 4, 3],
        [8, 5, 5],
        [6, 4, 2],
        [9, 6, 4],
        [7, 3, 4]
      ]
      const r = yield* randomInterceptModel(...long(rows))
      const a = yield* rmAnova(rows)
      assert.isAbove(r.tau, 0)
      assert.closeTo(r.f, a.f, 1e-8 * a.f)
      assert.strictEqual(r.df2, a.df2)
      assert.closeTo(r.p, a.p, 1e-8 * a.p)
    })
  )

  it("agrees with rmAnova's F on random balanced data whenever subjects differ more than visits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 12 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 1e6 }),
        (n, k, seed) => {
          let state = seed
          const noise = () => {
            state = (state * 16807) % 2147483647
            return (state / 2147483647) * 2 - 1
          }
          const rows = Array.from({ length: n }, () => {
            const level = 3 * noise()
            return Array.from({ length: k }, (_, j) => 5 - j + level + noise())
          })
          const r = Effect.runSync(Effect.either(randomInterceptModel(...long(rows))))
          const a = Effect.runSync(rmAnova(rows))
          // the REML intercept variance is positive exactly when MS_subjects > MS_error
          if (r._tag === "Left" || r.right.tau === 0) return
          assert.closeTo(r.right.f, a.f, 1e-6 * a.f)
        }
      ),
      { numRuns: 60 }
    )
  })

  it.effect("puts tau at 0 when the REML intercept variance is on its boundary (nlme: tau ≈ 2.7e-5)", () =>
    Effect.gen(function* () {
      const r = yield* randomInterceptModel(...long([3, 5, 4, 6, 2].map((b, i) => [b, [6, 4, 5, 3, 7][i]!])))
      assert.strictEqual(r.tau, 0)
      // the ordinary fit: sigma² = within-visit SS / (N − k) = 20 / 8, se of the difference √(2σ²/5) = 1
      assert.closeTo(r.sigma ** 2, 2.5, 1e-9)
      assert.closeTo(r.diffSe[0]!, 1, 1e-9)
      assert.closeTo(r.logLik, -16.62611, 1e-5)
    })
  )

  it.effect("fails when the residual and intercept variances cannot be separated", () =>
    Effect.gen(function* () {
      const once = yield* Effect.flip(randomInterceptModel([1, 2, 3, 4], [1, 2, 3, 4], [0, 1, 0, 1]))
      assert.strictEqual(once._tag, "ModelNotEstimable")
      const shifted = yield* Effect.flip(
        randomInterceptModel(...long([3, 5, 4, 6, 2].map((b) => [b, b + 1])))
      )
      assert.strictEqual(shifted._tag, "ModelNotEstimable")
    })
  )
})
