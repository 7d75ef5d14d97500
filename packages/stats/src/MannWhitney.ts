import { Effect, Schema } from "effect"
import { type InsufficientData, type NonFiniteValue, ZeroVariance } from "./Errors.js"
import { finiteSample, type Sample } from "./Input.js"
import { averageRanks } from "./internal/ranks.js"
import { rankNormalTwoSided } from "./internal/twoSided.js"
import { pwilcox } from "./internal/wilcoxonExact.js"
import { RankTestMethod } from "./WilcoxonSignedRank.js"

/** Mann-Whitney (Wilcoxon rank-sum) test: W = rank sum of a − n_a(n_a + 1)/2, and its p-value. */
export const MannWhitneyResult = Schema.Struct({
  statistic: Schema.Number,
  p: Schema.Number,
  method: RankTestMethod
})
export type MannWhitneyResult = typeof MannWhitneyResult.Type

/**
 * Two-sided Mann-Whitney test of two independent samples, as R's `wilcox.test(a, b)`: exact if
 * both samples have fewer than 50 values and there are no ties, otherwise the normal
 * approximation with tie and continuity correction.
 *
 * @example
 * Effect.runSync(mannWhitney([1.1, 2.3, 0.4], [3.5, 4.2, 5.0, 2.9])) // { statistic: 0, p: 0.0571…, method: "exact" }
 */
export const mannWhitney = (
  a: Sample,
  b: Sample
): Effect.Effect<MannWhitneyResult, InsufficientData | NonFiniteValue | ZeroVariance> =>
  Effect.flatMap(finiteSample("a", a, 1), (a) =>
    Effect.flatMap(finiteSample("b", b, 1), (b): Effect.Effect<MannWhitneyResult, ZeroVariance> => {
      const nx = a.length
      const ny = b.length
      const pooled = new Float64Array(nx + ny)
      for (let i = 0; i < nx; i++) pooled[i] = a[i]!
      for (let i = 0; i < ny; i++) pooled[nx + i] = b[i]!
      const { ranks, tieCubes } = averageRanks(pooled)
      let rankSum = 0
      for (let i = 0; i < nx; i++) rankSum += ranks[i]!
      const w = rankSum - (nx * (nx + 1)) / 2
      if (nx < 50 && ny < 50 && tieCubes === 0) {
        // R takes pwilcox(w − 1, upper) above the centre; by symmetry that is P[W ≤ nx·ny − w],
        // summed here the same way for (a, b) and (b, a) so the two p-values are identical
        const p = pwilcox(Math.min(w, nx * ny - w), nx, ny, true)
        return Effect.succeed({ statistic: w, p: Math.min(2 * p, 1), method: "exact" as const })
      }
      const total = nx + ny
      const sigma = Math.sqrt(((nx * ny) / 12) * (total + 1 - tieCubes / (total * (total - 1))))
      if (!(sigma > 0)) {
        return Effect.fail(
          new ZeroVariance({
            argument: "a, b",
            message: `all ${total} values of a and b are equal; the rank-sum test is undefined`
          })
        )
      }
      const centred = w - (nx * ny) / 2
      return Effect.succeed({
        statistic: w,
        p: rankNormalTwoSided(centred, sigma),
        method: "normal" as const
      })
    })
  )
