/*
 * basym of R's src/nmath/toms708.c (ACM TOMS 708 with R's log-scale changes, GNU R 4.2).
 * Copyright (C) 1992 ACM; the R Core Team. GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { erfc1, rlog1 } from "./elementary.js"
import { bcorr } from "./gammaHelpers.js"

const NUM_IT = 20
const E0 = 1.12837916709551 // 2/sqrt(pi)
const E1 = 0.353553390593274 // 2^(-3/2)
const LN_E0 = 0.120782237635245
const a0 = new Float64Array(NUM_IT + 1)
const b0 = new Float64Array(NUM_IT + 1)
const c = new Float64Array(NUM_IT + 1)
const d = new Float64Array(NUM_IT + 1)

/** Asymptotic expansion for I_x(a, b) for large a and b; lambda = (a + b)*y - b >= 0 (TOMS 708 basym). */
export const basym = (a: number, b: number, lambda: number, eps: number, logP: boolean): number => {
  const f = a * rlog1(-lambda / a) + b * rlog1(lambda / b)
  let t: number
  if (logP) t = -f
  else {
    t = Math.exp(-f)
    if (t === 0) return 0
  }
  const z0 = Math.sqrt(f)
  const z = (z0 / E1) * 0.5
  const z2 = f + f
  let h: number
  let r0: number
  let r1: number
  let w0: number
  if (a < b) {
    h = a / b
    r0 = 1 / (h + 1)
    r1 = (b - a) / b
    w0 = 1 / Math.sqrt(a * (h + 1))
  } else {
    h = b / a
    r0 = 1 / (h + 1)
    r1 = (b - a) / a
    w0 = 1 / Math.sqrt(b * (h + 1))
  }
  a0[0] = r1 * 0.6666666666666666
  c[0] = a0[0] * -0.5
  d[0] = -c[0]
  let j0 = (0.5 / E0) * erfc1(1, z0)
  let j1 = E1
  let sum = j0 + d[0] * w0 * j1
  let s = 1
  const h2 = h * h
  let hn = 1
  let w = w0
  let znm1 = z
  let zn = z2
  for (let n = 2; n <= NUM_IT; n += 2) {
    hn *= h2
    a0[n - 1] = (r0 * 2 * (h * hn + 1)) / (n + 2)
    const np1 = n + 1
    s += hn
    a0[np1 - 1] = (r1 * 2 * s) / (n + 3)
    for (let i = n; i <= np1; ++i) {
      const r = (i + 1) * -0.5
      b0[0] = r * a0[0]
      for (let m = 2; m <= i; ++m) {
        let bsum = 0
        for (let jj = 1; jj <= m - 1; ++jj) {
          const mmj = m - jj
          bsum += (jj * r - mmj) * a0[jj - 1]! * b0[mmj - 1]!
        }
        b0[m - 1] = r * a0[m - 1]! + bsum / m
      }
      c[i - 1] = b0[i - 1]! / (i + 1)
      let dsum = 0
      for (let jj = 1; jj <= i - 1; ++jj) dsum += d[i - jj - 1]! * c[jj - 1]!
      d[i - 1] = -(dsum + c[i - 1]!)
    }
    j0 = E1 * znm1 + (n - 1) * j0
    j1 = E1 * zn + n * j1
    znm1 = z2 * znm1
    zn = z2 * zn
    w *= w0
    const t0 = d[n - 1]! * w * j0
    w *= w0
    const t1 = d[np1 - 1]! * w * j1
    sum += t0 + t1
    if (Math.abs(t0) + Math.abs(t1) <= eps * sum) break
  }
  if (logP) return LN_E0 + t - bcorr(a, b) + Math.log(sum)
  return E0 * t * Math.exp(-bcorr(a, b)) * sum
}
