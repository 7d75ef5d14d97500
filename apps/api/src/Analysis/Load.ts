import { Analysis, type Model } from "@cryoreg/domain"
import { decodePatient, decodeRecord } from "../Patients/Decode.js"
import type { AnalysisRecordRow, PatientRow } from "../Patients/Repo.js"

/** A patient with everything recorded, built from stored rows. */
export interface LoadedPatient {
  readonly row: PatientRow
  readonly patient: Model.Patient
  readonly screening: Model.Screening | null
  readonly blocks: Array<Model.DiagnosticBlock>
  readonly procedure: Model.Procedure | null
  readonly visits: Array<Model.FollowUpVisit>
  readonly adverseEvents: Array<Model.AdverseEvent>
}

/** Groups the rows of `loadAll` by patient (records are ordered by patient). */
export const loadPatients = (
  patients: ReadonlyArray<PatientRow>,
  records: ReadonlyArray<AnalysisRecordRow>
): Array<LoadedPatient> => {
  const byId = new Map<string, LoadedPatient>()
  const out = patients.map((row) => {
    const loaded: LoadedPatient = {
      row,
      patient: decodePatient(row.data),
      screening: null,
      blocks: [],
      procedure: null,
      visits: [],
      adverseEvents: []
    }
    byId.set(row.id, loaded)
    return loaded
  })
  for (const r of records) {
    const p = byId.get(r.patient_id) as { -readonly [K in keyof LoadedPatient]: LoadedPatient[K] } | undefined
    if (p === undefined) continue
    if (r.kind === "screening") p.screening = decodeRecord(r.kind, r.data)
    else if (r.kind === "block") p.blocks.push(decodeRecord(r.kind, r.data))
    else if (r.kind === "procedure") p.procedure = decodeRecord(r.kind, r.data)
    else if (r.kind === "visit") p.visits.push(decodeRecord(r.kind, r.data))
    else p.adverseEvents.push(decodeRecord(r.kind, r.data))
  }
  return out
}

/** The study's unit of analysis: treated, not withdrawn patients as `PatientRecord`s. */
export const treatedRecords = (loaded: ReadonlyArray<LoadedPatient>): Array<Model.PatientRecord> =>
  loaded.flatMap((p) => Analysis.treatedRecord({ ...p, withdrawn: p.row.withdrawn_at !== null }) ?? [])
