/*
 * Port of R's src/nmath/pnorm.c (pnorm_both, Cody 1993, ALGORITHM 715) and
 * src/nmath/qnorm.c (Wichura 1988, AS 241 PPND16) as in GNU R 4.2.
 * Copyright (C) 1998 Ross Ihaka; 2000-2021 The R Core Team; 2003 The R Foundation.
 * GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import {
  DBL_EPSILON,
  M_1_SQRT_2PI,
  M_LN_SQRT_2PI,
  M_LN2,
  M_SQRT_32,
  rD0,
  rD1,
  rDTCIv,
  rDTqIv
} from "./dpq.js"

const SIXTEN = 16

/** P[X <= x] (lowerTail) or P[X > x] of the standard normal, optionally as log. */
export const pnorm = (x: number, lowerTail: boolean, logP: boolean): number => {
  if (Number.isNaN(x)) return x
  if (!Number.isFinite(x)) {
    return x < 0 ? (lowerTail ? rD0(logP) : rD1(logP)) : lowerTail ? rD1(logP) : rD0(logP)
  }
  const y = Math.abs(x)
  let cum: number
  let ccum: number
  if (y <= 0.67448975) {
    let xnum = 0
    let xden = 0
    if (y > DBL_EPSILON * 0.5) {
      const xsq = x * x
      xnum = 0.06568233791820745 * xsq
      xden = xsq
      xnum = (xnum + 2.2352520354606837) * xsq
      xden = (xden + 47.202581904688245) * xsq
      xnum = (xnum + 161.02823106855587) * xsq
      xden = (xden + 976.0985517377767) * xsq
      xnum = (xnum + 1067.6894854603709) * xsq
      xden = (xden + 10260.932208618979) * xsq
    }
    const temp = (x * (xnum + 18154.98125334356)) / (xden + 45507.78933502673)
    cum = 0.5 + temp
    ccum = 0.5 - temp
    if (logP) {
      cum = Math.log(cum)
      ccum = Math.log(ccum)
    }
    return lowerTail ? cum : ccum
  }
  let temp: number
  let z: number
  if (y <= M_SQRT_32) {
    let xnum = 1.0765576773720192e-8 * y
    let xden = y
    xnum = (xnum + 0.39894151208813466) * y
    xden = (xden + 22.266688044328117) * y
    xnum = (xnum + 8.883149794388377) * y
    xden = (xden + 235.387901782625) * y
    xnum = (xnum + 93.50665613217785) * y
    xden = (xden + 1519.3775994075547) * y
    xnum = (xnum + 597.2702763948002) * y
    xden = (xden + 6485.558298266761) * y
    xnum = (xnum + 2494.5375852903726) * y
    xden = (xden + 18615.571640885097) * y
    xnum = (xnum + 6848.190450536283) * y
    xden = (xden + 34900.95272114598) * y
    xnum = (xnum + 11602.65143764735) * y
    xden = (xden + 38912.00328609327) * y
    temp = (xnum + 9842.714838383978) / (xden + 19685.429676859992)
    z = y
  } else if (
    (logP && y < 1e170) ||
    (lowerTail && -37.5193 < x && x < 8.2924) ||
    (!lowerTail && -8.2924 < x && x < 37.5193)
  ) {
    const xsq = 1 / (x * x)
    let xnum = 0.023073441764940174 * xsq
    let xden = xsq
    xnum = (xnum + 0.215898534057957) * xsq
    xden = (xden + 1.284260096144911) * xsq
    xnum = (xnum + 0.12740116116024736) * xsq
    xden = (xden + 0.4682382124808651) * xsq
    xnum = (xnum + 0.022235277870649807) * xsq
    xden = (xden + 0.06598813786892856) * xsq
    xnum = (xnum + 0.0014216191932278934) * xsq
    xden = (xden + 0.0037823963320275824) * xsq
    temp = (xsq * (xnum + 0.000029112874951168793)) / (xden + 0.00007297515550839662)
    temp = (M_1_SQRT_2PI - temp) / y
    z = x
  } else {
    // probabilities are exactly 0 or 1 in double precision
    const upperOfX = x > 0 ? rD0(logP) : rD1(logP)
    return lowerTail ? (x > 0 ? rD1(logP) : rD0(logP)) : upperOfX
  }
  // do_del(z): split z*z so exp(-z^2/2) keeps full relative accuracy
  const xsq = Math.trunc(z * SIXTEN) / SIXTEN
  const del = (z - xsq) * (z + xsq)
  if (logP) {
    cum = -xsq * xsq * 0.5 + -del * 0.5 + Math.log(temp)
    ccum = Math.log1p(-Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5) * temp)
  } else {
    cum = Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5) * temp
    ccum = 1.0 - cum
  }
  // cum is the tail beyond |x|; swap when x > 0
  if (x > 0) return lowerTail ? ccum : cum
  return lowerTail ? cum : ccum
}

/** Standard normal quantile for a lower (or upper) tail probability p, optionally given as log(p). */
export const qnorm = (p: number, lowerTail: boolean, logP: boolean): number => {
  if (Number.isNaN(p)) return p
  const left = Number.NEGATIVE_INFINITY
  const right = Number.POSITIVE_INFINITY
  if (logP) {
    if (p > 0) return Number.NaN
    if (p === 0) return lowerTail ? right : left
    if (p === left) return lowerTail ? left : right
  } else {
    if (p < 0 || p > 1) return Number.NaN
    if (p === 0) return lowerTail ? left : right
    if (p === 1) return lowerTail ? right : left
  }
  const p_ = rDTqIv(p, lowerTail, logP)
  const q = p_ - 0.5
  let r: number
  let val: number
  if (Math.abs(q) <= 0.425) {
    r = 0.180625 - q * q
    return (
      (q *
        (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) *
          r +
          13731.69376550946) *
          r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((r * 5226.495278852854 + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) *
        r +
        5394.196021424751) *
        r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    )
  }
  r = q > 0 ? rDTCIv(p, lowerTail, logP) : p_
  r = Math.sqrt(-(logP && ((lowerTail && q <= 0) || (!lowerTail && q > 0)) ? p : Math.log(r)))
  if (r <= 5) {
    r += -1.6
    val =
      (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r +
        1.2704582524523684) *
        r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((r * 1.0507500716444169e-9 + 0.0005475938084995345) * r + 0.015198666563616457) * r +
        0.14810397642748008) *
        r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1)
  } else {
    r += -5
    val =
      (((((((r * 2.0103343992922881e-7 + 0.000027115555687434876) * r + 0.0012426609473880784) * r +
        0.026532189526576124) *
        r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-7) * r + 0.000018463183175100548) * r +
        0.0007868691311456133) *
        r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1)
  }
  return q < 0 ? -val : val
}

const DNORM_UNDERFLOW = Math.sqrt(-2 * M_LN2 * (-1021 + 1 - 53))

/** Standard normal density, optionally as log, accurate in the far tails (R's dnorm4). */
export const dnorm = (x: number, giveLog: boolean): number => {
  if (Number.isNaN(x)) return x
  x = Math.abs(x)
  if (x >= 2 * Math.sqrt(Number.MAX_VALUE)) return giveLog ? Number.NEGATIVE_INFINITY : 0
  if (giveLog) return -(M_LN_SQRT_2PI + 0.5 * x * x)
  if (x < 5) return M_1_SQRT_2PI * Math.exp(-0.5 * x * x)
  if (x > DNORM_UNDERFLOW) return 0
  // split x = x1 + x2 with x1 exact on a 2^-16 grid so exp() keeps relative accuracy
  const x1 = Math.round(x * 65536) / 65536
  const x2 = x - x1
  return M_1_SQRT_2PI * (Math.exp(-0.5 * x1 * x1) * Math.exp((-0.5 * x2 - x1) * x2))
}
