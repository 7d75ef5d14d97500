/*
 * Port of R's src/nmath/pbeta.c, pt.c and pf.c as in GNU R 4.2, on top of the TOMS 708 bratio port.
 * Copyright (C) 1995-1996 Robert Gentleman and Ross Ihaka; 1998 Ross Ihaka; 2000-2021 The R Core Team.
 * GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { M_LN2, rDT0, rDT1 } from "./dpq.js"
import { pnorm } from "./normal.js"
import { pchisq } from "./pgamma.js"
import { lbeta } from "./stirlerr.js"
import { bratio } from "./toms708/bratio.js"

/** Beta(a, b) distribution function for 0 < x < 1 (R's pbeta_raw), including R's limit cases a or b in {0, Inf}. */
export const pbetaRaw = (x: number, a: number, b: number, lowerTail: boolean, logP: boolean): number => {
  if (a === 0 || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) {
    if (a === 0 && b === 0) return logP ? -M_LN2 : 0.5
    if (a === 0 || a / b === Number.POSITIVE_INFINITY) return rDT1(lowerTail, logP)
    if (b === 0 || b / a === Number.POSITIVE_INFINITY) return rDT0(lowerTail, logP)
    return x < 0.5 ? rDT0(lowerTail, logP) : rDT1(lowerTail, logP)
  }
  if (x >= 1) return rDT1(lowerTail, logP)
  const r = bratio(a, b, x, 0.5 - x + 0.5, logP)
  return lowerTail ? r[0]! : r[1]!
}

/** Beta(a, b) distribution function (R's pbeta); NaN for a < 0 or b < 0. */
export const pbeta = (x: number, a: number, b: number, lowerTail: boolean, logP: boolean): number => {
  if (Number.isNaN(x) || Number.isNaN(a) || Number.isNaN(b)) return x + a + b
  if (a < 0 || b < 0) return Number.NaN
  if (x <= 0) return rDT0(lowerTail, logP)
  if (x >= 1) return rDT1(lowerTail, logP)
  return pbetaRaw(x, a, b, lowerTail, logP)
}

/**
 * Student t(n) distribution function (R's pt); NaN for n <= 0. As in R 4.2 (where the old n > 4e5
 * normal approximation is compiled out), large n goes through pbeta, and n = Inf through pnorm.
 */
export const pt = (x: number, n: number, lowerTail: boolean, logP: boolean): number => {
  if (Number.isNaN(x) || Number.isNaN(n)) return x + n
  if (n <= 0) return Number.NaN
  if (!Number.isFinite(x)) return x < 0 ? rDT0(lowerTail, logP) : rDT1(lowerTail, logP)
  if (!Number.isFinite(n)) return pnorm(x, lowerTail, logP)
  const nx = 1 + (x / n) * x
  let val: number
  if (nx > 1e100) {
    // x*x > 1e100*n: Abramowitz & Stegun 26.5.4 avoids underflow
    const lval =
      -0.5 * n * (2 * Math.log(Math.abs(x)) - Math.log(n)) - lbeta(0.5 * n, 0.5) - Math.log(0.5 * n)
    val = logP ? lval : Math.exp(lval)
  } else {
    val =
      n > x * x
        ? pbeta((x * x) / (n + x * x), 0.5, n / 2, false, logP)
        : pbeta(1 / nx, n / 2, 0.5, true, logP)
  }
  // val is P(|T| > |x|); take half of it, or one minus half of it
  if (x <= 0) lowerTail = !lowerTail
  if (logP) return lowerTail ? Math.log1p(-0.5 * Math.exp(val)) : val - M_LN2
  val /= 2
  return lowerTail ? 0.5 - val + 0.5 : val
}

/** F(n1, n2) distribution function (R's pf), with R's n1 = Inf / n2 = Inf limits; NaN for n1 <= 0 or n2 <= 0. */
export const pf = (x: number, n1: number, n2: number, lowerTail: boolean, logP: boolean): number => {
  if (Number.isNaN(x) || Number.isNaN(n1) || Number.isNaN(n2)) return x + n2 + n1
  if (n1 <= 0 || n2 <= 0) return Number.NaN
  if (x <= 0) return rDT0(lowerTail, logP)
  if (x >= Number.POSITIVE_INFINITY) return rDT1(lowerTail, logP)
  if (n2 === Number.POSITIVE_INFINITY) {
    if (n1 === Number.POSITIVE_INFINITY) {
      if (x < 1) return rDT0(lowerTail, logP)
      if (x === 1) return logP ? -M_LN2 : 0.5
      return rDT1(lowerTail, logP)
    }
    return pchisq(x * n1, n1, lowerTail, logP)
  }
  if (n1 === Number.POSITIVE_INFINITY) return pchisq(n2 / x, n2, !lowerTail, logP)
  // avoid squeezing pbeta's first argument against 1
  const p =
    n1 * x > n2
      ? pbeta(n2 / (n2 + n1 * x), n2 / 2, n1 / 2, !lowerTail, logP)
      : pbeta((n1 * x) / (n2 + n1 * x), n1 / 2, n2 / 2, lowerTail, logP)
  return Number.isNaN(p) ? Number.NaN : p
}
