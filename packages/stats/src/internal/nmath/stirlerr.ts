/*
 * Port of R's src/nmath/stirlerr.c, bd0.c (Catherine Loader, 2000) and lbeta.c
 * as in GNU R 4.2. Copyright (C) 2000-2021 The R Core Team; 2003 The R Foundation.
 * GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { DBL_MIN, M_LN_SQRT_2PI } from "./dpq.js"
import { gammafn, lgammacor, lgammafn } from "./lgamma.js"

const S0 = 1 / 12
const S1 = 1 / 360
const S2 = 1 / 1260
const S3 = 1 / 1680
const S4 = 1 / 1188

// stirlerr(k / 2) for k = 0..30 (k = 0 is a placeholder)
const sferrHalves = new Float64Array([
  0.0, 0.15342640972002736, 0.08106146679532726, 0.05481412105191765, 0.0413406959554093, 0.03316287351993629,
  0.02767792568499834, 0.023746163656297496, 0.020790672103765093, 0.018488450532673187, 0.016644691189821193,
  0.015134973221917378, 0.013876128823070748, 0.012810465242920227, 0.01189670994589177, 0.011104559758206917,
  0.010411265261972096, 0.009799416126158804, 0.009255462182712733, 0.008768700134139386, 0.00833056343336287,
  0.00793411456431402, 0.007573675487951841, 0.007244554301320383, 0.00694284010720953, 0.006665247032707682,
  0.006408994188004207, 0.006171712263039458, 0.0059513701127588475, 0.0057462165130101155,
  0.005554733551962801
])

/** log(n!) - log(sqrt(2*pi*n)*(n/e)^n), the error of Stirling's formula (R's stirlerr). */
export const stirlerr = (n: number): number => {
  if (n <= 15) {
    const nn = n + n
    if (nn === Math.trunc(nn)) return sferrHalves[nn]!
    return lgammafn(n + 1) - (n + 0.5) * Math.log(n) + n - M_LN_SQRT_2PI
  }
  const nn = n * n
  if (n > 500) return (S0 - S1 / nn) / n
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n
}

/** The deviance term x*log(x/np) + np - x, stable for x close to np (R's bd0). */
export const bd0 = (x: number, np: number): number => {
  if (!Number.isFinite(x) || !Number.isFinite(np) || np === 0) return Number.NaN
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np)
    let s = (x - np) * v
    if (Math.abs(s) < DBL_MIN) return s
    let ej = 2 * x * v
    v = v * v
    for (let j = 1; j < 1000; j++) {
      ej *= v
      const s1 = s + ej / ((j << 1) + 1)
      if (s1 === s) return s1
      s = s1
    }
  }
  return x * Math.log(x / np) + np - x
}

/** log(B(a, b)) of the beta function (R's lbeta). */
export const lbeta = (a: number, b: number): number => {
  if (Number.isNaN(a) || Number.isNaN(b)) return a + b
  const p = Math.min(a, b)
  const q = Math.max(a, b)
  if (p < 0) return Number.NaN
  if (p === 0) return Number.POSITIVE_INFINITY
  if (!Number.isFinite(q)) return Number.NEGATIVE_INFINITY
  if (p >= 10) {
    const corr = lgammacor(p) + lgammacor(q) - lgammacor(p + q)
    return (
      Math.log(q) * -0.5 +
      M_LN_SQRT_2PI +
      corr +
      (p - 0.5) * Math.log(p / (p + q)) +
      q * Math.log1p(-p / (p + q))
    )
  }
  if (q >= 10) {
    const corr = lgammacor(q) - lgammacor(p + q)
    return lgammafn(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q))
  }
  if (p < 1e-306) return lgammafn(p) + (lgammafn(q) - lgammafn(p + q))
  return Math.log(gammafn(p) * (gammafn(q) / gammafn(p + q)))
}
