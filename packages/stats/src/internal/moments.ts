import type { Sample } from "../Input.js"

/** Mean and sum of squared deviations of a sample, by two passes (as R's `mean` and `var`). */
export interface Moments {
  readonly n: number
  readonly mean: number
  /** Σ (x − mean)². */
  readonly ss: number
}

/** Two-pass mean and centered sum of squares of `x`. */
export const moments = (x: Sample): Moments => {
  const n = x.length
  let sum = 0
  for (let i = 0; i < n; i++) sum += x[i]!
  const mean = sum / n
  let ss = 0
  let drift = 0
  for (let i = 0; i < n; i++) {
    const d = x[i]! - mean
    ss += d * d
    drift += d
  }
  // One correction step, as R does, moves the mean to the rounding-exact value.
  return { n, mean: mean + drift / n, ss: ss - (drift * drift) / n }
}

/**
 * Mean and centered sum of squares of the differences `a[i] − b[i]`, without allocating them: one
 * pass of sums shifted by the mean of the first differences, exact to ~1e-13 unless that shift is
 * far from the mean (then a second, two-pass sweep).
 */
export const differenceMoments = (a: Sample, b: Sample): Moments =>
  a instanceof Float64Array && b instanceof Float64Array ? differencesTyped(a, b) : differencesAny(a, b)

// Relative rounding error of a shifted sum of squares is about ε·(1 + n·shift²/ss); allow ε·1e3.
const shiftedOk = (n: number, shift: number, ss: number) => n * shift * shift <= 1e3 * ss

// Two copies of the same loops keep each call site monomorphic: typed arrays are the fast path.
const differencesTyped = (a: Float64Array, b: Float64Array): Moments => {
  const n = a.length
  const head = Math.min(n, 16)
  let k = 0
  for (let i = 0; i < head; i++) k += a[i]! - b[i]!
  k /= head
  let s1 = 0
  let s2 = 0
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]! - k
    s1 += d
    s2 += d * d
  }
  const shift = s1 / n
  const ss = s2 - s1 * shift
  if (shiftedOk(n, shift, ss)) return { n, mean: k + shift, ss }
  let drift = 0
  let exact = 0
  const mean = k + shift
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]! - mean
    exact += d * d
    drift += d
  }
  return { n, mean: mean + drift / n, ss: exact - (drift * drift) / n }
}

const differencesAny = (a: Sample, b: Sample): Moments => {
  const n = a.length
  const head = Math.min(n, 16)
  let k = 0
  for (let i = 0; i < head; i++) k += a[i]! - b[i]!
  k /= head
  let s1 = 0
  let s2 = 0
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]! - k
    s1 += d
    s2 += d * d
  }
  const shift = s1 / n
  const ss = s2 - s1 * shift
  if (shiftedOk(n, shift, ss)) return { n, mean: k + shift, ss }
  let drift = 0
  let exact = 0
  const mean = k + shift
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]! - mean
    exact += d * d
    drift += d
  }
  return { n, mean: mean + drift / n, ss: exact - (drift * drift) / n }
}

/** Two-pass moments of column `j` minus column `l` of a flat row-major matrix with `columns` columns. */
export const columnDifferenceMoments = (
  values: Float64Array,
  columns: number,
  j: number,
  l: number
): Moments => {
  const n = values.length / columns
  let sum = 0
  for (let i = 0; i < n; i++) sum += values[i * columns + j]! - values[i * columns + l]!
  const mean = sum / n
  let ss = 0
  let drift = 0
  for (let i = 0; i < n; i++) {
    const d = values[i * columns + j]! - values[i * columns + l]! - mean
    ss += d * d
    drift += d
  }
  return { n, mean: mean + drift / n, ss: ss - (drift * drift) / n }
}

/** R's `t.test` refusal: a standard error of zero, or below the rounding noise of the means (`scale`). */
export const essentiallyConstant = (stderr: number, scale: number): boolean =>
  !(stderr > 0) || stderr < 10 * Number.EPSILON * scale
