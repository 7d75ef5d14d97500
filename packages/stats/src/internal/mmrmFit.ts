import { Effect } from "effect"
import { ModelNotEstimable } from "../Errors.js"
import type { LongitudinalError, MmrmResult } from "../Mmrm.js"
import { visitContrasts } from "./visitContrasts.js"
import {
  type CovarianceModel,
  denominatorDf,
  fitVisits,
  type LongitudinalOptions,
  visitVariances
} from "./visitFit.js"
import type { VisitSummary } from "./visitPatterns.js"

const model = "mmrm"

/** Σ = S L L' S with S the start's standard deviations; θ = L's lower triangle, its diagonal as logs. */
const unstructured = (k: number, scale: Float64Array): CovarianceModel => {
  const sd = scale.map(Math.sqrt)
  const lower = (theta: Float64Array) => {
    const l = new Float64Array(k * k)
    for (let i = 0, at = 0; i < k; i++)
      for (let j = 0; j <= i; j++, at++) l[i * k + j] = i === j ? Math.exp(theta[at]!) : theta[at]!
    return l
  }
  return {
    name: model,
    start: new Float64Array((k * (k + 1)) / 2),
    sigma: (theta) => {
      const l = lower(theta)
      const sigma = new Float64Array(k * k)
      for (let i = 0; i < k; i++)
        for (let j = 0; j <= i; j++) {
          let s = 0
          for (let r = 0; r <= j; r++) s += l[i * k + r]! * l[j * k + r]!
          sigma[i * k + j] = sigma[j * k + i] = s * sd[i]! * sd[j]!
        }
      return sigma
    },
    chain: (theta, _sigma, g) => {
      // ∂ℓ/∂L = 2 (S G S) L, then d L_ii / d θ = L_ii on the diagonal
      const l = lower(theta)
      const out = new Float64Array(theta.length)
      for (let i = 0, at = 0; i < k; i++)
        for (let j = 0; j <= i; j++, at++) {
          let s = 0
          for (let r = j; r < k; r++) s += g[i * k + r]! * sd[i]! * sd[r]! * l[r * k + j]!
          out[at] = 2 * s * (i === j ? l[i * k + i]! : 1)
        }
      return out
    },
    derivatives: (theta) => {
      // ∂Σ/∂L_ij = S (E_ij L' + L E_ji) S, times L_ii for a log diagonal
      const l = lower(theta)
      const out: Array<Float64Array> = []
      for (let i = 0; i < k; i++)
        for (let j = 0; j <= i; j++) {
          const d = new Float64Array(k * k)
          const scale = i === j ? l[i * k + i]! : 1
          for (let r = 0; r < k; r++) {
            d[i * k + r]! += l[r * k + j]! * scale * sd[i]! * sd[r]!
            d[r * k + i]! += l[r * k + j]! * scale * sd[i]! * sd[r]!
          }
          out.push(d)
        }
      return out
    }
  }
}

/** Every pair of time points must be attended together by someone, or their covariance is not identified. */
const unpairedVisits = (summary: VisitSummary): readonly [number, number] | undefined => {
  const { k, patterns } = summary
  const together = new Uint8Array(k * k)
  for (const { times } of patterns) for (const a of times) for (const b of times) together[a * k + b] = 1
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) if (together[a * k + b] === 0) return [a, b]
  return undefined
}

/** The MMRM fit of visits already reduced to missingness patterns. */
export const fitMmrm = (
  summary: VisitSummary,
  options: LongitudinalOptions
): Effect.Effect<MmrmResult, LongitudinalError> =>
  Effect.gen(function* () {
    const { k, observations: n } = summary
    if (n - k < 1) {
      return yield* new ModelNotEstimable({
        model,
        message: `${model}: ${n} observations leave no residual degrees of freedom for ${k} visit means`
      })
    }
    const unpaired = unpairedVisits(summary)
    if (unpaired !== undefined) {
      return yield* new ModelNotEstimable({
        model,
        message: `${model}: no subject attended both time ${unpaired[0]} and time ${unpaired[1]}, so their covariance cannot be estimated`
      })
    }
    const scale = yield* visitVariances(summary, model)
    const covariance = unstructured(k, scale)
    const fit = yield* fitVisits(summary, covariance)
    const df = denominatorDf(summary, covariance, fit, n - k, options.df)
    return {
      ...visitContrasts(fit.point.mean, fit.point.meanCovariance, k, df),
      logLik: fit.point.logLik,
      nSubjects: summary.subjects,
      nObservations: n,
      covariance: Array.from(fit.sigma)
    }
  })
