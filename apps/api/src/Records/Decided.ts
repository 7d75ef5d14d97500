import { Effect, Exit } from "effect"

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
