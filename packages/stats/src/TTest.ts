import { Effect, Schema } from "effect"
import { InsufficientData, InvalidArgument, NonFiniteValue, ZeroVariance } from "./Errors.js"
import { finiteSample, type Sample } from "./Input.js"
import { essentiallyConstant, moments } from "./internal/moments.js"
import { pooledMoments } from "./internal/pooledSamples.js"
import { tTwoSided } from "./internal/twoSided.js"

/** Two-sample t-test: statistic, degrees of freedom and two-sided p. */
export const TTestResult = Schema.Struct({ t: Schema.Number, df: Schema.Number, p: Schema.Number })
export type TTestResult = typeof TTestResult.Type

/** Errors of a two-sample t-test. */
export type TTestError = InsufficientData | NonFiniteValue | ZeroVariance | InvalidArgument

const result = (t: number, df: number): TTestResult => ({ t, df, p: tTwoSided(t, df) })

const constant = Effect.fail(
  new ZeroVariance({
    argument: "a, b",
    message: "both samples are (essentially) constant, so the standard error of the difference is zero"
  })
)

/**
 * Student's two-sample t-test with pooled variance, as R's `t.test(a, b, var.equal = TRUE)`.
 * Needs at least one value per sample and three in all.
 *
 * @example
 * Effect.runSync(studentT([5, 6, 7], [3, 4])) // { t: 3, df: 3, p: 0.0577… }
 */
export const studentT = (a: Sample, b: Sample): Effect.Effect<TTestResult, TTestError> =>
  Effect.gen(function* () {
    const [x, y] = yield* pooledMoments(a, b)
    const df = x.n + y.n - 2
    const stderr = Math.sqrt(((x.ss + y.ss) / df) * (1 / x.n + 1 / y.n))
    if (essentiallyConstant(stderr, Math.max(Math.abs(x.mean), Math.abs(y.mean)))) return yield* constant
    return result((x.mean - y.mean) / stderr, df)
  })

const welch = (
  mean1: number,
  var1: number,
  n1: number,
  mean2: number,
  var2: number,
  n2: number
): Effect.Effect<TTestResult, ZeroVariance> => {
  const se1 = var1 / n1
  const se2 = var2 / n2
  const stderr = Math.sqrt(se1 + se2)
  if (essentiallyConstant(stderr, Math.max(Math.abs(mean1), Math.abs(mean2)))) return constant
  const df = (se1 + se2) ** 2 / (se1 ** 2 / (n1 - 1) + se2 ** 2 / (n2 - 1))
  return Effect.succeed(result((mean1 - mean2) / stderr, df))
}

/**
 * Welch's unequal-variance t-test, as R's `t.test(a, b)` (Welch–Satterthwaite df).
 *
 * @example
 * Effect.runSync(welchT([5, 6, 7], [3, 4])) // { t: 3.27…, df: 2.88…, p: 0.0494… }
 */
export const welchT = (a: Sample, b: Sample): Effect.Effect<TTestResult, TTestError> =>
  Effect.gen(function* () {
    yield* finiteSample("a", a, 2)
    yield* finiteSample("b", b, 2)
    const x = moments(a)
    const y = moments(b)
    return yield* welch(x.mean, x.ss / (x.n - 1), x.n, y.mean, y.ss / (y.n - 1), y.n)
  })

const finite = (argument: string, value: number) =>
  Number.isFinite(value)
    ? Effect.void
    : Effect.fail(
        new NonFiniteValue({ argument, index: [], message: `${argument} is ${value}; it must be finite` })
      )

const sd = (argument: string, value: number) =>
  value >= 0
    ? finite(argument, value)
    : Effect.fail(
        new InvalidArgument({
          argument,
          allowed: "a standard deviation ≥ 0",
          message: `${argument} is ${value}; a standard deviation cannot be negative`
        })
      )

const size = (argument: string, value: number) =>
  !Number.isInteger(value)
    ? Effect.fail(
        new InvalidArgument({
          argument,
          allowed: "a whole number of subjects ≥ 2",
          message: `${argument} is ${value}; a sample size must be a whole number`
        })
      )
    : value < 2
      ? Effect.fail(
          new InsufficientData({
            argument,
            required: 2,
            received: value,
            message: `${argument} is ${value}; Welch's test needs at least 2 subjects per group`
          })
        )
      : Effect.void

/**
 * Welch's t-test from published summaries (mean, sd, n of each group), for re-analysing a paper.
 *
 * @example
 * Effect.runSync(welchTFromSummary(7.1, 1.7, 45, 4, 2.2, 47)) // { t: 7.58…, df: 86.2…, p: 3.6e-11 }
 */
export const welchTFromSummary = (
  mean1: number,
  sd1: number,
  n1: number,
  mean2: number,
  sd2: number,
  n2: number
): Effect.Effect<TTestResult, TTestError> =>
  Effect.gen(function* () {
    yield* finite("mean1", mean1)
    yield* sd("sd1", sd1)
    yield* size("n1", n1)
    yield* finite("mean2", mean2)
    yield* sd("sd2", sd2)
    yield* size("n2", n2)
    return yield* welch(mean1, sd1 * sd1, n1, mean2, sd2 * sd2, n2)
  })
