// The all-or-nothing report as it was before cells (commit 566aaec), kept unchanged as the oracle of
// PartialReport.test.ts: where it succeeds, the partial report must give the same tables.
import * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import type * as Analgesics from "../../../src/Analgesics.js"
import { meanSd, type StudyColumns } from "../../../src/Analysis/Columns.js"
import { missingAt, type ReportCoverage } from "../../../src/Analysis/Coverage.js"
import { extract, extractRows } from "../../../src/Analysis/Extract.js"
import { count, pct } from "../../../src/Analysis/Format.js"
import { round } from "../../../src/Analysis/Printed.js"
import type { StudyTables } from "../../../src/Analysis/Published.js"
import type { StudyRow, StudyRowSource } from "../../../src/Analysis/StudyRow.js"
import type { LabelledTest } from "../../../src/Analysis/Tests.js"
import type { PatientRecord } from "../../../src/Model/PatientRecord.js"
import type { Protocol } from "../../../src/Protocol.js"
import { type AllAvailableData, allAvailableData } from "./AllAvailableData.js"
import { analgesicTable } from "./AnalgesicTable.js"
import { scaleOverTime } from "./Outcomes.js"
import * as Responders from "./Responders.js"
import { subgroups } from "./Subgroups.js"

/**
 * Tables 1–10 computed from patient records (the paper's layout), with every test labelled; Tables 2
 * and 3 also carry the "all available data (MMRM)" row of each scale beside the repeated-measures ANOVA.
 */
export interface StudyReport extends StudyTables {
  readonly cohort: { readonly n: number }
  /** How many patients each figure uses, per table, and how many a missing visit left out. */
  readonly coverage: ReportCoverage
  readonly table2: StudyTables["table2"] & {
    readonly allAvailableData: { readonly nrs: AllAvailableData; readonly vas: AllAvailableData }
  }
  readonly table3: StudyTables["table3"] & { readonly allAvailableData: { readonly odi: AllAvailableData } }
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
  readonly means: ReadonlyArray<readonly [number, number]>
  readonly change: ReadonlyArray<number>
  readonly changePct: ReadonlyArray<number>
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
 * normality with their alternatives, and the subgroup tests.
 */
export const studyReport = (
  records: ReadonlyArray<PatientRecord>,
  protocol: Protocol
): Effect.Effect<StudyReport, Stats.StatsError | Analgesics.UnclassifiedAnalgesic> =>
  Effect.flatMap(extract(records, protocol), (c) => reportOf(c, protocol))

/** The same tables from the patients' study rows (`studyRowOf` of each record, in the same order). */
export const studyReportOfRows = (
  rows: ReadonlyArray<StudyRow> | StudyRowSource,
  protocol: Protocol
): Effect.Effect<StudyReport, Stats.StatsError | Analgesics.UnclassifiedAnalgesic> =>
  Effect.flatMap(extractRows(rows, protocol), (c) => reportOf(c, protocol))

const reportOf = (c: StudyColumns, protocol: Protocol): Effect.Effect<StudyReport, Stats.StatsError> =>
  Effect.gen(function* () {
    const n = c.n
    const share = (k: number) => ({ n: k, pct: pct(k, n) })
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
    const d = yield* Stats.cohensDav(...pairedColumns(c.nrs, 1))
    const flags = Responders.responders(c, protocol)
    const tests: Record<string, LabelledTest> = {
      ...nrs.tests,
      ...nrsAll.tests,
      ...vas.tests,
      ...vasAll.tests,
      ...odi.tests,
      ...odiAll.tests
    }
    tests["nrs.cohensDav"] = {
      label: "NRS baseline vs 3 months",
      test: "Cohen's d_av (stats: mean difference / root mean square of the two SDs)",
      statistic: d.d,
      df: null,
      p: null
    }
    const responderTable = yield* Responders.responderTable(flags, tests)
    const treated = count(c.treated)
    const [lesions, duration] = [meanSd(c.lesions), meanSd(c.durationMinutes)]
    const sub = yield* subgroups(c, flags.reduction50[1])
    for (const t of sub.tests) tests[`${t.label} · ${t.test}`] = t
    // after the subgroups: `tests` keeps the order it has always had
    const analgesics = yield* analgesicTable(c, tests)
    const ae = (type: string) => {
      const k = c.adverseEvents.get(type) ?? 0
      return [k, pct(k, n)] as const
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
        ageMean: round(age.mean, 1),
        ageSd: round(age.sd, 1),
        ageMin: range(c.age)[0],
        ageMax: range(c.age)[1],
        symptomMonthsMean: round(months.mean, 1),
        symptomMonthsSd: round(months.sd, 1),
        rightSide: share(count(c.right)),
        leftSide: share(count(c.left)),
        positiveBlock: share(count(c.positiveBlock)),
        nrs: { mean: nrs.means[0]![0], sd: nrs.means[0]![1] },
        vas: { mean: vas.means[0]![0], sd: vas.means[0]![1] },
        odi: { mean: odi.means[0]![0], sd: odi.means[0]![1] }
      },
      table2: {
        nrs: painRow(nrs),
        vas: painRow(vas),
        pairwise: nrs.pairwise,
        rmAnovaTime: nrs.rmAnovaTime,
        cohensD_nrs_m3: round(d.d, 1),
        allAvailableData: { nrs: nrsAll.row, vas: vasAll.row }
      },
      table3: {
        odi: {
          baseline: odi.means[0]!,
          m3: odi.means[1]!,
          m6: odi.means[2]!,
          changeM3: odi.change[0]!,
          relM3Pct: -odi.changePct[0]!,
          changeM6: odi.change[1]!,
          relM6Pct: -odi.changePct[1]!
        },
        pairwise: odi.pairwise,
        rmAnovaTime: odi.rmAnovaTime,
        allAvailableData: { odi: odiAll.row }
      },
      table4: responderTable.table4,
      table5: analgesics.table5,
      table6: {
        technicalSuccess: [treated, pct(treated, n)],
        lesionsMean: round(lesions.mean, 1),
        lesionsSd: round(lesions.sd, 1),
        durationMinMean: round(duration.mean, 1),
        durationMinSd: round(duration.sd, 1),
        technicalFailures: [n - treated, pct(n - treated, n)]
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
