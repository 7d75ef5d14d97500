/*
 * Null distribution of the Mann-Whitney statistic W, as GNU R's src/nmath/wilcox.c
 * (`pwilcox`): counts of arrangements by dynamic programming instead of R's recursion.
 */

const cache = new Map<string, Float64Array>()

/**
 * counts[u] = number of orderings of m x's among n y's in which the x's are preceded by u y's
 * in total (R's cwilcox). Built by placing the m+n positions one at a time; additions only.
 */
const counts = (sizeA: number, sizeB: number): Float64Array => {
  // the distribution is symmetric in the two sizes; one order keeps p(a, b) === p(b, a)
  const m = Math.min(sizeA, sizeB)
  const n = Math.max(sizeA, sizeB)
  const key = `${m},${n}`
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const width = m * n + 1
  // dp[j * width + u]: ways to place j x's among the positions seen so far with total u
  const dp = new Float64Array((m + 1) * width)
  dp[0] = 1
  for (let e = 0; e < m + n; e++) {
    for (let j = Math.min(e + 1, m); j >= 1; j--) {
      const shift = e - (j - 1)
      if (shift < 0 || shift > n) continue
      const to = j * width
      const from = (j - 1) * width
      for (let u = width - 1; u >= shift; u--) dp[to + u] = dp[to + u]! + dp[from + u - shift]!
    }
  }
  const c = dp.slice(m * width)
  if (cache.size >= 32) cache.clear()
  cache.set(key, c)
  return c
}

/** P[W ≤ q] (or P[W > q]) for samples of sizes m and n without ties, as R's `pwilcox`. */
export const pwilcox = (q: number, m: number, n: number, lowerTail: boolean): number => {
  let x = Math.floor(q + 1e-7)
  if (x < 0) return lowerTail ? 0 : 1
  if (x >= m * n) return lowerTail ? 1 : 0
  const c = counts(m, n)
  let total = 0
  for (let i = 0; i < c.length; i++) total += c[i]!
  let p = 0
  let lower = lowerTail
  if (x <= (m * n) / 2) {
    for (let i = 0; i <= x; i++) p += c[i]! / total
  } else {
    x = m * n - x
    for (let i = 0; i < x; i++) p += c[i]! / total
    lower = !lower
  }
  return lower ? p : 0.5 - p + 0.5
}
