/** Frozen analysis sets. */

import { Analysis, Model } from "@cryoreg/domain"
import { Schema } from "effect"
import { rule } from "./Issues.js"
import { PatientStatus } from "./Patients.js"
import type { Issue } from "./Problem.js"

/** An analysis set's id: `set-` and 16 hexadecimal digits. */
export const AnalysisSetId = Schema.String.pipe(
  Schema.pattern(/^set-[0-9a-f]{16}$/, {
    message: () => 'an analysis set id is "set-" and 16 hexadecimal digits, e.g. "set-0123456789abcdef"'
  }),
  Schema.brand("AnalysisSetId")
)
export type AnalysisSetId = typeof AnalysisSetId.Type

/** `?set=`: compute from a frozen analysis set instead of the live registry. */
export const SetQuery = Schema.Struct({ set: Schema.optional(AnalysisSetId) })
export type SetQuery = typeof SetQuery.Type

const Name = Schema.Trim.pipe(
  Schema.nonEmptyString({ message: () => "a set's name must not be empty" }),
  Schema.maxLength(200, { message: () => "a set's name has at most 200 characters" })
)

/**
 * Which treated patients a set holds; every criterion given must hold (an empty selection is every treated,
 * not withdrawn patient the caller may see). `treatedFrom`/`treatedTo` bound the procedure's date, inclusive.
 * `patientIds` names patients by id or by pseudonym (`P-…`, as in the statistician's exports and a set's
 * rows); the statistician, who never sees ids, by pseudonym only.
 */
export const SetSelection = Schema.Struct({
  centers: Schema.optional(Schema.Array(Model.CenterId).pipe(Schema.maxItems(100))),
  treatedFrom: Schema.optional(Model.CalendarDate),
  treatedTo: Schema.optional(Model.CalendarDate),
  statuses: Schema.optional(Schema.Array(PatientStatus)),
  patientIds: Schema.optional(Schema.Array(Model.PatientId).pipe(Schema.maxItems(100_000)))
})
export type SetSelection = typeof SetSelection.Type

/**
 * The rule between a selection's fields: `treatedFrom` not after `treatedTo` (each judged once both are dates),
 * as an issue at `treatedTo` naming `treatedFrom` (a dotted path under `at`, the selection's place in the request).
 *
 * @example
 * selectionIssues({ treatedFrom: "2026-05-01", treatedTo: "2026-01-01" }) // [dateOrder at selection.treatedTo]
 */
export const selectionIssues = (
  selection: { readonly treatedFrom?: string | undefined; readonly treatedTo?: string | undefined },
  at: ReadonlyArray<string> = ["selection"]
): ReadonlyArray<Issue> => {
  const { treatedFrom, treatedTo } = selection
  return treatedFrom !== undefined && treatedTo !== undefined && treatedFrom > treatedTo
    ? [
        rule("dateOrder", [...at, "treatedTo"], `on or after ${treatedFrom}; got ${treatedTo}`, {
          relation: "notBefore",
          otherField: [...at, "treatedFrom"].join("."),
          otherDate: treatedFrom,
          earlier: "treatedFrom",
          earlierDate: treatedFrom,
          later: "treatedTo",
          laterDate: treatedTo
        })
      ]
    : []
}

/** `POST /api/analysis/sets`: freeze the study rows of the selected patients under a name. */
export const NewAnalysisSet = Schema.Struct({ name: Name, selection: SetSelection })
export type NewAnalysisSet = typeof NewAnalysisSet.Type

/** `PATCH /api/analysis/sets/:id`: a new name (the rows never change). */
export const AnalysisSetRename = Schema.Struct({ name: Name })
export type AnalysisSetRename = typeof AnalysisSetRename.Type

/** A frozen analysis set as lists show it. */
export const AnalysisSet = Schema.Struct({
  id: AnalysisSetId,
  name: Schema.String,
  /** The center whose patients it holds; null when it spans centers (seen by the all-center roles only). */
  centerId: Schema.NullOr(Model.CenterId),
  selection: SetSelection,
  /** Patients (study rows) frozen in it. */
  n: Schema.NonNegativeInt,
  /** SHA-256 (hex) of the rows in their canonical form (see apps/api/README.md). */
  sha256: Schema.String,
  createdAt: Schema.String,
  createdBy: Schema.String,
  /** The demo registry's study cohort, made at first start. */
  demo: Schema.Boolean
})
export type AnalysisSet = typeof AnalysisSet.Type

/** `GET /api/analysis/sets/:id`: the set, and its hash recomputed from its stored rows now. */
export const AnalysisSetDetail = Schema.Struct({
  ...AnalysisSet.fields,
  recomputedSha256: Schema.String,
  /** The recomputed hash equals the one stored when the set was made. */
  verified: Schema.Boolean
})
export type AnalysisSetDetail = typeof AnalysisSetDetail.Type

/** One frozen row: the patient's pseudonym (the canonical form's key), its id for clinical roles, the row. */
export const AnalysisSetRow = Schema.Struct({
  pseudonym: Schema.String,
  patientId: Schema.optional(Model.PatientId),
  centerId: Model.CenterId,
  row: Analysis.StudyRow
})
export type AnalysisSetRow = typeof AnalysisSetRow.Type

/** `GET /api/analysis/sets/:id/rows`: the frozen rows in canonical order (by pseudonym). */
export const AnalysisSetRows = Schema.Struct({ items: Schema.Array(AnalysisSetRow) })
export type AnalysisSetRows = typeof AnalysisSetRows.Type
