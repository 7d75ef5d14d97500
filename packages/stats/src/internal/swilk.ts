/*
 * Shapiro-Wilk W and its p-value as GNU R's src/library/stats/src/swilk.c computes them
 * (Royston 1995, Applied Statistics algorithm AS R94; polynomials by AS 181.2).
 * R's swilk.c: Copyright (C) 2000-12 The R Core Team, GNU GPL version 2 or later.
 */
import { pnorm, qnorm } from "./nmath/normal.js"

const SMALL = 1e-19
const G = [-2.273, 0.459]
const C1 = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056]
const C2 = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633]
const C3 = [0.544, -0.39978, 0.025054, -6.714e-4]
const C4 = [1.3822, -0.77857, 0.062767, -0.0020322]
const C5 = [-1.5861, -0.31082, -0.083751, 0.0038915]
const C6 = [-0.4803, -0.082676, 0.0030302]

/** AS 181.2: cc[0] + cc[1]·x + … evaluated in the order R uses. */
const poly = (cc: ReadonlyArray<number>, x: number): number => {
  const nord = cc.length
  let ret = cc[0]!
  if (nord > 1) {
    let p = x * cc[nord - 1]!
    for (let j = nord - 2; j > 0; j--) p = (p + cc[j]!) * x
    ret += p
  }
  return ret
}

/** The 1-based coefficients a[1..n/2] of swilk.c (index 0 unused). */
const computeCoefficients = (n: number): Float64Array => {
  const nn2 = Math.floor(n / 2)
  const a = new Float64Array(nn2 + 1)
  if (n === 3) {
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: swilk.c's truncated sqrt(1/2)
    a[1] = 0.70710678
    return a
  }
  const an25 = n + 0.25
  let summ2 = 0
  for (let i = 1; i <= nn2; i++) {
    const m = qnorm((i - 0.375) / an25, true, false)
    a[i] = m
    summ2 += m * m
  }
  summ2 *= 2
  const ssumm2 = Math.sqrt(summ2)
  const rsn = 1 / Math.sqrt(n)
  const a1 = poly(C1, rsn) - a[1]! / ssumm2
  let i1: number
  let fac: number
  if (n > 5) {
    i1 = 3
    const a2 = -a[2]! / ssumm2 + poly(C2, rsn)
    fac = Math.sqrt((summ2 - 2 * (a[1]! * a[1]!) - 2 * (a[2]! * a[2]!)) / (1 - 2 * (a1 * a1) - 2 * (a2 * a2)))
    a[2] = a2
  } else {
    i1 = 2
    fac = Math.sqrt((summ2 - 2 * (a[1]! * a[1]!)) / (1 - 2 * (a1 * a1)))
  }
  a[1] = a1
  for (let i = i1; i <= nn2; i++) a[i] = a[i]! / -fac
  return a
}

/**
 * What swilk.c derives from n alone: the centred signed coefficients asa[i] (its `sign(i − j)·a` less
 * their literal running mean sa) and Σ asa², computed once per n in swilk.c's order, so a call only
 * scans x twice.
 */
interface Weights {
  readonly asa: Float64Array
  readonly ssa: number
}

const weightsFor = (n: number): Weights => {
  const a = computeCoefficients(n)
  // swilk.c's running sum of the signed coefficients, kept literally for bit-faithful W
  let sa = -a[1]!
  for (let i = 1, j = n - 1; i < n; j--) {
    i++
    if (i !== j) sa += i < j ? -a[i]! : a[j]!
  }
  sa /= n
  const asa = new Float64Array(n)
  let ssa = 0
  for (let i = 0, j = n - 1; i < n; i++, j--) {
    const v = i < j ? -a[1 + i]! - sa : i > j ? a[1 + j]! - sa : -sa
    asa[i] = v
    ssa += v * v
  }
  return { asa, ssa }
}

const CACHE_SIZE = 16
const cache = new Map<number, Weights>()

/** The weights for sample size n, kept in a small least-recently-used cache. */
const weights = (n: number): Weights => {
  const hit = cache.get(n)
  if (hit !== undefined) {
    cache.delete(n)
    cache.set(n, hit)
    return hit
  }
  const w = weightsFor(n)
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!)
  cache.set(n, w)
  return w
}

/** W and p of sorted x (3 ≤ n ≤ 5000, range > 0), exactly as swilk.c; x is overwritten with x / range. */
export const swilk = (x: Float64Array): { readonly w: number; readonly p: number } => {
  const n = x.length
  const { asa, ssa } = weights(n)
  const range = x[n - 1]! - x[0]!
  if (range < SMALL) return { w: 1, p: 1 }
  let sx = 0
  for (let i = 0; i < n; i++) {
    const xs = x[i]! / range
    x[i] = xs
    sx += xs
  }
  sx /= n
  let ssx = 0
  let sax = 0
  for (let i = 0; i < n; i++) {
    const xsx = x[i]! - sx
    ssx += xsx * xsx
    sax += asa[i]! * xsx
  }
  const ssassx = Math.sqrt(ssa * ssx)
  const w1 = ((ssassx - sax) * (ssassx + sax)) / (ssa * ssx)
  const w = 1 - w1
  if (n === 3) {
    const pi6 = 1.90985931710274
    const stqr = 1.0471975511966
    // w can exceed 1 by a rounding error only; R would return NaN there
    return { w, p: Math.max(0, pi6 * (Math.asin(Math.sqrt(Math.min(w, 1))) - stqr)) }
  }
  let y = Math.log(w1)
  const lnN = Math.log(n)
  let m: number
  let s: number
  if (n <= 11) {
    const gamma = poly(G, n)
    if (y >= gamma) return { w, p: 1e-99 }
    y = -Math.log(gamma - y)
    m = poly(C3, n)
    s = Math.exp(poly(C4, n))
  } else {
    m = poly(C5, lnN)
    s = Math.exp(poly(C6, lnN))
  }
  return { w, p: pnorm((y - m) / s, false, false) }
}
