import { Analysis, Model } from "@cryoreg/domain"
import { Schema } from "effect"
import type { PatientRow, RecordRow } from "../src/Patients/Repo.js"

// Rows in the API's table format (see src/migrations/schema.ts, Patients.ts and Records.ts):
// `data` holds the JSON of the Schema-encoded domain value; ids are rewritten per replica.
/** A patient record as stored: Schema-encoded. */
export type Encoded = typeof Model.PatientRecord.Encoded

/** A `study_rows` row: the patient's row of the study tables (Patients/File.ts `studyRowOf`). */
export interface StudyRowRow {
  readonly patient_id: string
  readonly center_id: string
  readonly data: string
}

/** The patient row, the clinical record rows and the study row of one patient. */
export interface PatientRows {
  readonly patient: PatientRow & { readonly search_text: string }
  readonly records: ReadonlyArray<RecordRow>
  readonly study: StudyRowRow
}

// The study row of a source record (ids play no part in it), made once per source and visit set.
const studyRows = new WeakMap<Encoded, { all?: string; baseline?: string }>()
const studyRowData = (source: Encoded, visits: boolean): string => {
  const known = studyRows.get(source) ?? {}
  studyRows.set(source, known)
  const key = visits ? "all" : "baseline"
  if (known[key] === undefined) {
    const record = Schema.decodeSync(Model.PatientRecord)(source)
    const kept = visits
      ? record
      : { ...record, visits: record.visits.filter((v) => v.timepoint === "baseline") }
    known[key] = JSON.stringify(Analysis.studyRowOf(new Model.PatientRecord(kept)))
  }
  return known[key]
}

/** Encodes the base records once; replicas only rewrite ids. */
export const encodeAll = (records: ReadonlyArray<Model.PatientRecord>): ReadonlyArray<Encoded> =>
  records.map((r) => Schema.encodeSync(Model.PatientRecord)(r))

const at = (base: number, k: number) => new Date(base + k * 1000).toISOString()

/**
 * The rows of `source` stored as patient `id`: with its visits (`visits: true`), or treated and
 * awaiting the 3- and 6-month visits (`visits: false`, for the write benchmark).
 */
export const rowsOf = (source: Encoded, id: string, options: { readonly visits: boolean }): PatientRows => {
  const center = source.patient.centerId
  const t0 = Date.UTC(2025, 0, 1)
  let k = 0
  const record = (
    kind: RecordRow["kind"],
    value: Record<string, unknown> & { readonly id: string },
    slot: string,
    state: string | null = null
  ): RecordRow => ({
    id: value.id,
    kind,
    patient_id: id,
    center_id: center,
    slot,
    state,
    data: JSON.stringify(value),
    created_at: at(t0, ++k),
    updated_at: at(t0, k)
  })
  const visits = options.visits ? source.visits : source.visits.filter((v) => v.timepoint === "baseline")
  const procedure = { ...source.procedure, id: `${id}-prc`, patientId: id }
  const records: Array<RecordRow> = [
    record("screening", { ...source.screening, id: `${id}-scr`, patientId: id }, "screening"),
    ...source.blocks.map((b, j) =>
      record("block", { ...b, id: `${id}-blk${j}`, patientId: id }, `${id}-blk${j}`)
    ),
    record("procedure", procedure, "procedure", "recorded"),
    ...visits.map((v) => record("visit", { ...v, id: `${id}-${v.timepoint}`, patientId: id }, v.timepoint)),
    ...source.adverseEvents.map((e, j) =>
      record("adverseEvent", { ...e, id: `${id}-ae${j}`, patientId: id }, `${id}-ae${j}`)
    )
  ]
  const timepoints = new Set(visits.map((v) => v.timepoint))
  const status = timepoints.has("month6") ? "month6" : timepoints.has("month3") ? "month3" : "treated"
  return {
    patient: {
      id,
      center_id: center,
      search_text: id.toLowerCase(),
      status,
      verdict: "eligible",
      data: JSON.stringify({ ...source.patient, id }),
      withdrawn_at: null,
      withdrawal_reason: null,
      created_at: at(t0, 0),
      updated_at: at(t0, k)
    },
    records,
    study: { patient_id: id, center_id: center, data: studyRowData(source, options.visits) }
  }
}
