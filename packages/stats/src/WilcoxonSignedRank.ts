import { Effect, Schema } from "effect"
import { type InsufficientData, type InvalidArgument, type NonFiniteValue, ZeroVariance } from "./Errors.js"
import type { Sample } from "./Input.js"
import { checkPairs } from "./internal/pairs.js"
import { averageRanks } from "./internal/ranks.js"
import { psignrank } from "./internal/signrank.js"
import { rankNormalTwoSided } from "./internal/twoSided.js"

/** How a rank test's p-value was obtained: the exact null distribution or the normal approximation. */
export const RankTestMethod = Schema.Literal("exact", "normal")
export type RankTestMethod = typeof RankTestMethod.Type

/** Wilcoxon signed-rank test: V (sum of the ranks of the positive differences) and its p-value. */
export const WilcoxonSignedRankResult = Schema.Struct({
  statistic: Schema.Number,
  p: Schema.Number,
  method: RankTestMethod
})
export type WilcoxonSignedRankResult = typeof WilcoxonSignedRankResult.Type

/**
 * Two-sided Wilcoxon signed-rank test of a − b, as R's `wilcox.test(a, b, paired = TRUE)`: zero
 * differences are dropped; exact if fewer than 50 remain with no ties and no zeros, otherwise
 * the normal approximation with tie and continuity correction.
 *
 * @example
 * Effect.runSync(wilcoxonSignedRank([2, 4, 6, 8, 10], [1, 2, 3, 4, 5])) // { statistic: 15, p: 0.0625, method: "exact" }
 */
export const wilcoxonSignedRank = (
  a: Sample,
  b: Sample
): Effect.Effect<
  WilcoxonSignedRankResult,
  InsufficientData | NonFiniteValue | InvalidArgument | ZeroVariance
> =>
  Effect.flatMap(checkPairs(a, b, 1), (): Effect.Effect<WilcoxonSignedRankResult, ZeroVariance> => {
    const differences: Array<number> = []
    for (let i = 0; i < a.length; i++) {
      const d = a[i]! - b[i]!
      if (d !== 0) differences.push(d)
    }
    const zeroes = differences.length < a.length
    const n = differences.length
    if (n === 0) {
      return Effect.fail(
        new ZeroVariance({
          argument: "a − b",
          message: `all ${a.length} differences a[i] − b[i] are zero; the signed-rank test is undefined`
        })
      )
    }
    const { ranks, tieCubes } = averageRanks(differences.map(Math.abs))
    let v = 0
    for (let i = 0; i < n; i++) if (differences[i]! > 0) v += ranks[i]!
    if (n < 50 && tieCubes === 0 && !zeroes) {
      const p = v > (n * (n + 1)) / 4 ? psignrank(v - 1, n, false) : psignrank(v, n, true)
      return Effect.succeed({ statistic: v, p: Math.min(2 * p, 1), method: "exact" as const })
    }
    const centred = v - (n * (n + 1)) / 4
    const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieCubes / 48)
    return Effect.succeed({ statistic: v, p: rankNormalTwoSided(centred, sigma), method: "normal" as const })
  })
