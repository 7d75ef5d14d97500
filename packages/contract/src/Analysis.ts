/** Analysis, cohort overview and export answers. */

import { Analysis, Model } from "@cryoreg/domain"
import { Schema } from "effect"

/** Tables 1–10 computed from patient records. */
export interface StudyReport extends Analysis.StudyReport {}

/**
 * The study report as `pnpm report --json` prints it: Tables 1–10 in the paper's layout, every printed cell
 * `{ _tag: "Computed", value }` or `{ _tag: "NotComputed", reason, why }` (`why`: the domain's
 * `NotComputedReason`, a code and its params; `reason`: the same in English), tests labelled.
 */
export const StudyReport: Schema.Schema<StudyReport> = Schema.declare(
  (u: unknown): u is Analysis.StudyReport => typeof u === "object" && u !== null && "table1" in u,
  {
    identifier: "StudyReport",
    jsonSchema: {
      type: "object",
      description:
        'Tables 1–10 in the layout of published-tables.json, each printed cell (a number, a p-value, or a tuple printed together such as mean ± SD) either { "_tag": "Computed", "value": … } or { "_tag": "NotComputed", "reason": "<why, in English>", "why": { "code": "<kind of reason>", "params": { … }, "group": "<subgroup, Tables 8–10>" } }'
    }
  }
)

/**
 * `GET /api/analysis/report`: Tables 1–10 from the records the caller may see; a cell the patients cannot
 * give is "not computed" with its reason, and the others are computed (an empty registry: every cell).
 */
export const ReportResponse = Schema.Struct({
  /** Treated patients the tables are computed from. */
  n: Schema.Number,
  /** True when the registry holds the synthetic demo cohort. */
  demo: Schema.Boolean,
  report: StudyReport
})
export type ReportResponse = typeof ReportResponse.Type

/** `GET /api/analysis/comparison`: each published cell beside the reproduced one, and the paper's consistency. */
export const ComparisonResponse = Schema.Struct({
  comparison: Schema.Array(Analysis.CellComparison),
  findings: Schema.Array(Analysis.Finding)
})
export type ComparisonResponse = typeof ComparisonResponse.Type

const Count = Schema.NonNegativeInt

/** `GET /api/analysis/cohort`: enrollment, the eligibility funnel, follow-up completeness, overdue visits. */
export const CohortOverview = Schema.Struct({
  demo: Schema.Boolean,
  funnel: Schema.Struct({
    screened: Count,
    ineligible: Count,
    eligible: Count,
    treated: Count,
    month3: Count,
    month6: Count,
    withdrawn: Count
  }),
  enrollment: Schema.Array(
    Schema.Struct({ centerId: Model.CenterId, month: Schema.String, screened: Count, treated: Count })
  ),
  completeness: Schema.Array(
    Schema.Struct({ timepoint: Model.Timepoint, due: Count, done: Count, overdue: Count })
  ),
  /** Visits done outside their time point's protocol window: kept, marked. */
  outOfWindow: Schema.Array(
    Schema.Struct({
      patientId: Model.PatientId,
      centerId: Model.CenterId,
      timepoint: Model.Timepoint,
      date: Schema.NullOr(Schema.String),
      daysAfterProcedure: Schema.Number,
      windowStart: Schema.Number,
      windowEnd: Schema.Number
    })
  ),
  overdue: Schema.Array(
    Schema.Struct({
      patientId: Model.PatientId,
      centerId: Model.CenterId,
      timepoint: Model.Timepoint,
      dueBy: Schema.String,
      daysOverdue: Schema.Number
    })
  )
})
export type CohortOverview = typeof CohortOverview.Type

/** One row of the tidy visit export: one patient at one time point. */
export const VisitRow = Schema.Struct({
  center: Model.CenterId,
  patient: Model.PatientId,
  sex: Model.Sex,
  ageGroup: Schema.String,
  baselineNrsGroup: Schema.String,
  timepoint: Model.Timepoint,
  /** Computed from the visit's and the procedure's dates. */
  daysAfterProcedure: Schema.NullOr(Schema.Int),
  /** The visit falls outside its time point's protocol window (kept, and counted at its time point). */
  outOfWindow: Schema.Boolean,
  /** "YYYY-MM" of the visit (never finer than the month); null when the date is unknown. */
  month: Schema.NullOr(Schema.String),
  nrs: Schema.Int,
  vas: Schema.Number,
  odi: Schema.NullOr(Schema.Number),
  nsaids: Schema.Boolean,
  combinationAnalgesics: Schema.Boolean,
  opioidContaining: Schema.Boolean
})
export type VisitRow = typeof VisitRow.Type

/** `GET /api/export/visits`: the same rows as the CSV, as JSON. */
export const VisitExport = Schema.Struct({ items: Schema.Array(VisitRow) })

/** An adverse event with its patient's center, for the safety overview. */
export const AdverseEventRow = Schema.Struct({
  ...Model.AdverseEvent.fields,
  centerId: Model.CenterId
})
