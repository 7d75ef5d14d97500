/*
 * Continued fraction and asymptotic expansions of R's src/nmath/toms708.c (ACM TOMS 708 with R's
 * log-scale changes, GNU R 4.2): bfrac, bgrat, grat_r. Copyright (C) 1992 ACM; the R Core Team.
 * GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { brcomp } from "./brcomp.js"
import { alnrel, erf, erfc1, rexpm1 } from "./elementary.js"
import { algdiv, gam1 } from "./gammaHelpers.js"

/** Continued fraction for I_x(a, b) when a, b > 1; lambda = (a + b)*y - b (TOMS 708 bfrac). */
export const bfrac = (
  a: number,
  b: number,
  x: number,
  y: number,
  lambda: number,
  eps: number,
  logP: boolean
): number => {
  const brc = brcomp(a, b, x, y, logP)
  if (!logP && brc === 0) return 0
  const c = lambda + 1
  const c0 = b / a
  const c1 = 1 / a + 1
  const yp1 = y + 1
  let n = 0
  let p = 1
  let s = a + 1
  let an = 0
  let bn = 1
  let anp1 = 1
  let bnp1 = c / c1
  let r = c1 / c
  for (;;) {
    n += 1
    let t = n / a
    const w = n * (b - n) * x
    let e = a / s
    const alpha = p * (p + c0) * e * e * (w * x)
    e = (t + 1) / (c1 + t + t)
    const beta = n + w / s + e * (c + n * yp1)
    p = t + 1
    s += 2
    t = alpha * an + beta * anp1
    an = anp1
    anp1 = t
    t = alpha * bn + beta * bnp1
    bn = bnp1
    bnp1 = t
    const r0 = r
    r = anp1 / bnp1
    if (Math.abs(r - r0) <= eps * r) break
    an /= bnp1
    bn /= bnp1
    anp1 = r
    bnp1 = 1
  }
  return logP ? brc + Math.log(r) : brc * r
}

const M_SQRT_PI = 1.772453850905516

/** Q(a, x) / r with r = exp(log_r) = e^-x x^a / gamma(a), a <= 1 (TOMS 708 grat_r). */
const gratR = (a: number, x: number, logR: number, eps: number): number => {
  if (a * x === 0) return x <= a ? Math.exp(-logR) : 0
  if (a === 0.5) {
    if (x < 0.25) {
      const p = erf(Math.sqrt(x))
      return (0.5 - p + 0.5) * Math.exp(-logR)
    }
    const sx = Math.sqrt(x)
    return (erfc1(1, sx) / sx) * M_SQRT_PI
  }
  if (x < 1.1) {
    let an = 3
    let c = x
    let sum = x / (a + 3)
    const tol = (eps * 0.1) / (a + 1)
    let t: number
    do {
      an += 1
      c *= -(x / an)
      t = c / (a + an)
      sum += t
    } while (Math.abs(t) > tol)
    const j = a * x * ((sum / 6 - 0.5 / (a + 2)) * x + 1 / (a + 1))
    const z = a * Math.log(x)
    const h = gam1(a)
    const g = h + 1
    if ((x >= 0.25 && a < x / 2.59) || z > -0.13394) {
      const l = rexpm1(z)
      const q = ((l + 0.5 + 0.5) * j - l) * g - h
      return q <= 0 ? 0 : q * Math.exp(-logR)
    }
    const p = Math.exp(z) * g * (0.5 - j + 0.5)
    return (0.5 - p + 0.5) * Math.exp(-logR)
  }
  let a2n1 = 1
  let a2n = 1
  let b2n1 = x
  let b2n = x + (1 - a)
  let c = 1
  let am0: number
  let an0: number
  do {
    a2n1 = x * a2n + c * a2n1
    b2n1 = x * b2n + c * b2n1
    am0 = a2n1 / b2n1
    c += 1
    const cA = c - a
    a2n = a2n1 + cA * a2n
    b2n = b2n1 + cA * b2n
    an0 = a2n / b2n
  } while (Math.abs(an0 - am0) >= eps * an0)
  return an0
}

const N_TERMS_BGRAT = 30
const bgratC = new Float64Array(N_TERMS_BGRAT)
const bgratD = new Float64Array(N_TERMS_BGRAT)

/**
 * Asymptotic expansion for I_x(a, b) when a >= 15 and b <= 1 (TOMS 708 bgrat): returns w + I_x(a, b),
 * with w and the result on the log scale when logW. Returns w unchanged when the expansion cannot be computed.
 */
export const bgrat = (
  a: number,
  b: number,
  x: number,
  y: number,
  w: number,
  eps: number,
  logW: boolean
): number => {
  const bm1 = b - 0.5 - 0.5
  const nu = a + bm1 * 0.5
  const lnx = y > 0.375 ? Math.log(x) : alnrel(-y)
  const z = -nu * lnx
  if (b * z === 0) return w
  const logR = Math.log(b) + Math.log1p(gam1(b)) + b * Math.log(z) + nu * lnx
  const logU = logR - (algdiv(b, a) + b * Math.log(nu))
  const u = Math.exp(logU)
  if (logU === Number.NEGATIVE_INFINITY) return w
  const u0 = u === 0
  const l = logW
    ? w === Number.NEGATIVE_INFINITY
      ? 0
      : Math.exp(w - logU)
    : w === 0
      ? 0
      : Math.exp(Math.log(w) - logU)
  const qR = gratR(b, z, logR, eps)
  const v = 0.25 / (nu * nu)
  const t2 = lnx * 0.25 * lnx
  let j = qR
  let sum = j
  let t = 1
  let cn = 1
  let n2 = 0
  for (let n = 1; n <= N_TERMS_BGRAT; ++n) {
    const bp2n = b + n2
    j = (bp2n * (bp2n + 1) * j + (z + bp2n + 1) * t) * v
    n2 += 2
    t *= t2
    cn /= n2 * (n2 + 1)
    const nm1 = n - 1
    bgratC[nm1] = cn
    let s = 0
    if (n > 1) {
      let coef = b - n
      for (let i = 1; i <= nm1; ++i) {
        s += coef * bgratC[i - 1]! * bgratD[nm1 - i]!
        coef += b
      }
    }
    bgratD[nm1] = bm1 * cn + s / n
    const dj = bgratD[nm1]! * j
    sum += dj
    if (sum <= 0) return w
    if (Math.abs(dj) <= eps * (sum + l)) break
  }
  if (logW) {
    const lt = logU + Math.log(sum)
    return Math.max(w, lt) + Math.log1p(Math.exp(-Math.abs(w - lt)))
  }
  return w + (u0 ? Math.exp(logU + Math.log(sum)) : u * sum)
}
