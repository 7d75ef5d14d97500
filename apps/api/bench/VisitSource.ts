import { Model } from "@cryoreg/domain"
import type { VisitSource } from "../src/Analysis/Export.js"

const trusted = { disableValidation: true } as const

/** A row of the bare baseline's visit query: a patient beside one of their procedure or visit records. */
export interface VisitSourceRow {
  readonly patient_id: string
  readonly patient: string
  readonly kind: string
  readonly data: string
}

/** The query the API's visit export streams (Analysis/VisitsRepo.ts), for every center. */
export const visitSourceSql = `SELECT p.id AS patient_id, p.data AS patient, r.kind, r.data
  FROM patients p JOIN clinical_records r ON r.patient_id = p.id
  WHERE p.withdrawn_at IS NULL AND r.kind IN ('procedure', 'visit') AND (r.state IS NULL OR r.state <> 'retracted')
  ORDER BY p.id, r.created_at, r.id`

/** The rows grouped by patient, as plain loops. */
export function* visitSources(rows: Iterable<VisitSourceRow>): Generator<VisitSource> {
  let current: { id: string; source: VisitSource & { procedure: Model.Procedure | null } } | null = null
  for (const r of rows) {
    if (current === null || current.id !== r.patient_id) {
      if (current !== null) yield current.source
      const patient = new Model.Patient(JSON.parse(r.patient), trusted)
      current = {
        id: r.patient_id,
        source: { patient, procedure: null, visits: [], row: { withdrawn_at: null } }
      }
    }
    if (r.kind === "procedure") current.source.procedure = new Model.Procedure(JSON.parse(r.data), trusted)
    else current.source.visits.push(new Model.FollowUpVisit(JSON.parse(r.data), trusted))
  }
  if (current !== null) yield current.source
}
