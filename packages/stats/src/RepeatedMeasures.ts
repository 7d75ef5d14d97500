import { Effect, Schema } from "effect"
import { fCdfUpper } from "./Distributions.js"
import { type InsufficientData, type NonFiniteValue, type RaggedMatrix, ZeroVariance } from "./Errors.js"
import type { Matrix } from "./Input.js"
import { rotatedMoments } from "./internal/helmert.js"
import { essentiallyConstant } from "./internal/moments.js"
import { matrixForOnePass, nonFiniteResult } from "./internal/onePass.js"
import { sphericity } from "./internal/sphericity.js"

/** One-way repeated-measures ANOVA with effect sizes, Mauchly's test and corrected p-values. */
export const RmAnovaResult = Schema.Struct({
  f: Schema.Number,
  df1: Schema.Number,
  df2: Schema.Number,
  p: Schema.Number,
  partialEta2: Schema.Number,
  generalizedEta2: Schema.Number,
  mauchlyW: Schema.NullOr(Schema.Number),
  mauchlyP: Schema.NullOr(Schema.Number),
  ggEpsilon: Schema.Number,
  hfEpsilon: Schema.NullOr(Schema.Number),
  pGG: Schema.Number,
  pHF: Schema.NullOr(Schema.Number)
})
export type RmAnovaResult = typeof RmAnovaResult.Type

/** Errors of a repeated-measures analysis. */
export type RmAnovaError = InsufficientData | NonFiniteValue | RaggedMatrix | ZeroVariance

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null)

/**
 * Repeated-measures ANOVA of n subjects (rows) × k conditions (columns), as R's
 * `aov(y ~ cond + Error(subj/cond))`, with sphericity as `mauchly.test` and
 * `anova.mlm(test = "Spherical")`. One pass over the data (a flat `Float64Array` is not copied); `hfEpsilon` is not capped (R caps it
 * only inside pHF). For k = 2 Mauchly's W and p are null and both epsilons are 1.
 *
 * @example
 * Effect.runSync(rmAnova([[7, 4, 3], [8, 5, 5], [6, 4, 2], [9, 6, 4]])) // { f: 54.8…, df1: 2, df2: 6, … }
 */
export const rmAnova = (data: Matrix): Effect.Effect<RmAnovaResult, RmAnovaError> =>
  Effect.flatMap(
    matrixForOnePass("data", data, 2, 2),
    (checked): Effect.Effect<RmAnovaResult, RmAnovaError> => {
      const { values, rows: n, columns: k } = checked
      const { mean, comoment } = rotatedMoments(values, k)
      const ssSubjects = comoment[0]!
      let ssCondition = 0
      let ssError = 0
      let sumSquares = n * mean[0]! ** 2 + ssSubjects
      for (let j = 1; j < k; j++) {
        ssCondition += n * mean[j]! ** 2
        ssError += comoment[j * k + j]!
        sumSquares += n * mean[j]! ** 2 + comoment[j * k + j]!
      }
      if (!Number.isFinite(sumSquares) || !Number.isFinite(ssError)) return nonFiniteResult("data", checked)
      const df1 = k - 1
      const df2 = (n - 1) * (k - 1)
      if (essentiallyConstant(Math.sqrt(ssError / df2 / n), Math.sqrt(sumSquares / (n * k)))) {
        return Effect.fail(
          new ZeroVariance({
            argument: "data",
            message:
              "the residual (subject × condition) variance is zero: every subject changes by the same amounts, so F is undefined"
          })
        )
      }
      const f = ssCondition / df1 / (ssError / df2)
      const p = fCdfUpper(f, df1, df2)
      const effect = {
        f,
        df1,
        df2,
        p,
        partialEta2: ssCondition / (ssCondition + ssError),
        generalizedEta2: ssCondition / (ssCondition + ssSubjects + ssError)
      }
      if (k === 2) {
        return Effect.succeed({
          ...effect,
          mauchlyW: null,
          mauchlyP: null,
          ggEpsilon: 1,
          hfEpsilon: 1,
          pGG: p,
          pHF: p
        })
      }
      const s = sphericity(comoment, k, n - 1)
      const hfCapped = Math.min(1, s.hfEpsilon)
      return Effect.succeed({
        ...effect,
        mauchlyW: s.mauchlyW,
        mauchlyP: s.mauchlyP,
        ggEpsilon: s.ggEpsilon,
        hfEpsilon: finiteOrNull(s.hfEpsilon),
        pGG: fCdfUpper(f, s.ggEpsilon * df1, s.ggEpsilon * df2),
        pHF: hfCapped > 0 ? fCdfUpper(f, hfCapped * df1, hfCapped * df2) : null
      })
    }
  )
