/*
 * Port of R's src/nmath/dt.c and qt.c (Hill 1970, Algorithm 396, with Hill 1981's Taylor polishing
 * and R Core's extensions) as in GNU R 4.2. Copyright (C) 1998 Ross Ihaka; 2000-2021 The R Core Team;
 * 2003 The R Foundation. GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { pt } from "./beta.js"
import { DBL_EPSILON, DBL_MIN, log1Exp, M_1_PI, M_1_SQRT_2PI, M_LN_SQRT_2PI, M_LN2, rDTqIv } from "./dpq.js"
import { dnorm, qnorm } from "./normal.js"
import { bd0, stirlerr } from "./stirlerr.js"

/** Student t(n) density (R's dt); NaN for n <= 0. */
export const dt = (x: number, n: number, giveLog: boolean): number => {
  if (Number.isNaN(x) || Number.isNaN(n)) return x + n
  if (n <= 0) return Number.NaN
  if (!Number.isFinite(x)) return giveLog ? Number.NEGATIVE_INFINITY : 0
  if (!Number.isFinite(n)) return dnorm(x, giveLog)
  const t = -bd0(n / 2, (n + 1) / 2) + stirlerr((n + 1) / 2) - stirlerr(n / 2)
  const x2n = (x * x) / n
  const large = x2n > 1 / DBL_EPSILON
  let ax = 0
  let lx2n: number
  let u: number
  if (large) {
    ax = Math.abs(x)
    lx2n = Math.log(ax) - Math.log(n) / 2
    u = n * lx2n
  } else if (x2n > 0.2) {
    lx2n = Math.log(1 + x2n) / 2
    u = n * lx2n
  } else {
    lx2n = Math.log1p(x2n) / 2
    u = -bd0(n / 2, (n + x * x) / 2) + (x * x) / 2
  }
  if (giveLog) return t - u - (M_LN_SQRT_2PI + lx2n)
  return Math.exp(t - u) * M_1_SQRT_2PI * (large ? Math.sqrt(n) / ax : Math.exp(-lx2n))
}

const tanpi = (x: number): number => {
  x %= 1
  if (x <= -0.5) x++
  else if (x > 0.5) x--
  return x === 0 ? 0 : x === 0.5 ? Number.NaN : Math.tan(Math.PI * x)
}

// df < 1: invert pt() by bracketing and bisection, as R does
const qtSmallDf = (p: number, ndf: number): number => {
  if (p > 1 - DBL_EPSILON) return Number.POSITIVE_INFINITY
  let pp = Math.min(1 - DBL_EPSILON, p * (1 + 1e-11))
  let ux = 1
  while (ux < Number.MAX_VALUE && pt(ux, ndf, true, false) < pp) ux *= 2
  pp = p * (1 - 1e-11)
  let lx = -1
  while (lx > -Number.MAX_VALUE && pt(lx, ndf, true, false) > pp) lx *= 2
  let nx: number
  let iter = 0
  do {
    nx = 0.5 * (lx + ux)
    if (pt(nx, ndf, true, false) > p) ux = nx
    else lx = nx
  } while ((ux - lx) / Math.abs(nx) > 1e-13 && ++iter < 1000)
  return 0.5 * (lx + ux)
}

/** Student t(ndf) quantile (R's qt); NaN for ndf <= 0 or p outside [0, 1]. */
export const qt = (p: number, ndf: number, lowerTail: boolean, logP: boolean): number => {
  if (Number.isNaN(p) || Number.isNaN(ndf)) return p + ndf
  if (logP ? p > 0 : p < 0 || p > 1) return Number.NaN
  const left = Number.NEGATIVE_INFINITY
  const right = Number.POSITIVE_INFINITY
  if (p === (logP ? 0 : 1)) return lowerTail ? right : left
  if (p === (logP ? left : 0)) return lowerTail ? left : right
  if (ndf <= 0) return Number.NaN
  if (ndf < 1) return qtSmallDf(rDTqIv(p, lowerTail, logP), ndf)
  if (ndf > 1e20) return qnorm(p, lowerTail, logP)
  let P = logP ? Math.exp(p) : p
  const neg = (!lowerTail || P < 0.5) && (lowerTail || P > 0.5)
  const isNegLower = lowerTail === neg
  if (neg) P = 2 * (logP ? (lowerTail ? P : -Math.expm1(p)) : lowerTail ? p : 0.5 - p + 0.5)
  else P = 2 * (logP ? (lowerTail ? -Math.expm1(p) : P) : lowerTail ? 0.5 - p + 0.5 : p)
  // now P = 2 * min(P', 1 - P')
  let q: number
  if (Math.abs(ndf - 2) < 1e-12) {
    if (P > DBL_MIN) {
      if (3 * P < DBL_EPSILON) q = 1 / Math.sqrt(P)
      else if (P > 0.9) q = (1 - P) * Math.sqrt(2 / (P * (2 - P)))
      else q = Math.sqrt(2 / (P * (2 - P)) - 2)
    } else if (logP) q = isNegLower ? Math.exp(-p / 2) / Math.SQRT2 : 1 / Math.sqrt(-Math.expm1(p))
    else q = Number.POSITIVE_INFINITY
  } else if (ndf < 1 + 1e-12) {
    if (P === 1) q = 0
    else if (P > 0) q = 1 / tanpi(P / 2)
    else if (logP) q = isNegLower ? M_1_PI * Math.exp(-p) : -1 / (Math.PI * Math.expm1(p))
    else q = Number.POSITIVE_INFINITY
  } else {
    let x = 0
    let y = 0
    let logP2 = 0
    const a = 1 / (ndf - 0.5)
    const b = 48 / (a * a)
    let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36
    const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt(a * (Math.PI / 2)) * ndf
    const pOk1 = P > DBL_MIN || !logP
    let pOk = pOk1
    if (pOk1) {
      y = (d * P) ** (2 / ndf)
      pOk = y >= DBL_EPSILON
    }
    if (!pOk) {
      logP2 = isNegLower ? (logP ? p : Math.log(p)) : logP ? log1Exp(p) : Math.log1p(-p)
      x = (Math.log(d) + M_LN2 + logP2) / ndf
      y = Math.exp(2 * x)
    }
    if ((ndf < 2.1 && P > 0.5) || y > 0.05 + a) {
      // asymptotic inverse expansion about the normal
      x = pOk ? qnorm(0.5 * P, true, false) : qnorm(logP2, lowerTail, true)
      y = x * x
      if (ndf < 5) c += 0.3 * (ndf - 4.5) * (x + 0.6)
      c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c
      y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x
      y = Math.expm1(a * y * y)
      q = Math.sqrt(ndf * y)
    } else if (!pOk && x < -M_LN2 * 53) {
      q = Math.sqrt(ndf) * Math.exp(-x)
    } else {
      y =
        (((1 / (((ndf + 6) / (ndf * y) - 0.089 * d - 0.822) * (ndf + 2) * 3) + 0.5 / (ndf + 4)) * y - 1) *
          (ndf + 1)) /
          (ndf + 2) +
        1 / y
      q = Math.sqrt(ndf * y)
    }
    if (pOk1) {
      // Hill (1981): up to ten 2-term Taylor steps
      const M = Math.abs(Math.sqrt(Number.MAX_VALUE / 2) - ndf)
      let it = 0
      while (it++ < 10) {
        y = dt(q, ndf, false)
        if (!(y > 0)) break
        x = (pt(q, ndf, false, false) - P / 2) / y
        if (!Number.isFinite(x) || !(Math.abs(x) > 1e-14 * Math.abs(q))) break
        const F = Math.abs(q) < M ? (q * (ndf + 1)) / (2 * (q * q + ndf)) : (ndf + 1) / (2 * (q + ndf / q))
        const delQ = x * (1 + x * F)
        if (Number.isFinite(delQ) && Number.isFinite(q + delQ)) q += delQ
        else if (Number.isFinite(q + x)) q += x
        else break
      }
    }
  }
  return neg ? -q : q
}
