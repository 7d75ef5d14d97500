/*
 * Null distribution of the Wilcoxon signed-rank statistic V, as GNU R's src/nmath/signrank.c
 * (`psignrank`): subset counts by dynamic programming instead of R's recursion.
 */

const cache = new Map<number, Float64Array>()

/** counts[s] = number of subsets of {1, …, n} summing to s (R's csignrank); exact up to n = 75. */
const counts = (n: number): Float64Array => {
  const hit = cache.get(n)
  if (hit !== undefined) return hit
  const max = (n * (n + 1)) / 2
  const c = new Float64Array(max + 1)
  c[0] = 1
  for (let i = 1; i <= n; i++) {
    for (let s = (i * (i + 1)) / 2; s >= i; s--) c[s] = c[s]! + c[s - i]!
  }
  if (cache.size >= 64) cache.clear()
  cache.set(n, c)
  return c
}

/** P[V ≤ q] (or P[V > q]) for n untied non-zero differences, as R's `psignrank`. */
export const psignrank = (q: number, n: number, lowerTail: boolean): number => {
  let x = Math.round(q + 1e-7)
  const max = (n * (n + 1)) / 2
  if (x < 0) return lowerTail ? 0 : 1
  if (x >= max) return lowerTail ? 1 : 0
  const c = counts(n)
  const f = Math.exp(-n * Math.LN2)
  let p = 0
  let lower = lowerTail
  if (x <= max / 2) {
    for (let i = 0; i <= x; i++) p += c[i]! * f
  } else {
    // sum the shorter, mirrored tail: P[V ≤ x] = 1 − P[V ≤ max − x − 1]
    x = max - x
    for (let i = 0; i < x; i++) p += c[i]! * f
    lower = !lower
  }
  return lower ? p : 0.5 - p + 0.5
}
