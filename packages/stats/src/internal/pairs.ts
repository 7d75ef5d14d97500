import { Effect } from "effect"
import { type InsufficientData, InvalidArgument, type NonFiniteValue } from "../Errors.js"
import { finiteSample, type Sample } from "../Input.js"

/** Checks that `a` and `b` are finite, of equal length and hold at least `min` pairs. */
export const checkPairs = (
  a: Sample,
  b: Sample,
  min: number
): Effect.Effect<void, InsufficientData | NonFiniteValue | InvalidArgument> =>
  a.length !== b.length
    ? Effect.fail(
        new InvalidArgument({
          argument: "b",
          allowed: `a sample of the same length as a (${a.length})`,
          message: `paired samples must have equal lengths: a has ${a.length} values, b has ${b.length}`
        })
      )
    : Effect.zipRight(finiteSample("a", a, min), Effect.asVoid(finiteSample("b", b, min)))
