import type { Cells, Finding, Interval } from "./Finding.js"
import { finding, overlaps } from "./Finding.js"
import type { ScaleSubject } from "./FindingCode.js"
import { detail } from "./FindingCode.js"

/**
 * Range of the sample SD of `n` integers in [a, b] whose mean lies in `mean` (SPRITE's bounds):
 * smallest with the values bunched at the floor and ceiling of the mean, largest with them at the ends.
 */
export const sdRange = (n: number, a: number, b: number, mean: Interval): Interval | null => {
  let lo = Number.POSITIVE_INFINITY
  let hi = Number.NEGATIVE_INFINITY
  const first = Math.max(n * a, Math.ceil(n * mean.lo - 1e-9))
  const last = Math.min(n * b, Math.floor(n * mean.hi + 1e-9))
  for (let sum = first; sum <= last; sum++) {
    const q = Math.floor(sum / n)
    const r = sum - n * q
    const m = sum / n
    const minSs = r * (q + 1 - m) ** 2 + (n - r) * (q - m) ** 2
    const k = b > a ? Math.floor((sum - n * a) / (b - a)) : n
    const rest = sum - n * a - k * (b - a)
    const maxSs = k * (b - m) ** 2 + (k < n ? (a + rest - m) ** 2 + (n - k - 1) * (a - m) ** 2 : 0)
    lo = Math.min(lo, Math.sqrt(minSs / (n - 1)))
    hi = Math.max(hi, Math.sqrt(maxSs / (n - 1)))
  }
  return lo <= hi ? { lo, hi } : null
}

/** A mean ± SD cell of integer scores on a known range, with its n. */
export interface ScaleCell {
  readonly subject: ScaleSubject
  readonly mean: string
  readonly sd: string
  readonly n: number
  /** The scores are integers in [min, max] times `step` (ODI: even percentages, step 2). */
  readonly min: number
  readonly max: number
  readonly step: number
}

/** GRIM and SPRITE-style bounds: can integer scores on that range and n print this mean and SD? */
export const checkScale = (cells: Cells, c: ScaleCell): Finding => {
  const mean = cells.interval(c.mean)
  const sd = cells.interval(c.sd)
  const scaled = { lo: mean.lo / c.step, hi: mean.hi / c.step }
  const range = sdRange(c.n, c.min, c.max, scaled)
  const params = {
    subject: c.subject,
    mean: cells.value(c.mean),
    sd: cells.value(c.sd),
    n: c.n,
    min: c.min,
    max: c.max,
    step: c.step
  }
  if (range === null) return finding("GRIM", "impossible", [c.mean], detail("scaleMeanImpossible", params))
  const bounds = { lo: range.lo * c.step, hi: range.hi * c.step }
  const ok = overlaps(bounds, sd)
  return finding(
    "SD bounds",
    ok ? "consistent" : "impossible",
    ok ? [c.mean, c.sd] : [c.sd],
    detail(ok ? "scaleSdWithin" : "scaleSdImpossible", { ...params, ...bounds })
  )
}
