import { Effect } from "effect"
import { ModelNotEstimable } from "../Errors.js"
import type { LongitudinalError } from "../Mmrm.js"
import type { RandomInterceptResult } from "../RandomIntercept.js"
import { visitContrasts } from "./visitContrasts.js"
import {
  type CovarianceModel,
  denominatorDf,
  fitVisits,
  type LongitudinalOptions,
  visitVariances
} from "./visitFit.js"
import type { VisitSummary } from "./visitPatterns.js"

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

/** The random-intercept fit of visits already reduced to missingness patterns (τ = 0 on the boundary). */
export const fitRandomIntercept = (
  summary: VisitSummary,
  options: LongitudinalOptions
): Effect.Effect<RandomInterceptResult, LongitudinalError> =>
  Effect.gen(function* () {
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
