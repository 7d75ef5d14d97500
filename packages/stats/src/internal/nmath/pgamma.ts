/*
 * Port of R's src/nmath/pgamma.c (Morten Welinder's redesign, accurate in both tails) and
 * pchisq.c, as in GNU R 4.2. Copyright (C) 2005-6 Morten Welinder; 2005-10 The R Foundation;
 * 2006-2021 The R Core Team. GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */

import { dpoisRaw } from "./discrete.js"
import { DBL_EPSILON, DBL_MIN, log1Exp, M_LN2, rD0, rD1, rDExp, rDT0, rDT1 } from "./dpq.js"
import { lgammafn } from "./lgamma.js"
import { lgamma1p, SCALEFACTOR } from "./log1pmx.js"
import { ppoisAsymp } from "./ppoisAsymp.js"

const M_CUTOFF = (M_LN2 * 1024) / DBL_EPSILON
const MAX_IT = 200000

const dpoisWrap = (xPlus1: number, lambda: number, giveLog: boolean): number => {
  if (!Number.isFinite(lambda)) return rD0(giveLog)
  if (xPlus1 > 1) return dpoisRaw(xPlus1 - 1, lambda, giveLog)
  if (lambda > Math.abs(xPlus1 - 1) * M_CUTOFF) return rDExp(-lambda - lgammafn(xPlus1), giveLog)
  const d = dpoisRaw(xPlus1, lambda, giveLog)
  return giveLog ? d + Math.log(xPlus1 / lambda) : d * (xPlus1 / lambda)
}

// Abramowitz and Stegun 6.5.29
const pgammaSmallx = (x: number, alph: number, lowerTail: boolean, logP: boolean): number => {
  let sum = 0
  let c = alph
  let n = 0
  let term: number
  do {
    n++
    c *= -x / n
    term = c / (alph + n)
    sum += term
  } while (Math.abs(term) > DBL_EPSILON * Math.abs(sum))
  if (lowerTail) {
    const f1 = logP ? Math.log1p(sum) : 1 + sum
    let f2: number
    if (alph > 1) {
      f2 = dpoisRaw(alph, x, logP)
      f2 = logP ? f2 + x : f2 * Math.exp(x)
    } else if (logP) f2 = alph * Math.log(x) - lgamma1p(alph)
    else f2 = x ** alph / Math.exp(lgamma1p(alph))
    return logP ? f1 + f2 : f1 * f2
  }
  const lf2 = alph * Math.log(x) - lgamma1p(alph)
  if (logP) return log1Exp(Math.log1p(sum) + lf2)
  const f1m1 = sum
  const f2m1 = Math.expm1(lf2)
  return -(f1m1 + f2m1 + f1m1 * f2m1)
}

const pdUpperSeries = (x: number, y: number, logP: boolean): number => {
  let term = x / y
  let sum = term
  do {
    y++
    term *= x / y
    sum += term
  } while (term > sum * DBL_EPSILON)
  return logP ? Math.log(sum) : sum
}

const pdLowerCf = (y: number, d: number): number => {
  let f = 0
  if (y === 0) return 0
  let f0 = y / d
  if (Math.abs(y - 1) < Math.abs(d) * DBL_EPSILON) return f0
  if (f0 > 1) f0 = 1
  let c2 = y
  let c4 = d
  let a1 = 0
  let b1 = 1
  let a2 = y
  let b2 = d
  while (b2 > SCALEFACTOR) {
    a1 /= SCALEFACTOR
    b1 /= SCALEFACTOR
    a2 /= SCALEFACTOR
    b2 /= SCALEFACTOR
  }
  let i = 0
  let of = -1
  while (i < MAX_IT) {
    i++
    c2--
    let c3 = i * c2
    c4 += 2
    a1 = c4 * a2 + c3 * a1
    b1 = c4 * b2 + c3 * b1
    i++
    c2--
    c3 = i * c2
    c4 += 2
    a2 = c4 * a1 + c3 * a2
    b2 = c4 * b1 + c3 * b2
    if (b2 > SCALEFACTOR) {
      a1 /= SCALEFACTOR
      b1 /= SCALEFACTOR
      a2 /= SCALEFACTOR
      b2 /= SCALEFACTOR
    }
    if (b2 !== 0) {
      f = a2 / b2
      if (Math.abs(f - of) <= DBL_EPSILON * Math.max(f0, Math.abs(f))) return f
      of = f
    }
  }
  return f
}

const pdLowerSeries = (lambda: number, y: number): number => {
  let term = 1
  let sum = 0
  while (y >= 1 && term > sum * DBL_EPSILON) {
    term *= y / lambda
    sum += term
    y--
  }
  if (y !== Math.floor(y)) sum += term * pdLowerCf(y, lambda + 1 - y)
  return sum
}

/** Regularised incomplete gamma P(alph, x) or its complement for x >= 0, alph > 0 (R's pgamma_raw). */
export const pgammaRaw = (x: number, alph: number, lowerTail: boolean, logP: boolean): number => {
  if (x <= 0) return rDT0(lowerTail, logP)
  if (x >= Number.POSITIVE_INFINITY) return rDT1(lowerTail, logP)
  let res: number
  if (x < 1) {
    res = pgammaSmallx(x, alph, lowerTail, logP)
  } else if (x <= alph - 1 && x < 0.8 * (alph + 50)) {
    const sum = pdUpperSeries(x, alph, logP)
    const d = dpoisWrap(alph, x, logP)
    if (!lowerTail) res = logP ? log1Exp(d + sum) : 1 - d * sum
    else res = logP ? sum + d : sum * d
  } else if (alph - 1 < x && alph < 0.8 * (x + 50)) {
    let sum: number
    const d = dpoisWrap(alph, x, logP)
    if (alph < 1) {
      if (x * DBL_EPSILON > 1 - alph) sum = rD1(logP)
      else {
        const f = (pdLowerCf(alph, x - (alph - 1)) * x) / alph
        sum = logP ? Math.log(f) : f
      }
    } else {
      sum = pdLowerSeries(x, alph - 1)
      sum = logP ? Math.log1p(sum) : 1 + sum
    }
    if (!lowerTail) res = logP ? sum + d : sum * d
    else res = logP ? log1Exp(d + sum) : 1 - d * sum
  } else {
    res = ppoisAsymp(alph - 1, x, !lowerTail, logP)
  }
  // near underflow, redo in log space
  if (!logP && res < DBL_MIN / DBL_EPSILON) return Math.exp(pgammaRaw(x, alph, lowerTail, true))
  return res
}

/** Gamma(shape alph, scale) distribution function (R's pgamma); NaN for alph < 0 or scale <= 0. */
export const pgamma = (x: number, alph: number, scale: number, lowerTail: boolean, logP: boolean): number => {
  if (Number.isNaN(x) || Number.isNaN(alph) || Number.isNaN(scale)) return x + alph + scale
  if (alph < 0 || scale <= 0) return Number.NaN
  x /= scale
  if (Number.isNaN(x)) return x
  if (alph === 0) return x <= 0 ? rDT0(lowerTail, logP) : rDT1(lowerTail, logP)
  return pgammaRaw(x, alph, lowerTail, logP)
}

/** Chi-square(df) distribution function (R's pchisq); NaN for df < 0. */
export const pchisq = (x: number, df: number, lowerTail: boolean, logP: boolean): number =>
  pgamma(x, df / 2, 2, lowerTail, logP)
