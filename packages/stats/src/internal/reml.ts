import { choleskyInto, choleskyInverseInto, choleskySolve } from "./cholesky.js"
import type { VisitSummary } from "./visitPatterns.js"

/** The REML fit of the visit means for one covariance Σ of a subject's k visits. */
export interface RemlPoint {
  /** Restricted log-likelihood, as nlme reports it. */
  readonly logLik: number
  /** Generalized least-squares mean at each time point. */
  readonly mean: Float64Array
  /** Covariance of those means, (Σ_i X_i' Σ_i⁻¹ X_i)⁻¹, k × k. */
  readonly meanCovariance: Float64Array
  /** ∂ logLik / ∂Σ (every entry of Σ taken as free), k × k symmetric. */
  readonly gradient: Float64Array
}

const LOG_2PI = Math.log(2 * Math.PI)

/**
 * REML log-likelihood and its gradient at covariance `sigma` (k × k), from the per-pattern sufficient
 * statistics: with the saturated visit-mean model, −2ℓ = (N−k)·log 2π + Σ_i log|Σ_i| + log|X'V⁻¹X| + r'V⁻¹r,
 * and ∂ℓ/∂Σ_P = ½ W_P (R_P + n_P C_P − n_P Σ_P) W_P with W_P = Σ_P⁻¹, R_P the residual scatter and
 * C_P the pattern's block of (X'V⁻¹X)⁻¹. Undefined when Σ or X'V⁻¹X is not positive definite.
 */
export const remlAt = (summary: VisitSummary, sigma: Float64Array): RemlPoint | undefined => {
  const { k, patterns, observations } = summary
  const information = new Float64Array(k * k)
  const rhs = new Float64Array(k)
  const weights: Array<Float64Array> = []
  let logDetSum = 0
  for (const p of patterns) {
    const { times, subjects: n, mean } = p
    const m = times.length
    const block = new Float64Array(m * m)
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++) block[a * m + b] = sigma[times[a]! * k + times[b]!]!
    const l = new Float64Array(m * m)
    const logDet = choleskyInto(block, m, l)
    if (logDet === Number.NEGATIVE_INFINITY) return undefined
    const w = new Float64Array(m * m)
    choleskyInverseInto(l, m, w)
    weights.push(w)
    logDetSum += n * logDet
    for (let a = 0; a < m; a++) {
      let s = 0
      for (let b = 0; b < m; b++) {
        information[times[a]! * k + times[b]!]! += n * w[a * m + b]!
        s += w[a * m + b]! * mean[b]!
      }
      rhs[times[a]!]! += n * s
    }
  }
  const factor = new Float64Array(k * k)
  const logDetInformation = choleskyInto(information, k, factor)
  if (logDetInformation === Number.NEGATIVE_INFINITY) return undefined
  choleskySolve(factor, k, rhs)
  const meanCovariance = new Float64Array(k * k)
  choleskyInverseInto(factor, k, meanCovariance)
  const gradient = new Float64Array(k * k)
  let quadratic = 0
  patterns.forEach((p, index) => {
    const { times, subjects: n, mean, scatter } = p
    const m = times.length
    const w = weights[index]!
    const d = Float64Array.from(times, (t, a) => mean[a]! - rhs[t]!)
    // M = R_P + n C_P − n Σ_P, then W M W
    const middle = new Float64Array(m * m)
    for (let a = 0; a < m; a++) {
      for (let b = 0; b < m; b++) {
        const r = scatter[a * m + b]! + n * d[a]! * d[b]!
        quadratic += w[a * m + b]! * r
        const [ta, tb] = [times[a]! * k, times[b]!]
        middle[a * m + b] = r + n * (meanCovariance[ta + tb]! - sigma[ta + tb]!)
      }
    }
    const wm = new Float64Array(m * m)
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++) {
        let s = 0
        for (let c = 0; c < m; c++) s += w[a * m + c]! * middle[c * m + b]!
        wm[a * m + b] = s
      }
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++) {
        let s = 0
        for (let c = 0; c < m; c++) s += wm[a * m + c]! * w[c * m + b]!
        gradient[times[a]! * k + times[b]!]! += s / 2
      }
  })
  const logLik = -((observations - k) * LOG_2PI + logDetSum + logDetInformation + quadratic) / 2
  if (!Number.isFinite(logLik)) return undefined
  return { logLik, mean: rhs, meanCovariance, gradient }
}
