/*
 * betaln and psi of R's src/nmath/toms708.c (ACM TOMS 708, as in GNU R 4.2).
 * Copyright (C) 1992 ACM; the R Core Team. GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { alnrel } from "./elementary.js"
import { algdiv, bcorr, gamln, gsumln } from "./gammaHelpers.js"

/** log(B(a0, b0)) (TOMS 708 betaln). */
export const betaln = (a0: number, b0: number): number => {
  let a = Math.min(a0, b0)
  let b = Math.max(a0, b0)
  if (a >= 8) {
    const w = bcorr(a, b)
    const h = a / b
    const u = -(a - 0.5) * Math.log(h / (h + 1))
    const v = b * alnrel(h)
    return u > v
      ? Math.log(b) * -0.5 + 0.918938533204673 + w - v - u
      : Math.log(b) * -0.5 + 0.918938533204673 + w - u - v
  }
  if (a < 1) {
    if (b < 8) return gamln(a) + (gamln(b) - gamln(a + b))
    return gamln(a) + algdiv(a, b)
  }
  let w: number
  if (a < 2) {
    if (b <= 2) return gamln(a) + gamln(b) - gsumln(a, b)
    if (b >= 8) return gamln(a) + algdiv(a, b)
    w = 0
  } else if (b <= 1e3) {
    const n = Math.trunc(a - 1)
    w = 1
    for (let i = 1; i <= n; ++i) {
      a += -1
      const h = a / b
      w *= h / (h + 1)
    }
    w = Math.log(w)
    if (b >= 8) return w + gamln(a) + algdiv(a, b)
  } else {
    const n = Math.trunc(a - 1)
    w = 1
    for (let i = 1; i <= n; ++i) {
      a += -1
      w *= a / (a / b + 1)
    }
    return Math.log(w) - n * Math.log(b) + (gamln(a) + algdiv(a, b))
  }
  // L40: 1 < a <= b < 8, reduction of b
  const n = Math.trunc(b - 1)
  let z = 1
  for (let i = 1; i <= n; ++i) {
    b += -1
    z *= b / (a + b)
  }
  return w + Math.log(z) + (gamln(a) + (gamln(b) - gsumln(a, b)))
}

const DX0 = 1.4616321449683622
const XMAX1 = 2147483647
const PIOV4 = 0.785398163397448

/** The digamma function; 0 where it cannot be computed (TOMS 708 psi). */
export const psi = (x: number): number => {
  let aug = 0
  if (x < 0.5) {
    if (Math.abs(x) <= 1e-9) {
      if (x === 0) return 0
      aug = -1 / x
    } else {
      let w = -x
      let sgn = PIOV4
      if (w <= 0) {
        w = -w
        sgn = -sgn
      }
      if (w >= XMAX1) return 0
      let nq = Math.trunc(w)
      w -= nq
      nq = Math.trunc(w * 4)
      w = (w - nq * 0.25) * 4
      let n = Math.trunc(nq / 2)
      if (n + n !== nq) w = 1 - w
      const z = PIOV4 * w
      let m = Math.trunc(n / 2)
      if (m + m !== n) sgn = -sgn
      n = Math.trunc((nq + 1) / 2)
      m = Math.trunc(n / 2)
      m += m
      if (m === n) {
        if (z === 0) return 0
        aug = sgn * ((Math.cos(z) / Math.sin(z)) * 4)
      } else {
        aug = sgn * ((Math.sin(z) / Math.cos(z)) * 4)
      }
    }
    x = 1 - x
  }
  if (x <= 3) {
    let den = x
    let upper = 0.0089538502298197 * x
    den = (den + 44.8452573429826) * x
    upper = (upper + 4.77762828042627) * x
    den = (den + 520.752771467162) * x
    upper = (upper + 142.441585084029) * x
    den = (den + 2210.0079924783) * x
    upper = (upper + 1186.45200713425) * x
    den = (den + 3641.27349079381) * x
    upper = (upper + 3633.51846806499) * x
    den = (den + 1908.310765963) * x
    upper = (upper + 4138.10161269013) * x
    den = (upper + 1305.60269827897) / (den + 6.91091682714533e-6)
    return den * (x - DX0) + aug
  }
  if (x < XMAX1) {
    const w = 1 / (x * x)
    let den = w
    let upper = -2.12940445131011 * w
    den = (den + 32.2703493791143) * w
    upper = (upper + -7.01677227766759) * w
    den = (den + 89.2920700481861) * w
    upper = (upper + -4.48616543918019) * w
    den = (den + 54.6117738103215) * w
    upper = (upper + -0.648157123766197) * w
    aug = upper / (den + 7.77788548522962) - 0.5 / x + aug
  }
  return aug + Math.log(x)
}
