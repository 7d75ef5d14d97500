/** One patient's row of the study tables, what a registry keeps to compute them without the records. */

import { Schema } from "effect"
import { emptyStudyRow, writeStudyRow } from "../internal/studyRow.js"
import { Timepoint } from "../Model/FollowUpVisit.js"
import { Sex } from "../Model/Patient.js"
import type { PatientRecord } from "../Model/PatientRecord.js"
import { TreatedSide } from "../Model/Scales.js"

/** One visit as the study tables read it. */
export const StudyVisit = Schema.Struct({
  timepoint: Timepoint,
  nrs: Schema.Number,
  vasMm: Schema.Number,
  /** ODI as a percentage of the answered items; null when none was answered. */
  odiPercent: Schema.NullOr(Schema.Number),
  /** The drugs as written; they are classified when the tables are computed. */
  drugs: Schema.Array(Schema.String),
  /** The categories ticked on the form that the analysis counts (none when a box contradicts a drug named). */
  nsaids: Schema.Boolean,
  opioidContaining: Schema.Boolean
})
export type StudyVisit = typeof StudyVisit.Type

/**
 * One patient's row of the study tables: what Tables 1–10 read of a `PatientRecord`, and nothing else
 * (no ids, no dates, no free text). Independent of the protocol: the block threshold, the responder
 * cut-offs and the drug classes are applied when the tables are computed, so a registry can keep
 * these rows beside its records and compute the tables from them alone.
 */
export const StudyRow = Schema.Struct({
  sex: Sex,
  treatedSide: TreatedSide,
  /** Age in whole years at the procedure (at screening when untreated), as the year difference. */
  ageYears: Schema.Number,
  painDurationMonths: Schema.Number,
  /** The best relief of a diagnostic block that had pain before it, %; null without one. */
  bestBlockReliefPct: Schema.NullOr(Schema.Number),
  /** Lesions made (0 without a procedure) and the procedure's duration (0 without one). */
  lesions: Schema.Number,
  durationMinutes: Schema.Number,
  visits: Schema.Array(StudyVisit),
  /** Adverse event types, each once, in order of first appearance. */
  adverseEvents: Schema.Array(Schema.String)
})
export type StudyRow = typeof StudyRow.Type

/**
 * Rows read one at a time: `n` of them, the i-th made by `rowAt(i)` (parsed from storage, say) when the
 * tables need it and dropped at once. A registry's 100,000 rows kept alive together cost more in garbage
 * collection than reading them.
 */
export interface StudyRowSource {
  readonly n: number
  readonly rowAt: (i: number) => StudyRow
}

/** A patient's row of the study tables. */
export const studyRowOf = (record: PatientRecord): StudyRow => writeStudyRow(record, emptyStudyRow())
