/*
 * Port of R's src/nmath/dpois.c (dpois_raw), dbinom.c and dhyper.c
 * (Catherine Loader's saddle-point algorithms, 2000) as in GNU R 4.2.
 * Copyright (C) 2000-2021 The R Core Team; 2008 The R Foundation.
 * GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { DBL_MIN, M_2PI, M_LN_2PI, rD0, rD1, rDExp } from "./dpq.js"
import { lgammafn } from "./lgamma.js"
import { bd0, stirlerr } from "./stirlerr.js"

/** R_nonint: x is not within 1e-7 (relative) of an integer. */
const nonInteger = (x: number): boolean => Math.abs(x - Math.round(x)) > 1e-7 * Math.max(1, Math.abs(x))
const negativeOrNonInteger = (x: number): boolean => x < 0 || nonInteger(x)

/** Poisson probability lambda^x exp(-lambda) / x! for real x >= 0 (R's dpois_raw). */
export const dpoisRaw = (x: number, lambda: number, giveLog: boolean): number => {
  if (lambda === 0) return x === 0 ? rD1(giveLog) : rD0(giveLog)
  if (!Number.isFinite(lambda)) return rD0(giveLog)
  if (x < 0) return rD0(giveLog)
  if (x <= lambda * DBL_MIN) return rDExp(-lambda, giveLog)
  if (lambda < x * DBL_MIN) {
    if (!Number.isFinite(x)) return rD0(giveLog)
    return rDExp(-lambda + x * Math.log(lambda) - lgammafn(x + 1), giveLog)
  }
  const f = M_2PI * x
  const e = -stirlerr(x) - bd0(x, lambda)
  return giveLog ? -0.5 * Math.log(f) + e : Math.exp(e) / Math.sqrt(f)
}

/** Binomial probability of x successes in n trials with success p and failure q = 1 - p (R's dbinom_raw). */
export const dbinomRaw = (x: number, n: number, p: number, q: number, giveLog: boolean): number => {
  if (p === 0) return x === 0 ? rD1(giveLog) : rD0(giveLog)
  if (q === 0) return x === n ? rD1(giveLog) : rD0(giveLog)
  if (x === 0) {
    if (n === 0) return rD1(giveLog)
    const lc = p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q)
    return rDExp(lc, giveLog)
  }
  if (x === n) {
    const lc = q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p)
    return rDExp(lc, giveLog)
  }
  if (x < 0 || x > n) return rD0(giveLog)
  const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q)
  const lf = M_LN_2PI + Math.log(x) + Math.log1p(-x / n)
  return rDExp(lc - 0.5 * lf, giveLog)
}

/** Binomial probability P(X = x), X ~ Bin(n, p) (R's dbinom); NaN for p outside [0, 1] or non-integer n. */
export const dbinom = (x: number, n: number, p: number, giveLog: boolean): number => {
  if (Number.isNaN(x) || Number.isNaN(n) || Number.isNaN(p)) return x + n + p
  if (p < 0 || p > 1 || negativeOrNonInteger(n)) return Number.NaN
  if (nonInteger(x)) return rD0(giveLog)
  if (x < 0 || !Number.isFinite(x)) return rD0(giveLog)
  return dbinomRaw(Math.round(x), Math.round(n), p, 1 - p, giveLog)
}

/**
 * Hypergeometric probability of x white balls when drawing n from r white and b black (R's dhyper);
 * NaN for negative or non-integer r, b, n or n > r + b.
 */
export const dhyper = (x: number, r: number, b: number, n: number, giveLog: boolean): number => {
  if (Number.isNaN(x) || Number.isNaN(r) || Number.isNaN(b) || Number.isNaN(n)) return x + r + b + n
  if (negativeOrNonInteger(r) || negativeOrNonInteger(b) || negativeOrNonInteger(n) || n > r + b) {
    return Number.NaN
  }
  if (negativeOrNonInteger(x)) return rD0(giveLog)
  x = Math.round(x)
  r = Math.round(r)
  b = Math.round(b)
  n = Math.round(n)
  if (n < x || r < x || n - x > b) return rD0(giveLog)
  if (n === 0) return x === 0 ? rD1(giveLog) : rD0(giveLog)
  const p = n / (r + b)
  const q = (r + b - n) / (r + b)
  const p1 = dbinomRaw(x, r, p, q, giveLog)
  const p2 = dbinomRaw(n - x, b, p, q, giveLog)
  const p3 = dbinomRaw(n, r + b, p, q, giveLog)
  return giveLog ? p1 + p2 - p3 : (p1 * p2) / p3
}
