/** Consistency checks of published summaries. */

import { sdRange } from "./CheckScales.js"
import type { Cells, Finding, Interval } from "./Finding.js"
import { finding } from "./Finding.js"
import { detail } from "./FindingCode.js"

/** The lesions per procedure (a mean ± SD cell of integer counts) and the range the paper states they typically lie in. */
export interface TypicalRange {
  readonly mean: string
  readonly sd: string
  readonly n: number
  readonly min: number
  readonly max: number
}

const within = (x: number, i: Interval) => x >= i.lo - 1e-9 && x <= i.hi + 1e-9

/**
 * The fewest of `n` integers that must lie one step outside [min, max] (at min − 1 or max + 1, the others
 * at min or max) for their mean and SD to print as given; null when no such split prints them or the
 * range is wider than two values (then the split is not enumerated).
 */
export const fewestOneOutside = (
  n: number,
  min: number,
  max: number,
  mean: Interval,
  sd: Interval
): number | null => {
  if (max - min !== 1) return null
  for (let outside = 0; outside <= n; outside++)
    for (let below = 0; below <= outside; below++) {
      const above = outside - below
      for (let atMax = 0; atMax <= n - outside; atMax++) {
        const atMin = n - outside - atMax
        const sum = below * (min - 1) + atMin * min + atMax * max + above * (max + 1)
        const m = sum / n
        if (!within(m, mean)) continue
        const ss =
          below * (min - 1 - m) ** 2 +
          atMin * (min - m) ** 2 +
          atMax * (max - m) ** 2 +
          above * (max + 1 - m) ** 2
        if (within(Math.sqrt(ss / (n - 1)), sd)) return outside
      }
    }
  return null
}

/**
 * A range the paper calls typical, read as a rule: can every count lie in it and print this mean and
 * SD? If not, the figures contradict the stated assumption — some counts lay outside it — which is not
 * an impossibility.
 */
export const checkTypicalRange = (cells: Cells, c: TypicalRange): Finding => {
  const mean = cells.interval(c.mean)
  const sd = cells.interval(c.sd)
  const range = sdRange(c.n, c.min, c.max, mean)
  const params = { mean: cells.value(c.mean), sd: cells.value(c.sd), n: c.n, min: c.min, max: c.max }
  if (range !== null && range.hi >= sd.lo && range.lo <= sd.hi)
    return finding("stated assumption", "consistent", [c.mean, c.sd], detail("lesionsTypical", params))
  return finding(
    "stated assumption",
    "contradicts assumption",
    [c.sd],
    detail("lesionsOutsideTypical", {
      ...params,
      sdMax: range === null ? null : range.hi,
      fewest: fewestOneOutside(c.n, c.min, c.max, mean, sd)
    })
  )
}
