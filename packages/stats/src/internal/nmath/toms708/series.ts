/*
 * Series of R's src/nmath/toms708.c (ACM TOMS 708 with R's log-scale changes, GNU R 4.2):
 * fpser, apser, bpser, bup. Copyright (C) 1992 ACM; the R Core Team.
 * GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { betaln, psi } from "./betaln.js"
import { brcmp1 } from "./brcomp.js"
import { exparg } from "./elementary.js"
import { algdiv, gam1, gamln1 } from "./gammaHelpers.js"

/** I_x(a, b) for b < min(eps, eps*a) and x <= 0.5 (TOMS 708 fpser). */
export const fpser = (a: number, b: number, x: number, eps: number, logP: boolean): number => {
  let ans: number
  let t: number
  if (logP) ans = a * Math.log(x)
  else if (a > eps * 0.001) {
    t = a * Math.log(x)
    if (t < exparg(1)) return 0
    ans = Math.exp(t)
  } else ans = 1
  if (logP) ans += Math.log(b) - Math.log(a)
  else ans *= b / a
  const tol = eps / a
  let an = a + 1
  t = x
  let s = t / an
  let c: number
  do {
    an += 1
    t = x * t
    c = t / an
    s += c
  } while (Math.abs(c) > tol)
  if (logP) ans += Math.log1p(a * s)
  else ans *= a * s + 1
  return ans
}

/** I_{1-x}(b, a) for a <= min(eps, eps*b), b*x <= 1 and x <= 0.5 (TOMS 708 apser). */
export const apser = (a: number, b: number, x: number, eps: number): number => {
  const g = 0.577215664901533
  const bx = b * x
  let t = x - bx
  const c = b * eps <= 0.02 ? Math.log(x) + psi(b) + g + t : Math.log(bx) + g + t
  const tol = eps * 5 * Math.abs(c)
  let j = 1
  let s = 0
  let aj: number
  do {
    j += 1
    t *= x - bx / j
    aj = t / j
    s += aj
  } while (Math.abs(aj) > tol)
  return -a * (c + s)
}

/** Power series for I_x(a, b) when b <= 1 or b*x <= 0.7 (TOMS 708 bpser). */
export const bpser = (a: number, b: number, x: number, eps: number, logP: boolean): number => {
  if (x === 0) return logP ? Number.NEGATIVE_INFINITY : 0
  let ans: number
  let c: number
  let z: number
  const a0 = Math.min(a, b)
  if (a0 >= 1) {
    z = a * Math.log(x) - betaln(a, b)
    ans = logP ? z - Math.log(a) : Math.exp(z) / a
  } else {
    let b0 = Math.max(a, b)
    if (b0 < 8) {
      if (b0 <= 1) {
        if (logP) ans = a * Math.log(x)
        else {
          ans = x ** a
          if (ans === 0) return ans
        }
        const apb = a + b
        z = apb > 1 ? (gam1(a + b - 1) + 1) / apb : gam1(apb) + 1
        c = ((gam1(a) + 1) * (gam1(b) + 1)) / z
        if (logP) ans += Math.log(c * (b / apb))
        else ans *= c * (b / apb)
      } else {
        let u = gamln1(a0)
        const m = Math.trunc(b0 - 1)
        if (m >= 1) {
          c = 1
          for (let i = 1; i <= m; ++i) {
            b0 += -1
            c *= b0 / (a0 + b0)
          }
          u += Math.log(c)
        }
        z = a * Math.log(x) - u
        b0 += -1
        const apb = a0 + b0
        const t = apb > 1 ? (gam1(a0 + b0 - 1) + 1) / apb : gam1(apb) + 1
        if (logP) ans = z + Math.log(a0 / a) + Math.log1p(gam1(b0)) - Math.log(t)
        else ans = (Math.exp(z) * (a0 / a) * (gam1(b0) + 1)) / t
      }
    } else {
      const u = gamln1(a0) + algdiv(a0, b0)
      z = a * Math.log(x) - u
      ans = logP ? z + Math.log(a0 / a) : (a0 / a) * Math.exp(z)
    }
  }
  if (ans === (logP ? Number.NEGATIVE_INFINITY : 0) || (!logP && a <= eps * 0.1)) return ans
  const tol = eps / a
  let n = 0
  let sum = 0
  let w: number
  c = 1
  do {
    n += 1
    c *= (0.5 - b / n + 0.5) * x
    w = c / (a + n)
    sum += w
  } while (n < 1e7 && Math.abs(w) > tol)
  if (logP) {
    if (a * sum > -1) ans += Math.log1p(a * sum)
    else ans = Number.NEGATIVE_INFINITY
  } else if (a * sum > -1) ans *= a * sum + 1
  else ans = 0
  return ans
}

/** I_x(a, b) - I_x(a + n, b) for a positive integer n (TOMS 708 bup). */
export const bup = (
  a: number,
  b: number,
  x: number,
  y: number,
  n: number,
  eps: number,
  giveLog: boolean
): number => {
  const apb = a + b
  const ap1 = a + 1
  let mu: number
  let d: number
  if (n > 1 && a >= 1 && apb >= ap1 * 1.1) {
    mu = Math.trunc(Math.abs(exparg(1)))
    const k = Math.trunc(exparg(0))
    if (mu > k) mu = k
    d = Math.exp(-mu)
  } else {
    mu = 0
    d = 1
  }
  let ret = giveLog ? brcmp1(mu, a, b, x, y, true) - Math.log(a) : brcmp1(mu, a, b, x, y, false) / a
  if (n === 1 || (giveLog && ret === Number.NEGATIVE_INFINITY) || (!giveLog && ret === 0)) return ret
  const nm1 = n - 1
  let w = d
  let k = 0
  if (b > 1) {
    if (y > 1e-4) {
      const r = ((b - 1) * x) / y - a
      if (r >= 1) k = r < nm1 ? Math.trunc(r) : nm1
    } else k = nm1
    for (let i = 0; i < k; ++i) {
      d *= ((apb + i) / (ap1 + i)) * x
      w += d
    }
  }
  for (let i = k; i < nm1; ++i) {
    d *= ((apb + i) / (ap1 + i)) * x
    w += d
    if (d <= eps * w) break
  }
  if (giveLog) ret += Math.log(w)
  else ret *= w
  return ret
}
