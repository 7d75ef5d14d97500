import { Analysis, type Model } from "@cryoreg/domain"
import { decodePatient, decodeRecord, type RecordKind, type RecordOf } from "./Decode.js"
import type { PatientRow, RecordRow } from "./Repo.js"

/** A stored record with its decoded value. */
export interface Stored<A> {
  readonly row: RecordRow
  readonly value: A
}

/** A patient and every clinical record, decoded with the domain Schemas. */
export interface PatientFile {
  readonly row: PatientRow
  readonly patient: Model.Patient
  readonly screening: Stored<Model.Screening> | null
  readonly blocks: ReadonlyArray<Stored<Model.DiagnosticBlock>>
  readonly procedure: Stored<Model.Procedure> | null
  readonly visits: ReadonlyArray<Stored<Model.FollowUpVisit>>
  readonly adverseEvents: ReadonlyArray<Stored<Model.AdverseEvent>>
}

/** Rebuilds a patient's file from its rows (validated when written). */
export const decodeFile = (row: PatientRow, records: ReadonlyArray<RecordRow>): PatientFile => {
  const of = <K extends RecordKind>(kind: K) =>
    records
      .filter((r) => r.kind === kind)
      .map((r): Stored<RecordOf<K>> => ({ row: r, value: decodeRecord(kind, r.data) }))
  const visitOrder = { baseline: 0, month3: 1, month6: 2 }
  return {
    row,
    patient: decodePatient(row.data),
    screening: of("screening")[0] ?? null,
    blocks: of("block").sort((a, b) => a.value.date.localeCompare(b.value.date)),
    procedure: of("procedure")[0] ?? null,
    visits: of("visit").sort((a, b) => visitOrder[a.value.timepoint] - visitOrder[b.value.timepoint]),
    adverseEvents: of("adverseEvent")
  }
}

/**
 * The patient's row of the study tables, or null when the patient is not in the study's unit of
 * analysis (treated and not withdrawn): what `study_rows` keeps.
 */
export const studyRowOf = (file: PatientFile): Analysis.StudyRow | null => {
  const record = Analysis.treatedRecord({
    withdrawn: file.row.withdrawn_at !== null,
    patient: file.patient,
    screening: file.screening?.value ?? null,
    blocks: file.blocks.map((b) => b.value),
    procedure: file.procedure?.value ?? null,
    visits: file.visits.map((v) => v.value),
    adverseEvents: file.adverseEvents.map((e) => e.value)
  })
  return record === null ? null : Analysis.studyRowOf(record)
}
