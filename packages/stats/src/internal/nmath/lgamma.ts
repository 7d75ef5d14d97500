/*
 * Port of R's src/nmath/chebyshev.c, gamma.c (gammafn), lgamma.c (lgammafn) and
 * lgammacor.c as in GNU R 4.2 (translations of W. Fullerton's SLATEC routines).
 * Copyright (C) 1998 Ross Ihaka; 2000-2021 The R Core Team; 2002-2004 The R Foundation.
 * GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { M_LN_SQRT_2PI, M_LN_SQRT_PId2 } from "./dpq.js"
import { stirlerr } from "./stirlerr.js"

/** Evaluates the n-term Chebyshev series a at x (R's chebyshev_eval). */
export const chebyshevEval = (x: number, a: ArrayLike<number>, n: number): number => {
  if (x < -1.1 || x > 1.1) return Number.NaN
  const twox = x * 2
  let b0 = 0
  let b1 = 0
  let b2 = 0
  for (let i = 1; i <= n; i++) {
    b2 = b1
    b1 = b0
    b0 = twox * b1 - b2 + a[n - i]!
  }
  return (b0 - b2) * 0.5
}

const gamcs = new Float64Array([
  +0.00857119559098933, +0.004415381324841007, +0.05685043681599363, -0.00421983539641856,
  +0.0013268081812124603, -0.00018930245297988805, +0.00003606925327441245, -0.000006056761904460864,
  +0.0000010558295463022833, -1.811967365542384e-7, +3.117724964715322e-8, -5.354219639019687e-9,
  +9.193275519859589e-10, -1.5779412802883398e-10, +2.7079806229349544e-11, -4.64681865382573e-12,
  +7.97335019200742e-13, -1.368078209830916e-13, +2.3473194865638007e-14, -4.027432614949067e-15,
  +6.910051747372101e-16, -1.185584500221993e-16
])
const NGAM = 22
const GAMMA_XMIN = -170.5674972726612
const GAMMA_XMAX = 171.61447887182297
const XSML = 2.2474362225598545e-308

/** The gamma function (R's gammafn); NaN at 0 and the negative integers. */
export const gammafn = (x: number): number => {
  if (Number.isNaN(x)) return x
  if (x === 0 || (x < 0 && x === Math.trunc(x))) return Number.NaN
  let y = Math.abs(x)
  if (y <= 10) {
    let n = Math.trunc(x)
    if (x < 0) --n
    y = x - n // in [0, 1)
    --n
    let value = chebyshevEval(y * 2 - 1, gamcs, NGAM) + 0.9375
    if (n === 0) return value
    if (n < 0) {
      if (y < XSML) return x > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY
      n = -n
      for (let i = 0; i < n; i++) value /= x + i
      return value
    }
    for (let i = 1; i <= n; i++) value *= y + i
    return value
  }
  if (x > GAMMA_XMAX) return Number.POSITIVE_INFINITY
  if (x < GAMMA_XMIN) return 0
  let value: number
  if (y <= 50 && y === Math.trunc(y)) {
    value = 1
    for (let i = 2; i < y; i++) value *= i
  } else {
    // R's test `2*y == (int)2*y` is always true, so stirlerr() is used
    value = Math.exp((y - 0.5) * Math.log(y) - y + M_LN_SQRT_2PI + stirlerr(y))
  }
  if (x > 0) return value
  const sinpiy = Math.sin(Math.PI * y)
  if (sinpiy === 0) return Number.POSITIVE_INFINITY
  return -Math.PI / (y * sinpiy * value)
}

const algmcs = new Float64Array([
  +0.16663894804518634, -0.00001384948176067564, +9.81082564692473e-9, -1.809129475572494e-11,
  +6.221098041892606e-14
])
const LGAMMACOR_XBIG = 94906265.62425156
const LGAMMACOR_XMAX = 3.745194030963158e306

/** log(gamma(x)) - log(sqrt(2*pi)) - (x-0.5)*log(x) + x for x >= 10 (R's lgammacor). */
export const lgammacor = (x: number): number => {
  if (x < 10) return Number.NaN
  if (x >= LGAMMACOR_XMAX) return 0
  if (x < LGAMMACOR_XBIG) {
    const tmp = 10 / x
    return chebyshevEval(tmp * tmp * 2 - 1, algmcs, 5) / x
  }
  return 1 / (x * 12)
}

const LGAMMA_XMAX = 2.5327372760800758e305

/** sin(pi * x), exact at integers and half-integers (R's sinpi). */
const sinpi = (x: number): number => {
  x %= 2
  if (x <= -1) x += 2
  else if (x > 1) x -= 2
  if (x === 0 || x === 1) return 0
  if (x === 0.5) return 1
  if (x === -0.5) return -1
  return Math.sin(Math.PI * x)
}

/** log|gamma(x)| (R's lgammafn); +Inf at 0 and the negative integers. */
export const lgammafn = (x: number): number => {
  if (Number.isNaN(x)) return x
  if (x <= 0 && x === Math.trunc(x)) return Number.POSITIVE_INFINITY
  const y = Math.abs(x)
  if (y < 1e-306) return -Math.log(y)
  if (y <= 10) return Math.log(Math.abs(gammafn(x)))
  if (y > LGAMMA_XMAX) return Number.POSITIVE_INFINITY
  if (x > 0) {
    if (x > 1e17) return x * (Math.log(x) - 1)
    if (x > 4934720) return M_LN_SQRT_2PI + (x - 0.5) * Math.log(x) - x
    return M_LN_SQRT_2PI + (x - 0.5) * Math.log(x) - x + lgammacor(x)
  }
  const sinpiy = Math.abs(sinpi(y))
  if (sinpiy === 0) return Number.NaN
  return M_LN_SQRT_PId2 + (x - 0.5) * Math.log(y) - x - Math.log(sinpiy) - lgammacor(y)
}
