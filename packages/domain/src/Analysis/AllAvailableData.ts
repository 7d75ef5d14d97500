import * as Stats from "@cryoreg/stats"
import { Effect, Schema } from "effect"
import { type Cell, notComputed, refusal, whenFinite } from "./Cell.js"
import { formatP } from "./Format.js"
import { round } from "./Printed.js"
import { PValue } from "./Published.js"
import { type Measure, reason, who } from "./Reason.js"
import { type LabelledTest, notComputedTest } from "./Tests.js"

/** A change from baseline estimated by the mixed model: estimate, 95 % confidence interval and p. */
export const ModelledChange = Schema.Struct({
  estimate: Schema.Number,
  ciLow: Schema.Number,
  ciHigh: Schema.Number,
  p: PValue
})
export type ModelledChange = typeof ModelledChange.Type

/**
 * The "all available data (MMRM)" row of Tables 2–3: estimated means and changes from baseline from
 * every attended visit, beside the complete-case repeated-measures ANOVA.
 */
export const AllAvailableData = Schema.Struct({
  label: Schema.Literal("all available data (MMRM)"),
  analysis: Schema.String,
  /** Patients with at least one visit, and the visits the model used. */
  patients: Schema.Number,
  visits: Schema.Number,
  /** Patients with all three visits: those the repeated-measures ANOVA keeps. */
  completePatients: Schema.Number,
  baseline: Schema.Number,
  m3: Schema.Number,
  m6: Schema.Number,
  changeM3: ModelledChange,
  changeM6: ModelledChange,
  /** Test of equal means over time (Wald F, nlme's N − k denominator df). */
  timeP: PValue
})
export type AllAvailableData = typeof AllAvailableData.Type

/** Patients who attended all three visits (NaN = missed). */
const completePatients = (x: Float64Array): number => {
  let complete = 0
  for (let i = 0; i < x.length; i += 3)
    if (!(Number.isNaN(x[i]!) || Number.isNaN(x[i + 1]!) || Number.isNaN(x[i + 2]!))) complete++
  return complete
}

/**
 * Patients with a follow-up visit (3 or 6 months) below which the mixed models are not fitted: with fewer,
 * the unstructured covariance cannot be estimated, and finding that out takes the fit a second per scale.
 */
export const mixedModelMinPatients = 5

/** Patients with a value at 3 or 6 months. */
const followedUp = (x: Float64Array): number => {
  let k = 0
  for (let i = 0; i < x.length; i += 3) if (!(Number.isNaN(x[i + 1]!) && Number.isNaN(x[i + 2]!))) k++
  return k
}

/**
 * MMRM (unstructured covariance, REML, as nlme::gls) and the random-intercept model of one scale over
 * baseline, 3 and 6 months, on every attended visit; the row for Tables 2–3 and both tests, labelled.
 */
export const allAvailableData = (
  x: Float64Array,
  name: string,
  decimals: number
): Effect.Effect<{ row: Cell<AllAvailableData>; tests: Record<string, LabelledTest> }> =>
  Effect.catchAll(
    followedUp(x) < mixedModelMinPatients ? Effect.fail(null) : fitModels(x, name, decimals),
    (e) => {
      const k = followedUp(x)
      const followUp = who(name as Measure, "m3OrM6")
      const why =
        e === null
          ? reason("mixedModelTooFew", { n: k, who: followUp, needed: mixedModelMinPatients })
          : refusal("mixedModel", k, followUp)(e)
      return Effect.succeed({
        row: notComputed(why),
        tests: {
          [`${name}.mmrm`]: notComputedTest(
            `${name}: effect of time, all available data`,
            "MMRM, unstructured covariance, REML",
            why
          ),
          [`${name}.randomIntercept`]: notComputedTest(
            `${name}: effect of time, all available data, random intercept`,
            "linear mixed model with a random intercept per patient, REML",
            why
          )
        }
      })
    }
  )

const fitModels = (x: Float64Array, name: string, decimals: number) =>
  Effect.gen(function* () {
    const complete = completePatients(x)
    const { mmrm, randomIntercept: intercept } = yield* Stats.longitudinalModels({ values: x, columns: 3 })
    const missing = mmrm.nObservations < 3 * mmrm.nSubjects
    const q = Stats.tQuantile(0.975, mmrm.df2)
    const change = (j: number): ModelledChange => ({
      estimate: round(mmrm.diff[j]!, decimals),
      ciLow: round(mmrm.diff[j]! - q * mmrm.diffSe[j]!, decimals),
      ciHigh: round(mmrm.diff[j]! + q * mmrm.diffSe[j]!, decimals),
      p: formatP(mmrm.diffP[j]!)
    })
    const used = `${mmrm.nSubjects} patients, ${mmrm.nObservations} visits (${complete} with all three)`
    const row: AllAvailableData = {
      label: "all available data (MMRM)",
      analysis: missing
        ? "MMRM, unstructured covariance, REML: the appropriate analysis when visits are missing (uses every attended visit)"
        : "MMRM, unstructured covariance, REML: every patient attended every visit, so it uses the same data as the repeated-measures ANOVA",
      patients: mmrm.nSubjects,
      visits: mmrm.nObservations,
      completePatients: complete,
      baseline: round(mmrm.mean[0]!, decimals),
      m3: round(mmrm.mean[1]!, decimals),
      m6: round(mmrm.mean[2]!, decimals),
      changeM3: change(0),
      changeM6: change(1),
      timeP: formatP(mmrm.p)
    }
    const tests: Record<string, LabelledTest> = {
      [`${name}.mmrm`]: {
        label: `${name}: effect of time, all available data`,
        test: missing
          ? "MMRM, unstructured covariance, REML (appropriate: visits are missing)"
          : "MMRM, unstructured covariance, REML (no visit missing)",
        statistic: mmrm.f,
        df: mmrm.df1,
        p: mmrm.p,
        note: `df ${mmrm.df1}, ${mmrm.df2}; ${used}`
      },
      [`${name}.randomIntercept`]: {
        label: `${name}: effect of time, all available data, random intercept`,
        test: "linear mixed model with a random intercept per patient, REML (assumes compound symmetry, like the uncorrected rmANOVA)",
        statistic: intercept.f,
        df: intercept.df1,
        p: intercept.p,
        note: `df ${intercept.df1}, ${intercept.df2}; sigma ${intercept.sigma}, tau ${intercept.tau}; ${used}`
      }
    }
    return {
      row: whenFinite(row, () => reason("mixedModelUndefined", {})),
      tests
    }
  })
