import { Effect, Schema } from "effect"
import { InsufficientData, NonFiniteValue, TooManyObservations, ZeroVariance } from "./Errors.js"
import type { Sample } from "./Input.js"
import { sortFloat64 } from "./internal/sortFloat64.js"
import { swilk } from "./internal/swilk.js"

/** Shapiro-Wilk normality test: the statistic W and its p-value. */
export const ShapiroWilkResult = Schema.Struct({ w: Schema.Number, p: Schema.Number })
export type ShapiroWilkResult = typeof ShapiroWilkResult.Type

/** Largest sample Royston's approximation (and R's `shapiro.test`) accepts. */
export const shapiroWilkMaxN = 5000

let scratch = new Float64Array(0)

type ShapiroWilkError = InsufficientData | TooManyObservations | NonFiniteValue | ZeroVariance

/**
 * Shapiro-Wilk test of normality, as R's `shapiro.test` (Royston 1995, AS R94); 3 ≤ n ≤ 5000.
 *
 * @example
 * Effect.runSync(shapiroWilk([2.1, 3.4, 1.9, 5.6, 4.4])) // { w: 0.93208…, p: 0.6107… }
 */
export const shapiroWilk = (x: Sample): Effect.Effect<ShapiroWilkResult, ShapiroWilkError> => {
  const n = x.length
  if (n < 3) {
    return Effect.fail(
      new InsufficientData({
        argument: "x",
        required: 3,
        received: n,
        message: `Shapiro-Wilk needs at least 3 observations in x, got ${n}`
      })
    )
  }
  if (n > shapiroWilkMaxN) {
    return Effect.fail(
      new TooManyObservations({
        argument: "x",
        allowed: shapiroWilkMaxN,
        received: n,
        message: `Shapiro-Wilk accepts at most ${shapiroWilkMaxN} observations in x, got ${n}`
      })
    )
  }
  // one scratch buffer for every call: W and p are plain numbers, nothing keeps a reference to it
  if (scratch.length < n) scratch = new Float64Array(shapiroWilkMaxN)
  const sorted = scratch.subarray(0, n)
  for (let i = 0; i < n; i++) {
    const v = x[i]!
    if (!Number.isFinite(v)) {
      return Effect.fail(
        new NonFiniteValue({
          argument: "x",
          index: [i],
          message: `x[${i}] is ${v}; every value must be a finite number`
        })
      )
    }
    sorted[i] = v
  }
  sortFloat64(sorted)
  const range = sorted[n - 1]! - sorted[0]!
  if (range === 0) {
    return Effect.fail(
      new ZeroVariance({
        argument: "x",
        message: `all ${n} values of x are identical (${sorted[0]}); W is undefined`
      })
    )
  }
  // as shapiro.test: rescale a tiny range so swilk.c does not reject it
  if (range < 1e-10) for (let i = 0; i < n; i++) sorted[i] = sorted[i]! / range
  return Effect.succeed(swilk(sorted))
}
