import { Effect, Schema } from "effect"
import type { InsufficientData, NonFiniteValue } from "./Errors.js"
import { finiteSample, type Sample } from "./Input.js"

/** Summary of one sample: sd with n − 1, quartiles as R's `quantile(type = 7)`. */
export const Description = Schema.Struct({
  n: Schema.Number,
  mean: Schema.Number,
  sd: Schema.NullOr(Schema.Number),
  median: Schema.Number,
  q1: Schema.Number,
  q3: Schema.Number,
  min: Schema.Number,
  max: Schema.Number
})
export type Description = typeof Description.Type

/** Quantile of sorted data by R's type 7 (linear interpolation between order statistics). */
export const quantileSorted = (sorted: Float64Array, prob: number): number => {
  const h = (sorted.length - 1) * prob
  const lo = Math.floor(h)
  const hi = Math.min(lo + 1, sorted.length - 1)
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!)
}

/**
 * Mean, standard deviation, quartiles and range of a sample.
 *
 * @example
 * Effect.runSync(describe([7, 8, 6, 9])) // { n: 4, mean: 7.5, sd: 1.29…, median: 7.5, … }
 */
export const describe = (x: Sample): Effect.Effect<Description, InsufficientData | NonFiniteValue> =>
  Effect.map(finiteSample("x", x, 1), (sample) => {
    const n = sample.length
    let mean = 0
    for (let i = 0; i < n; i++) mean += (sample[i]! - mean) / (i + 1)
    let ss = 0
    for (let i = 0; i < n; i++) ss += (sample[i]! - mean) ** 2
    const sorted = Float64Array.from(sample).sort()
    return {
      n,
      mean,
      sd: n > 1 ? Math.sqrt(ss / (n - 1)) : null,
      median: quantileSorted(sorted, 0.5),
      q1: quantileSorted(sorted, 0.25),
      q3: quantileSorted(sorted, 0.75),
      min: sorted[0]!,
      max: sorted[n - 1]!
    }
  })
