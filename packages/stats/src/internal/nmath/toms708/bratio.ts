/*
 * bratio of R's src/nmath/toms708.c: the incomplete beta ratio I_x(a, b) and its complement
 * (ACM TOMS 708 by Didonato & Morris 1992, with R Core's log-scale changes, as in GNU R 4.2).
 * Copyright (C) 1992 ACM; the R Core Team. GNU R's nmath is licensed under the GNU GPL, version 2 or later.
 */
import { DBL_EPSILON, DBL_MIN } from "../dpq.js"
import { basym } from "./basym.js"
import { log1ExpR } from "./elementary.js"
import { bfrac, bgrat } from "./fraction.js"
import { apser, bpser, bup, fpser } from "./series.js"

// Result slots [w, w1] = [I_x(a,b), 1 - I_x(a,b)], reused across calls to avoid allocation.
const out = new Float64Array(2)

// How w and w1 are completed: both known, from w, from w1, from log(w1).
const END = 0
const FROM_W = 1
const FROM_W1 = 2
const FROM_W1_LOG = 3

/**
 * Writes [I_x(a, b), 1 - I_x(a, b)] (as logs when logP) for a, b >= 0, x in [0, 1], y = 1 - x, and returns
 * the shared result array; both slots are NaN on invalid input.
 */
export const bratio = (a: number, b: number, x: number, y: number, logP: boolean): Float64Array => {
  const d0 = logP ? Number.NEGATIVE_INFINITY : 0
  const d1 = logP ? 0 : 1
  out[0] = Number.NaN
  out[1] = Number.NaN
  if (Number.isNaN(x) || Number.isNaN(y) || Number.isNaN(a) || Number.isNaN(b)) return out
  if (a < 0 || b < 0 || (a === 0 && b === 0) || x < 0 || x > 1 || y < 0 || y > 1) return out
  let eps = DBL_EPSILON
  if (Math.abs(x + y - 0.5 - 0.5) > eps * 3) return out
  if (x === 0 || a === 0) {
    if (x === 0 && a === 0) return out
    out[0] = x === 0 ? d0 : d1
    out[1] = x === 0 ? d1 : d0
    return out
  }
  if (y === 0 || b === 0) {
    if (y === 0 && b === 0) return out
    out[0] = y === 0 ? d1 : d0
    out[1] = y === 0 ? d0 : d1
    return out
  }
  eps = Math.max(eps, 1e-15)
  const aLtB = a < b
  if ((aLtB ? b : a) < eps * 0.001) {
    if (logP) {
      out[0] = aLtB ? Math.log1p(-a / (a + b)) : Math.log(b / (a + b))
      out[1] = aLtB ? Math.log(a / (a + b)) : Math.log1p(-b / (a + b))
    } else {
      out[0] = b / (a + b)
      out[1] = a / (a + b)
    }
    return out
  }
  let w = 0
  let w1 = 0
  let end = END
  let doSwap: boolean
  let a0: number
  let b0: number
  let x0: number
  let y0: number
  const complement = (v: number) => (logP ? log1ExpR(v) : 0.5 - v + 0.5)

  if (Math.min(a, b) <= 1) {
    doSwap = x > 0.5
    a0 = doSwap ? b : a
    b0 = doSwap ? a : b
    x0 = doSwap ? y : x
    y0 = doSwap ? x : y
    if (b0 < Math.min(eps, eps * a0)) {
      w = fpser(a0, b0, x0, eps, logP)
      w1 = complement(w)
    } else if (a0 < Math.min(eps, eps * b0) && b0 * x0 <= 1) {
      w1 = apser(a0, b0, x0, eps)
      end = FROM_W1
    } else {
      // 0: w by bpser, 1: w1 by bpser, 2: bup then bgrat, 3: bgrat from w1 = 0
      let path: 0 | 1 | 2 | 3
      if (Math.max(a0, b0) > 1) {
        if (b0 <= 1) path = 0
        else if (x0 >= 0.29) path = 1
        else if (x0 < 0.1 && (x0 * b0) ** a0 <= 0.7) path = 0
        else path = b0 > 15 ? 3 : 2
      } else if (a0 >= Math.min(0.2, b0)) path = 0
      else if (x0 ** a0 <= 0.9) path = 0
      else path = x0 >= 0.3 ? 1 : 2
      if (path === 0) {
        w = bpser(a0, b0, x0, eps, logP)
        w1 = complement(w)
      } else if (path === 1) {
        w1 = bpser(b0, a0, y0, eps, logP)
        w = complement(w1)
      } else {
        const n = 20
        const didBup = path === 2
        if (didBup) {
          w1 = bup(b0, a0, y0, x0, n, eps, false)
          b0 += n
        } else w1 = 0
        w1 = bgrat(b0, a0, y0, x0, w1, 15 * eps, false)
        if (w1 === 0 || (0 < w1 && w1 < DBL_MIN)) {
          // underflow: redo on the log scale
          w1 = didBup ? bup(b0 - n, a0, y0, x0, n, eps, true) : Number.NEGATIVE_INFINITY
          w1 = bgrat(b0, a0, y0, x0, w1, 15 * eps, true)
          end = FROM_W1_LOG
        } else end = FROM_W1
      }
    }
  } else {
    let lambda = a > b ? (a + b) * y - b : a - (a + b) * x
    doSwap = lambda < 0
    if (doSwap) lambda = -lambda
    a0 = doSwap ? b : a
    b0 = doSwap ? a : b
    x0 = doSwap ? y : x
    y0 = doSwap ? x : y
    // 0: bpser, 1: L140 (bup + bpser/bgrat), 2: bfrac, 3: basym
    let path: 0 | 1 | 2 | 3
    if (b0 < 40) path = b0 * x0 <= 0.7 || (logP && lambda > 650) ? 0 : 1
    else if (a0 > b0) path = b0 <= 100 || lambda > b0 * 0.03 ? 2 : 3
    else if (a0 <= 100) path = 2
    else path = lambda > a0 * 0.03 ? 2 : 3
    if (path === 1) {
      let n = Math.trunc(b0)
      b0 -= n
      if (b0 === 0) {
        --n
        b0 = 1
      }
      w = bup(b0, a0, y0, x0, n, eps, false)
      if (w < DBL_MIN && logP) {
        b0 += n
        path = 0
      } else {
        end = FROM_W
        if (x0 <= 0.7) w += bpser(a0, b0, x0, eps, false)
        else {
          if (a0 <= 15) {
            n = 20
            w += bup(a0, b0, x0, y0, n, eps, false)
            a0 += n
          }
          w = bgrat(a0, b0, x0, y0, w, 15 * eps, false)
        }
      }
    }
    if (path === 0) {
      w = bpser(a0, b0, x0, eps, logP)
      w1 = complement(w)
    } else if (path === 2) {
      w = bfrac(a0, b0, x0, y0, lambda, eps * 15, logP)
      w1 = complement(w)
    } else if (path === 3) {
      w = basym(a0, b0, lambda, eps * 100, logP)
      w1 = complement(w)
    }
  }

  if (end === FROM_W) {
    if (logP) {
      w1 = Math.log1p(-w)
      w = Math.log(w)
    } else w1 = 0.5 - w + 0.5
  } else if (end === FROM_W1) {
    if (logP) {
      w = Math.log1p(-w1)
      w1 = Math.log(w1)
    } else w = 0.5 - w1 + 0.5
  } else if (end === FROM_W1_LOG) {
    if (logP) w = log1ExpR(w1)
    else {
      w = -Math.expm1(w1)
      w1 = Math.exp(w1)
    }
  }
  out[0] = doSwap ? w1 : w
  out[1] = doSwap ? w : w1
  return out
}
