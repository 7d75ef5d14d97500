import { Effect, Schema } from "effect"
import { tQuantile } from "./Distributions.js"
import { type InsufficientData, type InvalidArgument, type NonFiniteValue, ZeroVariance } from "./Errors.js"
import type { Sample } from "./Input.js"
import { differenceMoments, essentiallyConstant, type Moments } from "./internal/moments.js"
import { overflow } from "./internal/onePass.js"
import { checkPairs } from "./internal/pairs.js"
import { tTwoSided } from "./internal/twoSided.js"

/** Paired t-test of `a − b`: statistic, degrees of freedom, two-sided p and the 95% CI of the mean difference. */
export const PairedTResult = Schema.Struct({
  t: Schema.Number,
  df: Schema.Number,
  p: Schema.Number,
  meanDiff: Schema.Number,
  ciLow: Schema.Number,
  ciHigh: Schema.Number
})
export type PairedTResult = typeof PairedTResult.Type

/** Errors of a paired comparison. */
export type PairedError = InsufficientData | NonFiniteValue | InvalidArgument | ZeroVariance

/**
 * Paired t-test of the differences `a[i] − b[i]`, as R's `t.test(a, b, paired = TRUE)`
 * (two-sided, 95% confidence interval of the mean difference).
 *
 * @example
 * Effect.runSync(pairedT([7, 8, 6, 9], [3, 5, 4, 4])) // { t: 5.42…, df: 3, p: 0.0123…, meanDiff: 3.5, … }
 */
export const pairedT = (a: Sample, b: Sample): Effect.Effect<PairedTResult, PairedError> =>
  Effect.flatMap(fusedDifferences(a, b), ({ n, mean, ss }) => {
    const df = n - 1
    const stderr = Math.sqrt(ss / df / n)
    if (essentiallyConstant(stderr, Math.abs(mean))) {
      return Effect.fail(
        new ZeroVariance({
          argument: "a − b",
          message: "the paired differences a[i] − b[i] are (essentially) constant, so t is undefined"
        })
      )
    }
    const t = mean / stderr
    const q = tQuantile(0.975, df)
    return Effect.succeed({
      t,
      df,
      p: tTwoSided(t, df),
      meanDiff: mean,
      ciLow: (t - q) * stderr,
      ciHigh: (t + q) * stderr
    })
  })

// Moments of a − b in two passes with no separate finiteness scan: NaN/±Infinity propagate into the
// sums, so the samples are scanned (and the bad value named) only when the moments are not finite.
const fusedDifferences = (a: Sample, b: Sample): Effect.Effect<Moments, PairedError> =>
  Effect.suspend(() => {
    const moments = a.length === b.length && a.length >= 2 ? differenceMoments(a, b) : undefined
    return moments !== undefined && Number.isFinite(moments.mean) && Number.isFinite(moments.ss)
      ? Effect.succeed(moments)
      : Effect.zipRight(checkPairs(a, b, 2), Effect.fail(overflow("a − b")))
  })
