/*
 * Building blocks of the Fisher network search: bounds on Σ log n_ij! over the completions of a
 * sub-table with fixed margins, and the enumeration of the ways to fill one column.
 */

/** Σ log n! over k parts of s split as evenly as possible: the smallest Σ log n! for that sum. */
export const evenSplit = (s: number, k: number, logFact: Float64Array): number => {
  const q = Math.floor(s / k)
  const extra = s - q * k
  return extra * logFact[q + 1]! + (k - extra) * logFact[q]!
}

/** Calls `visit(entries, cost)` for every split of `amount` over rows with capacities `rem`. */
export const splits = (
  rem: Float64Array,
  amount: number,
  logFact: Float64Array,
  entries: Float64Array,
  visit: (cost: number) => boolean
): boolean => {
  const r = rem.length
  const go = (i: number, left: number, cost: number): boolean => {
    if (i === r - 1) {
      if (left > rem[i]!) return true
      entries[i] = left
      return visit(cost + logFact[left]!)
    }
    let below = 0
    for (let k = i + 1; k < r; k++) below += rem[k]!
    const hi = Math.min(rem[i]!, left)
    for (let n = Math.max(0, left - below); n <= hi; n++) {
      entries[i] = n
      if (!go(i + 1, left - n, cost + logFact[n]!)) return false
    }
    return true
  }
  return go(0, amount, 0)
}

/**
 * Lagrangian lower bound on min Σ log n_ij! over the completions: for any multipliers
 * λ_ij = a_i + b_j, min ≥ Σ a_i R_i + Σ b_j C_j + Σ_ij min_n (log n! − λ_ij n), and the inner
 * minimum over whole n is at n = ⌊e^λ⌋. The multipliers log(R_i C_j / M) of the independence
 * table make it nearly tight.
 */
export const dualBound = (
  rem: Float64Array,
  j: number,
  cols: Float64Array,
  columnTail: Float64Array,
  logFact: Float64Array,
  logInt: Float64Array
): number => {
  const r = rem.length
  const c = cols.length
  const logM = logInt[columnTail[j]!]!
  let bound = 0
  for (let jj = j; jj < c; jj++) bound += cols[jj]! * (logInt[cols[jj]!]! - logM)
  for (let i = 0; i < r; i++) {
    const ri = rem[i]!
    if (ri === 0) continue
    const logR = logInt[ri]!
    bound += ri * logR
    for (let jj = j; jj < c; jj++) {
      if (cols[jj] === 0) continue
      const lambda = logR + logInt[cols[jj]!]! - logM
      const n = Math.floor((ri * cols[jj]!) / columnTail[j]!)
      bound += logFact[n]! - lambda * n
    }
  }
  return bound
}
