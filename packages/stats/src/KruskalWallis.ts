import { Effect } from "effect"
import { ChiSquaredTestResult } from "./ChiSquaredTestResult.js"
import { InsufficientData, NonFiniteValue, ZeroVariance } from "./Errors.js"
import type { Sample } from "./Input.js"
import { pchisq } from "./internal/nmath/gamma.js"
import { averageRanks } from "./internal/ranks.js"

/** Kruskal-Wallis test: tie-corrected H, df = k − 1 and its χ² p-value. */
export const KruskalWallisResult = ChiSquaredTestResult
export type KruskalWallisResult = ChiSquaredTestResult

/**
 * Kruskal-Wallis rank-sum test of k independent groups, as R's `kruskal.test(groups)`.
 *
 * @example
 * Effect.runSync(kruskalWallis([[2.9, 3.0, 2.5], [3.8, 2.7, 4.0], [2.8, 3.4, 3.7]])) // { statistic: 1.866…, df: 2, p: 0.393… }
 */
export const kruskalWallis = (
  groups: ReadonlyArray<Sample>
): Effect.Effect<KruskalWallisResult, InsufficientData | NonFiniteValue | ZeroVariance> => {
  const k = groups.length
  if (k < 2) {
    return Effect.fail(
      new InsufficientData({
        argument: "groups",
        required: 2,
        received: k,
        message: `Kruskal-Wallis needs at least 2 groups, got ${k}`
      })
    )
  }
  let n = 0
  for (let g = 0; g < k; g++) {
    const group = groups[g]!
    if (group.length === 0) {
      return Effect.fail(
        new InsufficientData({
          argument: `groups[${g}]`,
          required: 1,
          received: 0,
          message: `groups[${g}] is empty; every group needs at least one observation`
        })
      )
    }
    n += group.length
  }
  const pooled = new Float64Array(n)
  let at = 0
  for (let g = 0; g < k; g++) {
    const group = groups[g]!
    for (let i = 0; i < group.length; i++) {
      const v = group[i]!
      if (!Number.isFinite(v)) {
        return Effect.fail(
          new NonFiniteValue({
            argument: `groups[${g}]`,
            index: [g, i],
            message: `groups[${g}][${i}] is ${v}; every value must be a finite number`
          })
        )
      }
      pooled[at++] = v
    }
  }
  const { ranks, tieCubes } = averageRanks(pooled)
  const tieFactor = 1 - tieCubes / (n * n * n - n)
  if (!(tieFactor > 0)) {
    return Effect.fail(
      new ZeroVariance({
        argument: "groups",
        message: `all ${n} observations are equal; the Kruskal-Wallis statistic is undefined`
      })
    )
  }
  let sum = 0
  at = 0
  for (let g = 0; g < k; g++) {
    const size = groups[g]!.length
    let rankSum = 0
    for (let i = 0; i < size; i++) rankSum += ranks[at++]!
    sum += (rankSum * rankSum) / size
  }
  const statistic = ((12 * sum) / (n * (n + 1)) - 3 * (n + 1)) / tieFactor
  return Effect.succeed({ statistic, df: k - 1, p: pchisq(statistic, k - 1, false, false) })
}
