import type { Interval } from "./Finding.js"

/** A subgroup's printed summary as intervals. */
export interface GroupSummary {
  readonly n: number
  readonly mean: Interval
  readonly sd?: Interval
}

/**
 * Interval of the overall mean of subgroups whose means lie in their intervals; with integer
 * data each subgroup's sum is an integer, which narrows it (GRIM applied to the sums).
 */
export const combinedMean = (groups: ReadonlyArray<GroupSummary>, integer = false): Interval => {
  const n = groups.reduce((s, g) => s + g.n, 0)
  if (integer)
    return {
      lo: groups.reduce((s, g) => s + Math.ceil(g.n * g.mean.lo - 1e-9), 0) / n,
      hi: groups.reduce((s, g) => s + Math.floor(g.n * g.mean.hi + 1e-9), 0) / n
    }
  return {
    lo: groups.reduce((s, g) => s + g.n * g.mean.lo, 0) / n,
    hi: groups.reduce((s, g) => s + g.n * g.mean.hi, 0) / n
  }
}

const distance = (c: number, i: Interval) => (c < i.lo ? i.lo - c : c > i.hi ? c - i.hi : 0)

/** Interval of the between-group sum of squares Σ n_g (m_g − m)² over the box of group means. */
export const betweenSs = (groups: ReadonlyArray<GroupSummary>): Interval => {
  let hi = 0
  for (let corner = 0; corner < 1 << groups.length; corner++) {
    const means = groups.map((g, k) => (corner & (1 << k) ? g.mean.hi : g.mean.lo))
    const n = groups.reduce((s, g) => s + g.n, 0)
    const m = groups.reduce((s, g, k) => s + g.n * means[k]!, 0) / n
    hi = Math.max(
      hi,
      groups.reduce((s, g, k) => s + g.n * (means[k]! - m) ** 2, 0)
    )
  }
  // Σ n_g (m_g − m)² = min over c of Σ n_g (m_g − c)², so its minimum over the box is min over c of Σ n_g dist(c, I_g)².
  const from = Math.min(...groups.map((g) => g.mean.lo))
  const to = Math.max(...groups.map((g) => g.mean.hi))
  let lo = Number.POSITIVE_INFINITY
  for (let step = 0; step <= 2000; step++) {
    const c = from + ((to - from) * step) / 2000
    lo = Math.min(
      lo,
      groups.reduce((s, g) => s + g.n * distance(c, g.mean) ** 2, 0)
    )
  }
  return { lo, hi }
}

/** Interval of the overall SD of subgroups with printed means and SDs (within plus between). */
export const pooledSd = (groups: ReadonlyArray<GroupSummary>): Interval => {
  const n = groups.reduce((s, g) => s + g.n, 0)
  const between = betweenSs(groups)
  const within = groups.reduce(
    (s, g) => ({ lo: s.lo + (g.n - 1) * (g.sd?.lo ?? 0) ** 2, hi: s.hi + (g.n - 1) * (g.sd?.hi ?? 0) ** 2 }),
    { lo: 0, hi: 0 }
  )
  return {
    lo: Math.sqrt((within.lo + between.lo) / (n - 1)),
    hi: Math.sqrt((within.hi + between.hi) / (n - 1))
  }
}

/** Interval of x · y for intervals of positive y. */
export const times = (x: Interval, y: Interval): Interval => {
  const c = [x.lo * y.lo, x.lo * y.hi, x.hi * y.lo, x.hi * y.hi]
  return { lo: Math.min(...c), hi: Math.max(...c) }
}

/** The intersection of intervals, or null when they share no point. */
export const intersect = (a: Interval, b: Interval): Interval | null => {
  const lo = Math.max(a.lo, b.lo)
  const hi = Math.min(a.hi, b.hi)
  return lo <= hi ? { lo, hi } : null
}
