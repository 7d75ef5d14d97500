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

/** Two-pass mean and centered sum of squares of the differences `a[i] − b[i]`, without allocating them. */
export const differenceMoments = (a: Sample, b: Sample): Moments =>
  a instanceof Float64Array && b instanceof Float64Array
    ? differenceMomentsTyped(a, b)
    : differenceMomentsAny(a, b)

// Two copies of one loop keep each call site monomorphic: typed arrays are the fast path.
const differenceMomentsTyped = (a: Float64Array, b: Float64Array): Moments => {
  const n = a.length
  let sum = 0
  for (let i = 0; i < n; i++) sum += a[i]! - b[i]!
  const mean = sum / n
  let ss = 0
  let drift = 0
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]! - mean
    ss += d * d
    drift += d
  }
  return { n, mean: mean + drift / n, ss: ss - (drift * drift) / n }
}

const differenceMomentsAny = (a: Sample, b: Sample): Moments => {
  const n = a.length
  let sum = 0
  for (let i = 0; i < n; i++) sum += a[i]! - b[i]!
  const mean = sum / n
  let ss = 0
  let drift = 0
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]! - mean
    ss += d * d
    drift += d
  }
  return { n, mean: mean + drift / n, ss: ss - (drift * drift) / n }
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
