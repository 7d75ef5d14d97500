import type { Random } from "./random.js"
import { swapRows, tradable } from "./rows.js"

/** Running sums per (group, feature): what every calibration target is computed from. */
export interface Sums {
  readonly features: number
  readonly count: Float64Array
  readonly sum: Float64Array
  readonly sumSq: Float64Array
}

/** Mean of `feature` in `group`. */
export const mean = (s: Sums, group: number, feature: number): number =>
  s.sum[group * s.features + feature]! / s.count[group]!

/** Sample SD (n − 1) of `feature` in `group`. */
export const sd = (s: Sums, group: number, feature: number): number => {
  const n = s.count[group]!
  const k = group * s.features + feature
  const sum = s.sum[k]!
  return Math.sqrt(Math.max(0, (s.sumSq[k]! - (sum * sum) / n) / (n - 1)))
}

/** Sum of `feature` in `group` (a count, for 0/1 features). */
export const total = (s: Sums, group: number, feature: number): number => s.sum[group * s.features + feature]!

/** One calibration target: a cell of a table, its acceptable interval and its weight. */
export interface Target {
  readonly path: string
  readonly measure: (s: Sums) => number
  /** Acceptable interval [lo, hi] (the printed value ± half a unit of its last digit). */
  readonly lo: number
  readonly hi: number
  /** Distance outside the interval is counted in these units. */
  readonly unit: number
  readonly weight: number
}

/** Penalty of one target: weighted distance outside its interval, in units. */
export const penalty = (t: Target, value: number): number =>
  Number.isNaN(value)
    ? t.weight * 100
    : value < t.lo
      ? (t.weight * (t.lo - value)) / t.unit
      : value > t.hi
        ? (t.weight * (value - t.hi)) / t.unit
        : 0

/**
 * Integer columns per patient (n × columns, row-major) with per-cell bounds, the groups each
 * patient belongs to, and the features a row contributes to the sums.
 */
export interface Block {
  readonly n: number
  readonly columns: number
  readonly values: Int32Array
  readonly lo: Int32Array
  readonly hi: Int32Array
  readonly groups: number
  /** n × memberships: the global group indices of each patient. */
  readonly memberOf: Int32Array
  readonly memberships: number
  readonly features: number
  readonly feature: (patient: number, values: Int32Array, out: Float64Array) => void
  readonly targets: ReadonlyArray<Target>
  /** Largest single step of a value (steps are ±1…±maxStep). */
  readonly maxStep: number
}

/** The sums of a block's current values. */
export const makeSums = (b: Block): Sums => {
  const sums = {
    features: b.features,
    count: new Float64Array(b.groups),
    sum: new Float64Array(b.groups * b.features),
    sumSq: new Float64Array(b.groups * b.features)
  }
  const out = new Float64Array(b.features)
  for (let i = 0; i < b.n; i++) contribute(b, sums, i, out, 1, true)
  return sums
}

const contribute = (b: Block, s: Sums, i: number, out: Float64Array, sign: number, counting = false) => {
  b.feature(i, b.values, out)
  for (let m = 0; m < b.memberships; m++) {
    const g = b.memberOf[i * b.memberships + m]!
    if (counting) s.count[g]! += 1
    const base = g * b.features
    for (let f = 0; f < b.features; f++) {
      const v = out[f]!
      s.sum[base + f]! += sign * v
      s.sumSq[base + f]! += sign * v * v
    }
  }
}

/** Total weighted penalty of a block's targets at the current sums. */
export const objective = (b: Block, s: Sums): number => {
  let p = 0
  for (const t of b.targets) p += penalty(t, t.measure(s))
  return p
}

/**
 * Simulated annealing over the block's integer values: single steps and swaps of one column
 * between two patients (which keep the column's distribution and move the correlations), and,
 * with probability `rowTrades`, two patients trading whole rows (which keeps every all-patient
 * figure and moves only the groups the two belong to).
 * Leaves the best state found in `b.values` and returns its sums.
 */
export const anneal = (
  b: Block,
  random: Random,
  iterations: number,
  startTemperature = 1,
  rowTrades = 0
): Sums => {
  const s = makeSums(b)
  const out = new Float64Array(b.features)
  let current = objective(b, s)
  let best = current
  const bestValues = Int32Array.from(b.values)
  const cooling = (1e-3 / startTemperature) ** (1 / iterations)
  let temperature = startTemperature
  // Set values[k] (and values[l]) of patients i (and j), keeping the sums current.
  const move = (i: number, j: number, k: number, v: number, l: number, w: number, row: boolean) => {
    contribute(b, s, i, out, -1)
    if (j !== i) contribute(b, s, j, out, -1)
    if (row) swapRows(b, i, j)
    else {
      b.values[l] = w // l = k for a single step: v wins
      b.values[k] = v
    }
    contribute(b, s, i, out, 1)
    if (j !== i) contribute(b, s, j, out, 1)
  }
  for (let it = 0; it < iterations && best > 0; it++, temperature *= cooling) {
    const row = rowTrades > 0 && random.next() < rowTrades
    const i = random.int(b.n)
    const c = row ? 0 : random.int(b.columns)
    const k = i * b.columns + c
    const u = row ? 0 : random.next()
    // A pair move: swap two patients' values (keeps the column's distribution) or move one unit
    // from one to the other (keeps its mean); both reshape SDs, subgroups and correlations.
    const swap = row || (b.n > 1 && u < 0.6)
    const j = swap ? random.int(b.n) : i
    const l = j * b.columns + c
    const old = b.values[k]!
    const oldJ = b.values[l]!
    let proposed = old
    let proposedJ = oldJ
    if (row) {
      if (j === i || !tradable(b, i, j)) continue
    } else if (swap) {
      if (j === i) continue
      if (u < 0.3) {
        proposed = oldJ
        proposedJ = old
      } else {
        const unit = random.next() < 0.5 ? 1 : -1
        proposed = old + unit
        proposedJ = oldJ - unit
      }
      if (
        proposed === old ||
        proposed < b.lo[k]! ||
        proposed > b.hi[k]! ||
        proposedJ < b.lo[l]! ||
        proposedJ > b.hi[l]!
      )
        continue
    } else {
      const step = 1 + random.int(b.maxStep)
      proposed = old + (random.next() < 0.5 ? -step : step)
      if (proposed < b.lo[k]! || proposed > b.hi[k]!) continue
    }
    move(i, j, k, proposed, l, proposedJ, row)
    const next = objective(b, s)
    if (next <= current || random.next() < Math.exp((current - next) / temperature)) {
      current = next
      if (next < best) {
        best = next
        bestValues.set(b.values)
      }
    } else move(i, j, k, old, l, oldJ, row)
  }
  b.values.set(bestValues)
  return makeSums(b)
}
