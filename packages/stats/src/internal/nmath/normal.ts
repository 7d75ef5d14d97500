/*
 * Port of R's src/nmath/pnorm.c (pnorm_both, Cody 1993, ALGORITHM 715) and dnorm.c as in GNU R 4.2;
 * qnorm (AS 241) lives in ./qnorm.ts and is re-exported here.
 * Copyright (C) 1998 Ross Ihaka; 2000-2021 The R Core Team; 2003 The R Foundation.
 * GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { DBL_EPSILON, M_1_SQRT_2PI, M_LN_SQRT_2PI, M_LN2, M_SQRT_32, rD0, rD1 } from "./dpq.js"

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
export { qnorm } from "./qnorm.js"
