import { Cause, Effect, Either, Exit, Option } from "effect"
import { RuleViolation } from "../Errors.js"

/**
 * A check's steps run in order without a fiber while each is decided at once (an `Exit`, as
 * `Effect.fail`, `Effect.succeed` and `Effect.void` are): the first failure, or `Exit.void`. A step that is
 * not decided continues the rest as an Effect. The forms and the import run the same checks; the import
 * runs ≈ 8 a patient, and a fiber for each cost more than the checks themselves.
 */
export const steps = <const S extends ReadonlyArray<() => Effect.Effect<unknown, unknown>>>(
  ...all: S
): Effect.Effect<void, Effect.Effect.Error<ReturnType<S[number]>>> =>
  from(all, 0) as Effect.Effect<void, Effect.Effect.Error<ReturnType<S[number]>>>

const from = (
  all: ReadonlyArray<() => Effect.Effect<unknown, unknown>>,
  start: number
): Effect.Effect<void, unknown> => {
  for (let i = start; i < all.length; i++) {
    const step = all[i]!()
    if (!Exit.isExit(step)) return Effect.flatMap(step, () => from(all, i + 1))
    if (Exit.isFailure(step)) return Exit.failCause(step.cause)
  }
  return Exit.void
}

/** `Effect.mapError`, decided at once when `effect` is. */
export const mapErrorNow = <A, E, E2, R>(
  effect: Effect.Effect<A, E, R>,
  f: (e: E) => E2
): Effect.Effect<A, E2, R> =>
  Exit.isExit(effect) ? Exit.mapError(effect as Exit.Exit<A, E>, f) : Effect.mapError(effect, f)

/** `Effect.asVoid`, decided at once when `effect` is. */
export const voidNow = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<void, E, R> =>
  Exit.isExit(effect)
    ? Exit.isSuccess(effect)
      ? Exit.void
      : Exit.failCause((effect as Exit.Failure<A, E>).cause)
    : Effect.asVoid(effect)

const joined = (refused: ReadonlyArray<RuleViolation>): Effect.Effect<void, RuleViolation> =>
  refused.length === 0
    ? Exit.void
    : Exit.fail(
        refused.length === 1
          ? refused[0]!
          : new RuleViolation({
              message: refused.map((r) => r.message).join("; "),
              issues: refused.flatMap((r) => r.issues)
            })
      )

/**
 * Independent checks of one record, every refusal reported at once (one `RuleViolation` with all their
 * issues); decided without a fiber when each check is. A defect of any check stays a defect.
 */
export const together = <R>(
  checks: ReadonlyArray<Effect.Effect<unknown, RuleViolation, R>>
): Effect.Effect<void, RuleViolation, R> => {
  if (checks.every((c) => Exit.isExit(c))) {
    const exits = checks as ReadonlyArray<Exit.Exit<unknown, RuleViolation>>
    const refused: Array<RuleViolation> = []
    for (const exit of exits) {
      if (Exit.isSuccess(exit)) continue
      const failure = Cause.failureOption(exit.cause)
      if (Option.isNone(failure)) return Exit.failCause(exit.cause)
      refused.push(failure.value)
    }
    return joined(refused)
  }
  return Effect.flatMap(Effect.all(checks.map((c) => Effect.either(c))), (results) =>
    joined(results.flatMap((r) => (Either.isLeft(r) ? [r.left] : [])))
  )
}
