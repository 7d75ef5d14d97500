import { Analysis, Model } from "@cryoreg/domain"
import { Schema } from "effect"
import { treatedRecord } from "../Analysis/Load.js"
import type { PatientRow, RecordKind, RecordRow } from "./Repo.js"

/** The domain Schema each kind of clinical record is stored with. */
export const schemaOf = {
  screening: Model.Screening,
  block: Model.DiagnosticBlock,
  procedure: Model.Procedure,
  visit: Model.FollowUpVisit,
  adverseEvent: Model.AdverseEvent
} as const

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

// Rows were decoded and checked by the domain Schemas when written (and responses are encoded with
// them again), so a file is rebuilt without validating every field on each read: as in Analysis/Load.
const trusted = { disableValidation: true } as const
const decoders = {
  screening: (data: unknown) => new Model.Screening(data as Model.Screening, trusted),
  block: (data: unknown) => new Model.DiagnosticBlock(data as Model.DiagnosticBlock, trusted),
  procedure: (data: unknown) => new Model.Procedure(data as Model.Procedure, trusted),
  visit: (data: unknown) => new Model.FollowUpVisit(data as Model.FollowUpVisit, trusted),
  adverseEvent: (data: unknown) => new Model.AdverseEvent(data as Model.AdverseEvent, trusted)
}
const decodePatient = (data: unknown) => new Model.Patient(data as Model.Patient, trusted)

/** Encodes a domain record for its `data` column. */
export const encode = <K extends RecordKind>(
  kind: K,
  value: Schema.Schema.Type<(typeof schemaOf)[K]>
): string =>
  JSON.stringify(Schema.encodeSync(schemaOf[kind] as unknown as Schema.Schema<typeof value, unknown>)(value))

/** Rebuilds a patient's file from its rows (validated when written). */
export const decodeFile = (row: PatientRow, records: ReadonlyArray<RecordRow>): PatientFile => {
  const of = <K extends RecordKind>(kind: K) =>
    records
      .filter((r) => r.kind === kind)
      .map((r) => ({ row: r, value: decoders[kind](JSON.parse(r.data)) as ReturnType<(typeof decoders)[K]> }))
  const visitOrder = { baseline: 0, month3: 1, month6: 2 }
  return {
    row,
    patient: decodePatient(JSON.parse(row.data)),
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
  const record = treatedRecord({
    row: file.row,
    patient: file.patient,
    screening: file.screening?.value ?? null,
    blocks: file.blocks.map((b) => b.value),
    procedure: file.procedure?.value ?? null,
    visits: file.visits.map((v) => v.value),
    adverseEvents: file.adverseEvents.map((e) => e.value)
  })
  return record === null ? null : Analysis.studyRowOf(record)
}
