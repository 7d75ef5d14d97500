/*
 * Two-sided Fisher exact p-value of an r × c table: the total probability, under fixed margins,
 * of every table no more likely than the observed one, by the network algorithm of Mehta & Patel
 * (1983), which R's FEXACT implements. Columns are filled one at a time; a node is the multiset
 * of row totals still to fill (row order does not matter for what remains), and the paths that
 * reach it are kept as distinct "past" values Σ log n_ij! with multiplicities. For each past,
 * bounds on the remaining sub-table either add the whole sub-tree in closed form
 * (Σ_completions Π 1/n_ij! = M!/(Π R_i! Π C_j!)), skip it, or carry it on. The last two columns
 * are settled per node: its completions' values are sorted once and each past is a binary search.
 */
import { dualBound, evenSplit, splits } from "./fisherBounds.js"
import { lgammafn } from "./nmath/gamma.js"
import { PastTable } from "./pastTable.js"

/** What an enumeration returns: the p-value, or that it exceeded its work budget. */
export type FisherEnumeration = { readonly p: number } | { readonly tooLarge: true }

interface NetworkNode {
  readonly rem: Float64Array
  /** past Σ log n_ij! in units of PAST_RESOLUTION → number of paths reaching the node with it */
  readonly pasts: PastTable
}

/**
 * Pasts are rounded to this grid (in log probability), merging paths of equal probability; the
 * error over a whole table stays below 1e-8 relative, far inside the 1e-7 comparison fuzz.
 */
const PAST_RESOLUTION = 1e-9

/** p-value of a table with these margins whose own probability is exp(logObserved). */
export const fisherTwoSided = (
  rowSums: ArrayLike<number>,
  columnSums: ArrayLike<number>,
  logObserved: number,
  budget: number
): FisherEnumeration => {
  // the shorter margin indexes the rows: fewer ways to fill each column
  const [short, long] = rowSums.length <= columnSums.length ? [rowSums, columnSums] : [columnSums, rowSums]
  const rows = Float64Array.from(short).sort().reverse()
  const cols = Float64Array.from(long).sort().reverse()
  const r = rows.length
  const c = cols.length
  let total = 0
  for (let i = 0; i < r; i++) total += rows[i]!
  // a node's key is its sorted row totals read as digits in base total + 1
  const radix = total + 1
  if (radix ** r > Number.MAX_SAFE_INTEGER) return { tooLarge: true }
  const logFact = new Float64Array(total + 2)
  for (let k = 0; k <= total + 1; k++) logFact[k] = lgammafn(k + 1)
  const logInt = new Float64Array(total + 1)
  for (let k = 1; k <= total; k++) logInt[k] = Math.log(k)
  // log P(table) = constant − Σ log n_ij!
  let constant = -logFact[total]!
  for (let i = 0; i < r; i++) constant += logFact[rows[i]!]!
  for (let j = 0; j < c; j++) constant += logFact[cols[j]!]!
  const threshold = logObserved + Math.log1p(1e-7)
  const columnTail = new Float64Array(c + 1)
  const columnLogTail = new Float64Array(c + 1)
  for (let j = c - 1; j >= 0; j--) {
    columnTail[j] = columnTail[j + 1]! + cols[j]!
    columnLogTail[j] = columnLogTail[j + 1]! + logFact[cols[j]!]!
  }
  let sum = 0
  let work = 0
  const entries = new Float64Array(r)
  const next = new Float64Array(r)
  let futures = new Float64Array(1024)

  /** Settles what the bounds can for a node at column j; returns the pasts still open. */
  const openPasts = ({ rem, pasts }: NetworkNode, j: number): Array<number> => {
    let rowsLog = 0
    let rowsEven = 0
    let colsEven = 0
    for (let i = 0; i < r; i++) {
      rowsLog += logFact[rem[i]!]!
      rowsEven += evenSplit(rem[i]!, c - j, logFact)
    }
    for (let jj = j; jj < c; jj++) colsEven += evenSplit(cols[jj]!, r, logFact)
    const leastFuture = Math.max(rowsEven, colsEven, dualBound(rem, j, cols, columnTail, logFact, logInt))
    const mostFuture = Math.min(rowsLog, columnLogTail[j]!)
    const subtree = logFact[columnTail[j]!]! - rowsLog - columnLogTail[j]!
    // open pasts as flat [bucket, paths, bucket, paths, …]
    const open: Array<number> = []
    work += pasts.size
    const { keys, paths: counts } = pasts
    for (let slot = 0; slot < keys.length; slot++) {
      const bucket = keys[slot]!
      if (Number.isNaN(bucket)) continue
      const paths = counts[slot]!
      const past = bucket * PAST_RESOLUTION
      if (constant - past - leastFuture <= threshold) {
        sum += paths * Math.exp(constant - past + subtree - logObserved)
      } else if (constant - past - mostFuture <= threshold) {
        open.push(bucket, paths)
      }
    }
    return open
  }

  const rootPasts = new PastTable()
  rootPasts.add(0, 1)
  let level = new Map<number, NetworkNode>([[0, { rem: rows, pasts: rootPasts }]])
  for (let j = 0; j < c - 2; j++) {
    const following = new Map<number, NetworkNode>()
    for (const node of level.values()) {
      const open = openPasts(node, j)
      if (open.length === 0) continue
      const { rem } = node
      const complete = splits(rem, cols[j]!, logFact, entries, (cost) => {
        // remaining row totals, sorted descending (insertion sort into a reused buffer)
        for (let k = 0; k < r; k++) {
          const v = rem[k]! - entries[k]!
          let at = k
          while (at > 0 && next[at - 1]! < v) {
            next[at] = next[at - 1]!
            at--
          }
          next[at] = v
        }
        let key = 0
        for (let k = 0; k < r; k++) key = key * radix + next[k]!
        let child = following.get(key)
        if (child === undefined) {
          child = { rem: Float64Array.from(next), pasts: new PastTable() }
          following.set(key, child)
        }
        const step = Math.round(cost / PAST_RESOLUTION)
        for (let o = 0; o < open.length; o += 2) child.pasts.add(open[o]! + step, open[o + 1]!)
        work += 1 + open.length / 2
        return work <= budget
      })
      if (!complete) return { tooLarge: true }
    }
    level = following
  }

  // last two columns: each split of column c − 2 fixes column c − 1
  for (const node of level.values()) {
    const open = openPasts(node, c - 2)
    if (open.length === 0) continue
    const { rem } = node
    let count = 0
    const complete = splits(rem, cols[c - 2]!, logFact, entries, (cost) => {
      let future = cost
      for (let k = 0; k < r; k++) future += logFact[rem[k]! - entries[k]!]!
      if (count === futures.length) {
        const grown = new Float64Array(count * 2)
        grown.set(futures)
        futures = grown
      }
      futures[count++] = future
      return ++work <= budget
    })
    if (!complete) return { tooLarge: true }
    const sorted = futures.subarray(0, count).sort()
    // tail[k] = Σ_{m ≥ k} exp(sorted[0] − sorted[m]), summed from the smallest terms up
    const tail = new Float64Array(count + 1)
    for (let k = count - 1; k >= 0; k--) tail[k] = tail[k + 1]! + Math.exp(sorted[0]! - sorted[k]!)
    for (let o = 0; o < open.length; o += 2) {
      const past = open[o]! * PAST_RESOLUTION
      const paths = open[o + 1]!
      // tables count when constant − past − future ≤ threshold, i.e. future ≥ bound
      const bound = constant - past - threshold
      let lo = 0
      let hi = count
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (sorted[mid]! < bound) lo = mid + 1
        else hi = mid
      }
      sum += paths * tail[lo]! * Math.exp(constant - past - sorted[0]! - logObserved)
    }
    work += open.length / 2
  }
  return { p: Math.min(1, sum * Math.exp(logObserved)) }
}
