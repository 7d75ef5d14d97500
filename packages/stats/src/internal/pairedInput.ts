import { Effect } from "effect"
import { type InsufficientData, InvalidArgument, type NonFiniteValue } from "../Errors.js"
import { finiteSample, type Sample } from "../Input.js"

/** Checks two finite samples of the same length (at least `min` pairs). */
export const finitePairs = (
  a: Sample,
  b: Sample,
  min: number
): Effect.Effect<readonly [Sample, Sample], InsufficientData | NonFiniteValue | InvalidArgument> =>
  Effect.flatMap(finiteSample("a", a, min), (a) =>
    Effect.flatMap(finiteSample("b", b, min), (b) =>
      a.length === b.length
        ? Effect.succeed([a, b] as const)
        : Effect.fail(
            new InvalidArgument({
              argument: "b",
              allowed: `a sample paired with a: ${a.length} values`,
              message: `a has ${a.length} values but b has ${b.length}; paired samples need one value each per subject`
            })
          )
    )
  )
