/*
 * Two-sided exact binomial test p-value as GNU R's `binom.test(x, n, p)` computes it (the other
 * tail collects the outcomes at most (1 + 1e-7) times as likely as x), with R's pbinom.
 */
import { pbeta } from "./nmath/beta.js"
import { dbinom } from "./nmath/gamma.js"

/** P[X ≤ x] (or P[X > x]) for X ~ Binomial(n, p), as R's pbinom (through pbeta). */
export const pbinom = (x: number, n: number, p: number, lowerTail: boolean): number => {
  if (x < 0) return lowerTail ? 0 : 1
  const k = Math.floor(x + 1e-7)
  if (n <= k) return lowerTail ? 1 : 0
  return pbeta(p, k + 1, n - k, !lowerTail, false)
}

/** Two-sided p-value of x successes in n trials under success probability p (0 < p < 1). */
export const binomTwoSided = (x: number, n: number, p: number): number => {
  const relErr = 1 + 1e-7
  const d = dbinom(x, n, p, false)
  const m = n * p
  if (x === m) return 1
  let y = 0
  if (x < m) {
    for (let i = Math.ceil(m); i <= n; i++) if (dbinom(i, n, p, false) <= d * relErr) y++
    return Math.min(1, pbinom(x, n, p, true) + pbinom(n - y, n, p, false))
  }
  for (let i = 0; i <= Math.floor(m); i++) if (dbinom(i, n, p, false) <= d * relErr) y++
  return Math.min(1, pbinom(y - 1, n, p, true) + pbinom(x - 1, n, p, false))
}
