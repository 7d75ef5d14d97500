/*
 * Port of the helpers of R's src/nmath/pgamma.c (Morten Welinder, 2005-6): logcf, log1pmx,
 * lgamma1p, as in GNU R 4.2. Copyright (C) 2005-6 Morten Welinder; 2005-10 The R Foundation;
 * 2006-2021 The R Core Team. GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { lgammafn } from "./lgamma.js"

/** 2^256, the rescaling factor of the continued fractions. */
export const SCALEFACTOR = 1.157920892373162e77

/** Continued fraction for sum_{k>=0} x^k / (i + k*d) (R's logcf). */
export const logcf = (x: number, i: number, d: number, eps: number): number => {
  let c1 = 2 * d
  let c2 = i + d
  let c4 = c2 + d
  let a1 = c2
  let b1 = i * (c2 - i * x)
  let b2 = d * d * x
  let a2 = c4 * c2 - b2
  b2 = c4 * b1 - i * b2
  while (Math.abs(a2 * b1 - a1 * b2) > Math.abs(eps * b1 * b2)) {
    let c3 = c2 * c2 * x
    c2 += d
    c4 += d
    a1 = c4 * a2 - c3 * a1
    b1 = c4 * b2 - c3 * b1
    c3 = c1 * c1 * x
    c1 += d
    c4 += d
    a2 = c4 * a1 - c3 * a2
    b2 = c4 * b1 - c3 * b2
    if (Math.abs(b2) > SCALEFACTOR) {
      a1 /= SCALEFACTOR
      b1 /= SCALEFACTOR
      a2 /= SCALEFACTOR
      b2 /= SCALEFACTOR
    } else if (Math.abs(b2) < 1 / SCALEFACTOR) {
      a1 *= SCALEFACTOR
      b1 *= SCALEFACTOR
      a2 *= SCALEFACTOR
      b2 *= SCALEFACTOR
    }
  }
  return a2 / b2
}

const MIN_LOG1_VALUE = -0.79149064

/** log(1 + x) - x, accurate also for small x (R's log1pmx). */
export const log1pmx = (x: number): number => {
  if (x > 1 || x < MIN_LOG1_VALUE) return Math.log1p(x) - x
  const r = x / (2 + x)
  const y = r * r
  if (Math.abs(x) < 1e-2) {
    return r * (((((2 / 9) * y + 2 / 7) * y + 2 / 5) * y + 2 / 3) * y - x)
  }
  return r * (2 * y * logcf(y, 3, 2, 1e-14) - x)
}

const EULERS_CONST = 0.5772156649015329
// (zeta(i + 2) - 1) / (i + 2), i = 0..39
const lgamma1pCoeffs = new Float64Array([
  0.3224670334241132, 0.0673523010531981, 0.020580808427784546, 0.007385551028673986, 0.0028905103307415234,
  0.001192753911703261, 0.0005096695247430425, 0.00022315475845357939, 0.00009945751278180853,
  0.00004492623673813314, 0.00002050721277567069, 0.000009439488275268397, 0.000004374866789907488,
  0.000002039215753801366, 9.55141213040742e-7, 4.492469198764566e-7, 2.1207184805554665e-7,
  1.0043224823968099e-7, 4.7698101693639804e-8, 2.2711094608943164e-8, 1.0838659214896955e-8,
  5.183475041970047e-9, 2.4836745438024785e-9, 1.1921401405860912e-9, 5.731367241678862e-10,
  2.7595228851242334e-10, 1.330476437424449e-10, 6.4229645638381e-11, 3.1044247747322276e-11,
  1.5021384080754142e-11, 7.275974480239079e-12, 3.527742476575915e-12, 1.711991790559618e-12,
  8.315385841420285e-13, 4.04220052528944e-13, 1.9664756310966165e-13, 9.573630387838556e-14,
  4.6640760264283744e-14, 2.2737369600659724e-14, 1.1091399470834522e-14
])
const ZETA_N2_M1 = 2.2737368458246524e-13

/** log(gamma(1 + a)), accurate also for small a (R's lgamma1p). */
export const lgamma1p = (a: number): number => {
  if (Math.abs(a) >= 0.5) return lgammafn(a + 1)
  let lgam = ZETA_N2_M1 * logcf(-a / 2, 42, 1, 1e-14)
  for (let i = 39; i >= 0; i--) lgam = lgamma1pCoeffs[i]! - a * lgam
  return (a * lgam - EULERS_CONST) * a - log1pmx(a)
}
