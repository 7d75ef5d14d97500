import { integerRanks } from "./integerRanks.js"
import { sortFloat64 } from "./sortFloat64.js"

/** Average ranks as R's `rank(x)` and the tie term Σ(t³ − t) over groups of t equal values. */
export interface Ranked {
  /** 1-based ranks, tied values sharing the mean of their positions. */
  readonly ranks: Float64Array
  /** Σ(t³ − t) over the tie groups; 0 when all values differ. */
  readonly tieCubes: number
}

/** Index of the first element of sorted `s` that is not below `v`. */
const lowerBound = (s: Float64Array, v: number): number => {
  let lo = 0
  let hi = s.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (s[mid]! < v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the first element of sorted `s` above `v`. */
const upperBound = (s: Float64Array, v: number): number => {
  let lo = 0
  let hi = s.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (s[mid]! <= v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Average ranks of finite values: by counting when they are integers of a small range, else by sorting. */
export const averageRanks = (x: ArrayLike<number>): Ranked => integerRanks(x) ?? sortingRanks(x)

/** Average ranks of finite values (one sorted copy, then a binary search per value). */
export const sortingRanks = (x: ArrayLike<number>): Ranked => {
  const n = x.length
  const sorted = new Float64Array(n)
  for (let i = 0; i < n; i++) sorted[i] = x[i]!
  sortFloat64(sorted)
  let tieCubes = 0
  for (let i = 0; i < n; ) {
    let j = i + 1
    while (j < n && sorted[j] === sorted[i]) j++
    const t = j - i
    tieCubes += t * t * t - t
    i = j
  }
  const ranks = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const v = x[i]!
    ranks[i] = (lowerBound(sorted, v) + upperBound(sorted, v) + 1) / 2
  }
  return { ranks, tieCubes }
}

/**
 * Average ranks of `k` values `x[from..from+k)` written to `out[from..)` by direct counting
 * (no allocation; meant for the few conditions of one subject). Returns Σ(t³ − t).
 */
export const rankRowInto = (x: ArrayLike<number>, from: number, k: number, out: Float64Array): number => {
  if (k === 3) return rankThreeInto(x, from, out)
  let tieCubes = 0
  for (let j = 0; j < k; j++) {
    const v = x[from + j]!
    let below = 0
    let equal = 0
    for (let l = 0; l < k; l++) {
      const w = x[from + l]!
      if (w < v) below++
      else if (w === v) equal++
    }
    out[from + j] = below + (equal + 1) / 2
    // a group of t equal values contributes t · (t² − 1) = t³ − t
    tieCubes += equal * equal - 1
  }
  return tieCubes
}

/** `rankRowInto` for three conditions (baseline, 3 and 6 months) unrolled: the same counts, so the same ranks. */
const rankThreeInto = (x: ArrayLike<number>, from: number, out: Float64Array): number => {
  const [a, b, c] = [x[from]!, x[from + 1]!, x[from + 2]!]
  const [ab, ac, bc] = [a === b ? 1 : 0, a === c ? 1 : 0, b === c ? 1 : 0]
  const [equalA, equalB, equalC] = [1 + ab + ac, 1 + ab + bc, 1 + ac + bc]
  out[from] = (b < a ? 1 : 0) + (c < a ? 1 : 0) + (equalA + 1) / 2
  out[from + 1] = (a < b ? 1 : 0) + (c < b ? 1 : 0) + (equalB + 1) / 2
  out[from + 2] = (a < c ? 1 : 0) + (b < c ? 1 : 0) + (equalC + 1) / 2
  return equalA * equalA - 1 + (equalB * equalB - 1) + (equalC * equalC - 1)
}
