import { Effect } from "effect"
import { InsufficientData, NonFiniteValue } from "./Errors.js"

/** A sample: a plain array or a typed array of numbers. */
export type Sample = ReadonlyArray<number> | Float64Array

/** Checks that `x` holds at least `min` finite numbers. */
export const finiteSample = (
  argument: string,
  x: Sample,
  min: number
): Effect.Effect<Sample, InsufficientData | NonFiniteValue> => {
  if (x.length < min) {
    return Effect.fail(
      new InsufficientData({
        argument,
        required: min,
        received: x.length,
        message: `${argument} needs at least ${min} observations, got ${x.length}`
      })
    )
  }
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) {
      return Effect.fail(
        new NonFiniteValue({
          argument,
          index: i,
          message: `${argument}[${i}] is ${x[i]}; every value must be a finite number`
        })
      )
    }
  }
  return Effect.succeed(x)
}
