import type { Sums } from "./anneal.js"
import { mean, sd } from "./anneal.js"
import { fUpperFast, tTwoSidedFast } from "./tails.js"

// p-values of the paper's tests, computed from a block's running sums during the search.

/** Welch t-test p of `f` between groups `g1` and `g2`. */
export const welchP = (s: Sums, g1: number, g2: number, f: number): number => {
  const n1 = s.count[g1]!
  const n2 = s.count[g2]!
  const v1 = sd(s, g1, f) ** 2 / n1
  const v2 = sd(s, g2, f) ** 2 / n2
  const t = (mean(s, g1, f) - mean(s, g2, f)) / Math.sqrt(v1 + v2)
  const df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
  return tTwoSidedFast(t, df)
}

/** One-way ANOVA p of `f` across `groups`. */
export const anovaP = (s: Sums, groups: ReadonlyArray<number>, f: number): number => {
  const n = groups.reduce((a, g) => a + s.count[g]!, 0)
  const grand = groups.reduce((a, g) => a + s.count[g]! * mean(s, g, f), 0) / n
  const between = groups.reduce((a, g) => a + s.count[g]! * (mean(s, g, f) - grand) ** 2, 0)
  const within = groups.reduce((a, g) => a + (s.count[g]! - 1) * sd(s, g, f) ** 2, 0)
  const df1 = groups.length - 1
  const df2 = n - groups.length
  return fUpperFast(between / df1 / (within / df2), df1, df2)
}

/** Bonferroni-adjusted (× 3) paired t-test p of the within-patient difference `f` in `group`. */
export const pairedBonferroniP = (s: Sums, group: number, f: number): number => {
  const n = s.count[group]!
  const t = mean(s, group, f) / (sd(s, group, f) / Math.sqrt(n))
  return Math.min(1, 3 * tTwoSidedFast(t, n - 1))
}
