import type { Ranked } from "./ranks.js"

/** Widest value range counted rather than sorted, beyond the sample size (VAS 0–100 fits at any n). */
const RANGE_FLOOR = 1024

/**
 * Average ranks by counting, O(n + range), when every value is an integer and the range
 * max − min is at most max(n, 1024) (pain scores, VAS mm, ODI percents); `undefined` otherwise.
 * Ranks and Σ(t³ − t) are the sorting path's to the bit: a value's rank is (below + atOrBelow + 1) / 2
 * from the same integer counts, and the tie groups are summed in the same ascending order.
 */
export const integerRanks = (x: ArrayLike<number>): Ranked | undefined => {
  const n = x.length
  if (n === 0) return undefined
  let min = x[0]!
  let max = min
  for (let i = 0; i < n; i++) {
    const v = x[i]!
    if (!Number.isInteger(v)) return undefined
    if (v < min) min = v
    else if (v > max) max = v
  }
  const range = max - min
  if (range > Math.max(n, RANGE_FLOOR)) return undefined
  const counts = new Int32Array(range + 1)
  for (let i = 0; i < n; i++) counts[x[i]! - min]!++
  const rankOf = new Float64Array(range + 1)
  let below = 0
  let tieCubes = 0
  for (let v = 0; v <= range; v++) {
    const t = counts[v]!
    if (t === 0) continue
    rankOf[v] = (below + (below + t) + 1) / 2
    tieCubes += t * t * t - t
    below += t
  }
  const ranks = new Float64Array(n)
  for (let i = 0; i < n; i++) ranks[i] = rankOf[x[i]! - min]!
  return { ranks, tieCubes }
}
