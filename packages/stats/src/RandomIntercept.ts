import { Effect, Schema } from "effect"
import { ModelNotEstimable } from "./Errors.js"
import type { Visits } from "./Input.js"
import { visitContrasts } from "./internal/visitContrasts.js"
import {
  type CovarianceModel,
  denominatorDf,
  fitVisits,
  type LongitudinalOptions,
  visitVariances
} from "./internal/visitFit.js"
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

const model = "randomInterceptModel"

/** Σ = s·(e^θ₀ I + e^θ₁ J): compound symmetry with within-subject variance e^θ₀·s and intercept variance e^θ₁·s. */
const compoundSymmetry = (k: number, scale: number, withIntercept: boolean): CovarianceModel => ({
  name: model,
  start: withIntercept ? Float64Array.of(Math.log(0.5), Math.log(0.5)) : Float64Array.of(0),
  sigma: (theta) => {
    const [within, between] = [scale * Math.exp(theta[0]!), withIntercept ? scale * Math.exp(theta[1]!) : 0]
    return Float64Array.from({ length: k * k }, (_, at) => between + (at % (k + 1) === 0 ? within : 0))
  },
  chain: (theta, _sigma, g) => {
    let [trace, total] = [0, 0]
    for (let at = 0; at < k * k; at++) {
      total += g[at]!
      if (at % (k + 1) === 0) trace += g[at]!
    }
    const within = scale * Math.exp(theta[0]!) * trace
    return withIntercept
      ? Float64Array.of(within, scale * Math.exp(theta[1]!) * total)
      : Float64Array.of(within)
  },
  derivatives: (theta) => {
    const identity = Float64Array.from({ length: k * k }, (_, at) =>
      at % (k + 1) === 0 ? scale * Math.exp(theta[0]!) : 0
    )
    return withIntercept ? [identity, new Float64Array(k * k).fill(scale * Math.exp(theta[1]!))] : [identity]
  }
})

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
    const { k, observations: n, subjects } = summary
    const df = n - subjects - (k - 1)
    if (df < 1 || subjects < 2) {
      return yield* new ModelNotEstimable({
        model,
        message: `${model}: ${n} visits of ${subjects} subjects leave ${df} within-subject degrees of freedom for ${k} visit means; the residual and intercept variances cannot be separated`
      })
    }
    const variances = yield* visitVariances(summary, model)
    const scale = variances.reduce((a, b) => a + b, 0) / k
    let covariance = compoundSymmetry(k, scale, true)
    let fit = yield* fitVisits(summary, covariance)
    let [within, between] = [fit.sigma[0]! - fit.sigma[1]!, fit.sigma[1]!]
    if (between < 1e-8 * within) {
      // ℓ decreases into τ² > 0 from the ordinary fit: the REML maximum is on the boundary τ = 0
      const ordinary = compoundSymmetry(k, scale, false)
      const boundary = yield* fitVisits(summary, ordinary)
      let slope = 0
      for (const g of boundary.point.gradient) slope += g
      if (slope <= 0) {
        fit = boundary
        covariance = ordinary
        ;[within, between] = [boundary.sigma[0]!, 0]
      }
    }
    return {
      ...visitContrasts(
        fit.point.mean,
        fit.point.meanCovariance,
        k,
        denominatorDf(summary, covariance, fit, df, options.df)
      ),
      logLik: fit.point.logLik,
      nSubjects: subjects,
      nObservations: n,
      sigma: Math.sqrt(within),
      tau: Math.sqrt(between)
    }
  })
