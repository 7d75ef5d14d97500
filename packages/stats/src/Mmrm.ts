import { Effect, Schema } from "effect"
import type {
  InsufficientData,
  InvalidArgument,
  ModelDidNotConverge,
  ModelNotEstimable,
  NonFiniteValue,
  ZeroVariance
} from "./Errors.js"
import type { Visits } from "./Input.js"
import { fitMmrm } from "./internal/mmrmFit.js"
import type { LongitudinalOptions } from "./internal/visitFit.js"
import { visitPatterns } from "./internal/visitPatterns.js"

/** Fields both longitudinal models report: the test over time, each visit against baseline, the visit means. */
export const VisitMeansFields = {
  f: Schema.Number,
  df1: Schema.Number,
  df2: Schema.Number,
  p: Schema.Number,
  diff: Schema.Array(Schema.Number),
  diffSe: Schema.Array(Schema.Number),
  diffDf: Schema.Array(Schema.Number),
  diffT: Schema.Array(Schema.Number),
  diffP: Schema.Array(Schema.Number),
  mean: Schema.Array(Schema.Number),
  meanSe: Schema.Array(Schema.Number),
  logLik: Schema.Number,
  nSubjects: Schema.Number,
  nObservations: Schema.Number
}

/** A mixed model for repeated measures: unstructured covariance over the visits, REML. */
export const MmrmResult = Schema.Struct({
  ...VisitMeansFields,
  /** Estimated k × k covariance of one subject's visits, row-major. */
  covariance: Schema.Array(Schema.Number)
})
export type MmrmResult = typeof MmrmResult.Type

/** Errors of the longitudinal models. */
export type LongitudinalError =
  | InsufficientData
  | InvalidArgument
  | NonFiniteValue
  | ZeroVariance
  | ModelNotEstimable
  | ModelDidNotConverge

/**
 * MMRM of long-format visits (one entry per observed visit; `time` 0 is baseline): visit means with an
 * unstructured covariance, fitted by REML, as R's `nlme::gls(y ~ factor(time), correlation =
 * corSymm(form = ~ 1 | subject), weights = varIdent(form = ~ 1 | factor(time)), method = "REML")`; degrees
 * of freedom N − k as nlme, or Satterthwaite's with `{ df: "satterthwaite" }`. One pass over the data;
 * the fit works on sums per missingness pattern.
 *
 * @example
 * // 8 patients (README): y, subject and time with one entry per attended visit
 * Effect.runSync(mmrm(y, subject, time))
 * // { f: 158.36, df1: 2, df2: 18, diff: [-2.785, -3.696], diffSe: [0.2537, 0.3069], covariance: [1.714, …], … }
 */
export const mmrm = (
  y: Visits,
  subject: Visits,
  time: Visits,
  options: LongitudinalOptions = {}
): Effect.Effect<MmrmResult, LongitudinalError> =>
  Effect.gen(function* () {
    const summary = yield* visitPatterns(y, subject, time)
    return yield* fitMmrm(summary, options)
  })
