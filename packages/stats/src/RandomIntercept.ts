import { Effect, Schema } from "effect"
import type { Visits } from "./Input.js"
import { fitRandomIntercept } from "./internal/randomInterceptFit.js"
import type { LongitudinalOptions } from "./internal/visitFit.js"
import { visitPatterns } from "./internal/visitPatterns.js"
import { type LongitudinalError, VisitMeansFields } from "./Mmrm.js"

/** A random-intercept linear mixed model of the visit means, REML. */
export const RandomInterceptResult = Schema.Struct({
  ...VisitMeansFields,
  /** Residual (within-subject) standard deviation. */
  sigma: Schema.Number,
  /** Standard deviation of the subjects' random intercepts (0 when its REML estimate is on the boundary). */
  tau: Schema.Number
})
export type RandomInterceptResult = typeof RandomInterceptResult.Type

/**
 * Random-intercept model of long-format visits (one entry per observed visit; `time` 0 is baseline),
 * as R's `nlme::lme(y ~ factor(time), random = ~ 1 | subject, method = "REML")`: degrees of freedom
 * are nlme's within-subject (containment) df, N − subjects − (k − 1), or Satterthwaite's (as lmerTest) with
 * `{ df: "satterthwaite" }`. When the REML intercept variance
 * is on its boundary (no between-subject variance), `tau` is 0 and the fit is the ordinary one.
 *
 * @example
 * Effect.runSync(randomInterceptModel([7, 4, 3, 8, 5, 6, 4, 2, 9, 6], [1, 1, 1, 2, 2, 3, 3, 3, 4, 4], [0, 1, 2, 0, 1, 0, 1, 2, 0, 1]))
 * // { f: 111.28, df1: 2, df2: 4, diff: [-2.75, -4.165], sigma: 0.3390, tau: 1.0954, … } (nlme: the same)
 */
export const randomInterceptModel = (
  y: Visits,
  subject: Visits,
  time: Visits,
  options: LongitudinalOptions = {}
): Effect.Effect<RandomInterceptResult, LongitudinalError> =>
  Effect.gen(function* () {
    const summary = yield* visitPatterns(y, subject, time)
    return yield* fitRandomIntercept(summary, options)
  })
