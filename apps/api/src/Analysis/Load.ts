import { Model } from "@cryoreg/domain"
import type { AnalysisRecordRow, PatientRow } from "../Patients/Repo.js"

// Rows were decoded and checked by the domain Schemas when they were written, so the analysis
// rebuilds them without validating again (100,000 patients must load in well under a second).
const trusted = { disableValidation: true } as const

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
      patient: new Model.Patient(JSON.parse(row.data), trusted),
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
    const data = JSON.parse(r.data)
    if (r.kind === "screening") p.screening = new Model.Screening(data, trusted)
    else if (r.kind === "block") p.blocks.push(new Model.DiagnosticBlock(data, trusted))
    else if (r.kind === "procedure") p.procedure = new Model.Procedure(data, trusted)
    else if (r.kind === "visit") p.visits.push(new Model.FollowUpVisit(data, trusted))
    else p.adverseEvents.push(new Model.AdverseEvent(data, trusted))
  }
  return out
}

/** A patient as a `PatientRecord` when in the study's unit of analysis (treated, not withdrawn), else null. */
export const treatedRecord = (p: LoadedPatient): Model.PatientRecord | null =>
  p.procedure === null || p.screening === null || p.row.withdrawn_at !== null
    ? null
    : new Model.PatientRecord(
        {
          patient: p.patient,
          screening: p.screening,
          blocks: p.blocks,
          procedure: p.procedure,
          visits: p.visits,
          adverseEvents: p.adverseEvents
        },
        trusted
      )

/** The study's unit of analysis: treated, not withdrawn patients as `PatientRecord`s. */
export const treatedRecords = (loaded: ReadonlyArray<LoadedPatient>): Array<Model.PatientRecord> =>
  loaded.flatMap((p) => treatedRecord(p) ?? [])
