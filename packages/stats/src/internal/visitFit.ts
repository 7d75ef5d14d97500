import { Effect } from "effect"
import { ModelDidNotConverge, ModelNotEstimable, ZeroVariance } from "../Errors.js"
import { choleskyInto } from "./cholesky.js"
import { maximize } from "./quasiNewton.js"
import { type RemlPoint, remlAt } from "./reml.js"
import { satterthwaite } from "./satterthwaite.js"
import type { VisitSummary } from "./visitPatterns.js"

/** A covariance model of a subject's k visits: Σ(θ) and the chain rule from ∂ℓ/∂Σ to ∂ℓ/∂θ. */
export interface CovarianceModel {
  readonly name: string
  readonly start: Float64Array
  readonly sigma: (theta: Float64Array) => Float64Array
  readonly chain: (theta: Float64Array, sigma: Float64Array, gradient: Float64Array) => Float64Array
  /** ∂Σ/∂θ_i, one k × k matrix per parameter (for Satterthwaite's df). */
  readonly derivatives: (theta: Float64Array) => Array<Float64Array>
}

/** Denominator degrees of freedom: nlme's (the default), or Satterthwaite's as lmerTest and the mmrm package. */
export type DegreesOfFreedom = "nlme" | "satterthwaite"

/** Options of the longitudinal models. */
export interface LongitudinalOptions {
  readonly df?: DegreesOfFreedom
}

/** The df to test with: nlme's `fixed` (the same for every contrast), or Satterthwaite's at the fit. */
export const denominatorDf = (
  summary: VisitSummary,
  model: CovarianceModel,
  fit: VisitFit,
  fixed: number,
  df: DegreesOfFreedom | undefined
): { readonly diffDf: ReadonlyArray<number>; readonly df2: number } =>
  df === "satterthwaite"
    ? satterthwaite(summary, model, fit.theta, fit.point.meanCovariance, model.derivatives)
    : { diffDf: Array.from({ length: summary.k - 1 }, () => fixed), df2: fixed }

/** The converged REML fit: parameters, Σ̂ and the fit of the visit means there. */
export interface VisitFit {
  readonly theta: Float64Array
  readonly sigma: Float64Array
  readonly point: RemlPoint
}

/**
 * Each time point's variance within the missingness patterns (around the pattern means), the scale
 * the optimizers start from and standardize by; fails when a time point has no spread at all.
 */
export const visitVariances = (
  summary: VisitSummary,
  model: string
): Effect.Effect<Float64Array, ZeroVariance> => {
  const { k, patterns } = summary
  const scatter = new Float64Array(k)
  const df = new Float64Array(k)
  for (const p of patterns)
    p.times.forEach((t, a) => {
      scatter[t]! += p.scatter[a * p.times.length + a]!
      df[t]! += p.subjects - 1
    })
  const variance = scatter.map((s, t) => (df[t]! > 0 ? s / df[t]! : 0))
  const positive = variance.filter((v) => v > 0)
  if (positive.length === 0) {
    return Effect.fail(
      new ZeroVariance({
        argument: "y",
        message: `${model}: y does not vary within any group of subjects attending the same visits, so no covariance can be estimated`
      })
    )
  }
  const fallback = positive.reduce((a, b) => a + b, 0) / positive.length
  return Effect.succeed(variance.map((v) => (v > 0 ? v : fallback)))
}

/** min_i of (Cholesky pivot i)² / Σ_ii: 1 − R² of each visit on the earlier ones; 0 when Σ is singular. */
const pivotRatio = (sigma: Float64Array, k: number): number => {
  const l = new Float64Array(k * k)
  if (choleskyInto(sigma, k, l) === Number.NEGATIVE_INFINITY) return 0
  let min = 1
  for (let i = 0; i < k; i++) min = Math.min(min, l[i * k + i]! ** 2 / sigma[i * k + i]!)
  return min
}

/** Maximizes the REML likelihood over θ; a fit that does not meet the convergence test is an error. */
export const fitVisits = (
  summary: VisitSummary,
  model: CovarianceModel
): Effect.Effect<VisitFit, ModelDidNotConverge | ModelNotEstimable> => {
  const objective = (theta: Float64Array) => {
    const sigma = model.sigma(theta)
    const point = remlAt(summary, sigma)
    return point === undefined
      ? undefined
      : { value: point.logLik, gradient: model.chain(theta, sigma, point.gradient) }
  }
  const max = maximize(objective, model.start)
  if (!Number.isNaN(max.value) && pivotRatio(model.sigma(max.theta), summary.k) < 1e-9) {
    return Effect.fail(
      new ModelNotEstimable({
        model: model.name,
        message: `${model.name}: the REML likelihood grows without bound as the covariance becomes singular (some visit is, to rounding, a linear function of the others, or does not vary within subjects)`
      })
    )
  }
  if (Number.isNaN(max.value)) {
    return Effect.fail(
      new ModelNotEstimable({
        model: model.name,
        message: `${model.name}: the starting covariance gives no finite REML likelihood (the visit means are not estimable)`
      })
    )
  }
  if (!max.converged) {
    return Effect.fail(
      new ModelDidNotConverge({
        model: model.name,
        iterations: max.iterations,
        relativeGradient: max.relativeGradient,
        message: `${model.name}: the REML fit did not converge after ${max.iterations} quasi-Newton iterations (relative gradient ${max.relativeGradient.toExponential(2)}); the covariance may be on the boundary (a variance near zero or a correlation near ±1)`
      })
    )
  }
  const sigma = model.sigma(max.theta)
  return Effect.succeed({ theta: max.theta, sigma, point: remlAt(summary, sigma)! })
}
