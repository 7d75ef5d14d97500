/*
 * brcomp and brcmp1 of R's src/nmath/toms708.c (ACM TOMS 708 with R's log-scale changes, GNU R 4.2).
 * Copyright (C) 1992 ACM; the R Core Team. GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { M_LN_SQRT_2PI } from "../dpq.js"
import { betaln } from "./betaln.js"
import { alnrel, esum, rlog1 } from "./elementary.js"
import { algdiv, bcorr, gam1, gamln1 } from "./gammaHelpers.js"

const CONST = 0.398942280401433 // 1/sqrt(2*pi)

/** x^a * y^b / Beta(a, b), optionally as log (TOMS 708 brcomp). */
export const brcomp = (a: number, b: number, x: number, y: number, logP: boolean): number => {
  if (x === 0 || y === 0) return logP ? Number.NEGATIVE_INFINITY : 0
  const a0 = Math.min(a, b)
  if (a0 < 8) {
    let lnx: number
    let lny: number
    if (x <= 0.375) {
      lnx = Math.log(x)
      lny = alnrel(-x)
    } else if (y > 0.375) {
      lnx = Math.log(x)
      lny = Math.log(y)
    } else {
      lnx = alnrel(-y)
      lny = Math.log(y)
    }
    let z = a * lnx + b * lny
    if (a0 >= 1) {
      z -= betaln(a, b)
      return logP ? z : Math.exp(z)
    }
    let b0 = Math.max(a, b)
    if (b0 >= 8) {
      const u = gamln1(a0) + algdiv(a0, b0)
      return logP ? Math.log(a0) + (z - u) : a0 * Math.exp(z - u)
    }
    if (b0 <= 1) {
      const eZ = logP ? z : Math.exp(z)
      if (!logP && eZ === 0) return 0
      const apb = a + b
      z = apb > 1 ? (gam1(a + b - 1) + 1) / apb : gam1(apb) + 1
      const c = ((gam1(a) + 1) * (gam1(b) + 1)) / z
      return logP ? eZ + Math.log(a0 * c) - Math.log1p(a0 / b0) : (eZ * (a0 * c)) / (a0 / b0 + 1)
    }
    // 1 < b0 < 8
    let u = gamln1(a0)
    const n = Math.trunc(b0 - 1)
    if (n >= 1) {
      let c = 1
      for (let i = 1; i <= n; ++i) {
        b0 += -1
        c *= b0 / (a0 + b0)
      }
      u = Math.log(c) + u
    }
    z -= u
    b0 += -1
    const apb = a0 + b0
    const t = apb > 1 ? (gam1(a0 + b0 - 1) + 1) / apb : gam1(apb) + 1
    return logP
      ? Math.log(a0) + z + Math.log1p(gam1(b0)) - Math.log(t)
      : (a0 * Math.exp(z) * (gam1(b0) + 1)) / t
  }
  // a >= 8 and b >= 8
  let h: number
  let x0: number
  let y0: number
  let lambda: number
  if (a <= b) {
    h = a / b
    x0 = h / (h + 1)
    y0 = 1 / (h + 1)
    lambda = a - (a + b) * x
  } else {
    h = b / a
    x0 = 1 / (h + 1)
    y0 = h / (h + 1)
    lambda = (a + b) * y - b
  }
  let e = -lambda / a
  const u = Math.abs(e) > 0.6 ? e - Math.log(x / x0) : rlog1(e)
  e = lambda / b
  const v = Math.abs(e) <= 0.6 ? rlog1(e) : e - Math.log(y / y0)
  const z = logP ? -(a * u + b * v) : Math.exp(-(a * u + b * v))
  return logP
    ? -M_LN_SQRT_2PI + 0.5 * Math.log(b * x0) + z - bcorr(a, b)
    : CONST * Math.sqrt(b * x0) * z * Math.exp(-bcorr(a, b))
}

/** exp(mu) * x^a * y^b / Beta(a, b), optionally as log (TOMS 708 brcmp1). */
export const brcmp1 = (mu: number, a: number, b: number, x: number, y: number, giveLog: boolean): number => {
  const a0 = Math.min(a, b)
  if (a0 < 8) {
    let lnx: number
    let lny: number
    if (x <= 0.375) {
      lnx = Math.log(x)
      lny = alnrel(-x)
    } else if (y > 0.375) {
      lnx = Math.log(x)
      lny = Math.log(y)
    } else {
      lnx = alnrel(-y)
      lny = Math.log(y)
    }
    let z = a * lnx + b * lny
    if (a0 >= 1) {
      z -= betaln(a, b)
      return esum(mu, z, giveLog)
    }
    let b0 = Math.max(a, b)
    if (b0 >= 8) {
      const u = gamln1(a0) + algdiv(a0, b0)
      return giveLog ? Math.log(a0) + esum(mu, z - u, true) : a0 * esum(mu, z - u, false)
    }
    if (b0 <= 1) {
      const ans = esum(mu, z, giveLog)
      if (ans === (giveLog ? Number.NEGATIVE_INFINITY : 0)) return ans
      const apb = a + b
      z = apb > 1 ? (gam1(a + b - 1) + 1) / apb : gam1(apb) + 1
      const c = giveLog
        ? Math.log1p(gam1(a)) + Math.log1p(gam1(b)) - Math.log(z)
        : ((gam1(a) + 1) * (gam1(b) + 1)) / z
      return giveLog ? ans + Math.log(a0) + c - Math.log1p(a0 / b0) : (ans * (a0 * c)) / (a0 / b0 + 1)
    }
    let u = gamln1(a0)
    const n = Math.trunc(b0 - 1)
    if (n >= 1) {
      let c = 1
      for (let i = 1; i <= n; ++i) {
        b0 += -1
        c *= b0 / (a0 + b0)
      }
      u += Math.log(c)
    }
    z -= u
    b0 += -1
    const apb = a0 + b0
    const t = apb > 1 ? (gam1(apb - 1) + 1) / apb : gam1(apb) + 1
    return giveLog
      ? Math.log(a0) + esum(mu, z, true) + Math.log1p(gam1(b0)) - Math.log(t)
      : (a0 * esum(mu, z, false) * (gam1(b0) + 1)) / t
  }
  let h: number
  let x0: number
  let y0: number
  let lambda: number
  if (a > b) {
    h = b / a
    x0 = 1 / (h + 1)
    y0 = h / (h + 1)
    lambda = (a + b) * y - b
  } else {
    h = a / b
    x0 = h / (h + 1)
    y0 = 1 / (h + 1)
    lambda = a - (a + b) * x
  }
  const lx0 = -Math.log1p(b / a)
  let e = -lambda / a
  const u = Math.abs(e) > 0.6 ? e - Math.log(x / x0) : rlog1(e)
  e = lambda / b
  const v = Math.abs(e) > 0.6 ? e - Math.log(y / y0) : rlog1(e)
  const z = esum(mu, -(a * u + b * v), giveLog)
  return giveLog
    ? Math.log(CONST) + (Math.log(b) + lx0) / 2 + z - bcorr(a, b)
    : CONST * Math.sqrt(b * x0) * z * Math.exp(-bcorr(a, b))
}
