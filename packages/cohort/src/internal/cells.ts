import { Analysis } from "@cryoreg/domain"
import type { Sums, Target } from "./anneal.js"
import { mean, sd, total } from "./anneal.js"

const numbers = Analysis.numbersOf(Analysis.study)

/** A published number cell and the interval of values that print as it. */
export const printed = (path: string): { value: number; lo: number; hi: number; unit: number } => {
  const value = numbers.get(path)
  if (value === undefined) throw new Error(`no published cell at ${path}`)
  const unit = 10 ** -(Analysis.decimals.get(path) ?? Analysis.decimalsOfNumber(value))
  // Half away from zero, as the report rounds: a tie prints away from zero, so it belongs to the outer cell.
  const tie = 1e-9 * unit
  return value >= 0
    ? { value, lo: value - unit / 2, hi: value + unit / 2 - tie, unit }
    : { value, lo: value - unit / 2 + tie, hi: value + unit / 2, unit }
}

/** The published value at `path`. */
export const value = (path: string): number => printed(path).value

const weights = { count: 10, mean: 3, sd: 2, derived: 1, p: 0.1 } as const

/**
 * Cells that no patient-level data can print together with the rest (from `checkSummaries`);
 * their SDs and derived figures get a low weight, so the search gets as near as integers allow
 * without pushing feasible cells off.
 */
export const impossible: ReadonlySet<string> = new Set(
  Analysis.checkSummaries(Analysis.study)
    .filter((f) => f.verdict === "impossible")
    .flatMap((f) => f.cells)
)

const isMean = (c: string) => c.endsWith("[0]") || c.endsWith("Mean") || c.endsWith(".mean")

const weight = (path: string, w: number) => (impossible.has(path) && !isMean(path) ? w / 10 : w)

/** Target: the mean of `feature` in `group` prints as the cell at `path`. */
export const meanTarget = (path: string, group: number, feature: number): Target => ({
  ...printed(path),
  path,
  weight: weight(path, weights.mean),
  measure: (s) => mean(s, group, feature)
})

/** Target: the SD of `feature` in `group` prints as the cell at `path`. */
export const sdTarget = (path: string, group: number, feature: number): Target => ({
  ...printed(path),
  path,
  weight: weight(path, weights.sd),
  measure: (s) => sd(s, group, feature)
})

/** Target: a 0/1 feature sums to exactly `count` in `group`. */
export const countTarget = (path: string, group: number, feature: number, count: number): Target => ({
  path,
  lo: count,
  hi: count,
  unit: 1,
  weight: weights.count,
  measure: (s) => total(s, group, feature)
})

/** Target: a value derived from several sums (a percent change, an effect size) prints as `path`. */
export const derivedTarget = (path: string, measure: (s: Sums) => number): Target => ({
  ...printed(path),
  path,
  weight: weight(path, weights.derived),
  measure
})

/** Target: a p-value approaches the printed one (log scale, low weight: correlations are the only lever). */
export const pTarget = (path: string, p: (s: Sums) => number): Target => {
  const cell = printed(path)
  return {
    path,
    lo: Math.log(cell.value - cell.unit / 2),
    hi: Math.log(cell.value + cell.unit / 2),
    unit: Math.log(2),
    weight: weight(path, weights.p),
    measure: (s) => Math.log(Math.max(p(s), 1e-300))
  }
}
