import * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import type * as Analgesics from "../Analgesics.js"
import type { PatientRecord } from "../Model/PatientRecord.js"
import type { Protocol } from "../Protocol.js"
import { type AllAvailableData, allAvailableData } from "./AllAvailableData.js"
import { analgesicTable } from "./AnalgesicTable.js"
import { type Cell, computed, fromEither, map, notComputed, refusal, whenFinite } from "./Cell.js"
import { meanSd, type StudyColumns } from "./Columns.js"
import { missingAt, type ReportCoverage } from "./Coverage.js"
import { extract, extractRows } from "./Extract.js"
import { count, pct } from "./Format.js"
import { scaleOverTime } from "./Outcomes.js"
import { round } from "./Printed.js"
import { type Quantity, reason, who } from "./Reason.js"
import type { ReportTables } from "./ReportTables.js"
import * as Responders from "./Responders.js"
import type { StudyRow, StudyRowSource } from "./StudyRow.js"
import { subgroups } from "./Subgroups.js"
import { type LabelledTest, labelledOrNot } from "./Tests.js"

export { AllAvailableData, ModelledChange } from "./AllAvailableData.js"
export { type CompleteStudyReport, completeReport, ReportIncomplete } from "./CompleteReport.js"
export { ReportCoverage, ScaleCoverage } from "./Coverage.js"

/**
 * Tables 1–10 computed from patient records (the paper's layout), with every test labelled; Tables 2
 * and 3 also carry the "all available data (MMRM)" row of each scale beside the repeated-measures ANOVA.
 */
export interface StudyReport extends ReportTables {
  readonly cohort: { readonly n: number }
  /** How many patients each figure uses, per table, and how many a missing visit left out. */
  readonly coverage: ReportCoverage
  readonly table2: ReportTables["table2"] & {
    readonly allAvailableData: { readonly nrs: Cell<AllAvailableData>; readonly vas: Cell<AllAvailableData> }
  }
  readonly table3: ReportTables["table3"] & {
    readonly allAvailableData: { readonly odi: Cell<AllAvailableData> }
  }
  /** Every test; one not computed has no statistic and says why in its note ("not computed: …"). */
  readonly tests: Readonly<Record<string, LabelledTest>>
}

const range = (x: Float64Array): readonly [number, number] => {
  let [min, max] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]
  for (let i = 0; i < x.length; i++) {
    min = Math.min(min, x[i]!)
    max = Math.max(max, x[i]!)
  }
  return [min, max]
}

/** Baseline and time point `t` of the patients measured at both (Cohen's d beside the change from baseline). */
const pairedColumns = (x: Float64Array, t: number): [Float64Array, Float64Array] => {
  let n = 0
  for (let i = 0; i < x.length; i += 3) if (!(Number.isNaN(x[i]!) || Number.isNaN(x[i + t]!))) n++
  const [from, to] = [new Float64Array(n), new Float64Array(n)]
  for (let i = 0, k = 0; i < x.length; i += 3)
    if (!(Number.isNaN(x[i]!) || Number.isNaN(x[i + t]!))) {
      from[k] = x[i]!
      to[k++] = x[i + t]!
    }
  return [from, to]
}

/** Table 2's layout of one pain scale: means ± SD over time and the change from baseline. */
const painRow = (scale: {
  readonly means: ReadonlyArray<Cell<readonly [number, number]>>
  readonly change: ReadonlyArray<Cell<number>>
  readonly changePct: ReadonlyArray<Cell<number>>
}) => ({
  baseline: scale.means[0]!,
  m3: scale.means[1]!,
  m6: scale.means[2]!,
  changeM3: scale.change[0]!,
  changeM3Pct: scale.changePct[0]!,
  changeM6: scale.change[1]!,
  changeM6Pct: scale.changePct[1]!
})

/**
 * Computes the study's Tables 1–10 from patient-level records: descriptives, rmANOVA with
 * Bonferroni post hoc and Cohen's d_av, chi-square as published beside McNemar, sphericity and
 * normality with their alternatives, and the subgroup tests. Each cell is computed on its own: a cell
 * the patients cannot give (a test refused, a mean of nobody) is `NotComputed` with the reason in words,
 * and the report fails only on a drug it cannot classify. `allComputed` gives the all-or-nothing tables.
 */
export const studyReport = (
  records: ReadonlyArray<PatientRecord>,
  protocol: Protocol
): Effect.Effect<StudyReport, Analgesics.UnclassifiedAnalgesic> =>
  Effect.flatMap(extract(records, protocol), (c) => reportOf(c, protocol))

/** The same tables from the patients' study rows (`studyRowOf` of each record, in the same order). */
export const studyReportOfRows = (
  rows: ReadonlyArray<StudyRow> | StudyRowSource,
  protocol: Protocol
): Effect.Effect<StudyReport, Analgesics.UnclassifiedAnalgesic> =>
  Effect.flatMap(extractRows(rows, protocol), (c) => reportOf(c, protocol))

const noPatient = reason("noTreatedPatient", {})

/** A mean or an SD over every patient (`quantity`: the age): an SD needs two patients. */
const overAll = (value: number, n: number, quantity: Quantity, sd = false): Cell<number> =>
  n === 0
    ? notComputed(noPatient)
    : sd && n === 1
      ? notComputed(reason("sdNeedsTwo", { quantity }))
      : whenFinite(value, () => reason("summaryUndefined", { quantity, statistic: sd ? "sd" : "mean" }))

const reportOf = (c: StudyColumns, protocol: Protocol): Effect.Effect<StudyReport> =>
  Effect.gen(function* () {
    const n = c.n
    const counted = (k: number) => (n === 0 ? notComputed(noPatient) : computed(k))
    const share = (k: number) => ({
      n: counted(k),
      pct: n === 0 ? notComputed(noPatient) : computed(pct(k, n))
    })
    const age = meanSd(c.age)
    const months = meanSd(c.symptomMonths)
    const nrs = yield* scaleOverTime(c.nrs, "nrs", 1)
    const vas = yield* scaleOverTime(c.vas, "vas", 0)
    const odi = yield* scaleOverTime(c.odi, "odi", 0)
    const [nrsAll, vasAll, odiAll] = [
      yield* allAvailableData(c.nrs, "nrs", 1),
      yield* allAvailableData(c.vas, "vas", 0),
      yield* allAvailableData(c.odi, "odi", 0)
    ]
    const nrsM3 = pairedColumns(c.nrs, 1)
    const d = yield* Effect.either(Stats.cohensDav(...nrsM3))
    const dWhy = refusal("cohensD", nrsM3[0].length, who("nrs", "baselineAndM3"))
    const flags = Responders.responders(c, protocol)
    const tests: Record<string, LabelledTest> = {
      ...nrs.tests,
      ...nrsAll.tests,
      ...vas.tests,
      ...vasAll.tests,
      ...odi.tests,
      ...odiAll.tests
    }
    tests["nrs.cohensDav"] = labelledOrNot(
      d,
      "NRS baseline vs 3 months",
      "Cohen's d_av (stats: mean difference / root mean square of the two SDs)",
      (r) => ({ statistic: r.d, df: null, p: null }),
      dWhy
    )
    const responderTable = yield* Responders.responderTable(flags, tests)
    const treated = count(c.treated)
    const [lesions, duration] = [meanSd(c.lesions), meanSd(c.durationMinutes)]
    const sub = yield* subgroups(c, flags.reduction50[1])
    for (const t of sub.tests) tests[`${t.label} · ${t.test}`] = t
    // after the subgroups: `tests` keeps the order it has always had
    const analgesics = yield* analgesicTable(c, tests)
    const ae = (type: string): Cell<readonly [number, number]> => {
      const k = c.adverseEvents.get(type) ?? 0
      return n === 0 ? notComputed(noPatient) : computed([k, pct(k, n)])
    }
    const [ageMin, ageMax] = range(c.age)
    const baselineOf = (scale: typeof nrs, decimals: number, what: Quantity) => {
      const at = scale.at[0]!
      return {
        mean: overAll(round(at.mean, decimals), at.n, what),
        sd: overAll(round(at.sd, decimals), at.n, what, true)
      }
    }
    const all = { patients: n, leftOut: 0 }
    const coverage: ReportCoverage = {
      cohort: n,
      table1: {
        patients: n,
        nrs: nrs.coverage.baseline,
        vas: vas.coverage.baseline,
        odi: odi.coverage.baseline,
        leftOut: missingAt([c.nrs, c.vas, c.odi], 0)
      },
      table2: { nrs: nrs.coverage, vas: vas.coverage },
      table3: { odi: odi.coverage },
      table4: responderTable.coverage,
      table5: analgesics.coverage,
      table6: all,
      table7: all,
      ...sub.coverage
    }
    return {
      cohort: { n },
      coverage,
      table1: {
        female: share(count(c.female)),
        male: share(n - count(c.female)),
        ageMean: overAll(round(age.mean, 1), n, "age"),
        ageSd: overAll(round(age.sd, 1), n, "age", true),
        ageMin: overAll(ageMin, n, "age"),
        ageMax: overAll(ageMax, n, "age"),
        symptomMonthsMean: overAll(round(months.mean, 1), n, "symptomMonths"),
        symptomMonthsSd: overAll(round(months.sd, 1), n, "symptomMonths", true),
        rightSide: share(count(c.right)),
        leftSide: share(count(c.left)),
        positiveBlock: share(count(c.positiveBlock)),
        nrs: baselineOf(nrs, 1, "baselineNrs"),
        vas: baselineOf(vas, 0, "baselineVas"),
        odi: baselineOf(odi, 0, "baselineOdi")
      },
      table2: {
        nrs: painRow(nrs),
        vas: painRow(vas),
        pairwise: nrs.pairwise,
        rmAnovaTime: nrs.rmAnovaTime,
        cohensD_nrs_m3: fromEither(d, (r) => round(r.d, 1), dWhy),
        allAvailableData: { nrs: nrsAll.row, vas: vasAll.row }
      },
      table3: {
        odi: {
          baseline: odi.means[0]!,
          m3: odi.means[1]!,
          m6: odi.means[2]!,
          changeM3: odi.change[0]!,
          relM3Pct: map(odi.changePct[0]!, (x) => -x),
          changeM6: odi.change[1]!,
          relM6Pct: map(odi.changePct[1]!, (x) => -x)
        },
        pairwise: odi.pairwise,
        rmAnovaTime: odi.rmAnovaTime,
        allAvailableData: { odi: odiAll.row }
      },
      table4: responderTable.table4,
      table5: analgesics.table5,
      table6: {
        technicalSuccess: n === 0 ? notComputed(noPatient) : computed([treated, pct(treated, n)] as const),
        lesionsMean: overAll(round(lesions.mean, 1), n, "lesions"),
        lesionsSd: overAll(round(lesions.sd, 1), n, "lesions", true),
        durationMinMean: overAll(round(duration.mean, 1), n, "duration"),
        durationMinSd: overAll(round(duration.sd, 1), n, "duration", true),
        technicalFailures:
          n === 0 ? notComputed(noPatient) : computed([n - treated, pct(n - treated, n)] as const)
      },
      table7: {
        localHematoma: ae("local hematoma"),
        transientParesthesia: ae("transient paresthesia"),
        proceduralPain: ae("procedural pain"),
        temporaryMotorWeakness: ae("temporary motor weakness"),
        infection: ae("infection"),
        permanentNeurologicalDeficit: ae("permanent neurological deficit")
      },
      table8: sub.table8,
      table9: sub.table9,
      table10: sub.table10,
      tests
    }
  })
