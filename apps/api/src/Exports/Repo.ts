import { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import { type LoadedPatient, loadPatients } from "../Analysis/Load.js"
import { centerFilter } from "../CenterScope.js"
import type { CurrentUser } from "../CurrentUser.js"
import { type AnalysisRecordRow, type PatientRow, retracted } from "../Patients/Repo.js"

/**
 * The exports' reads: patients a page at a time in id order (keyset), with their current records, scoped by
 * the caller's center like every read of `PatientsRepo`. Withdrawn patients are left out.
 */
export class ExportsRepo extends Effect.Service<ExportsRepo>()("api/ExportsRepo", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const page = (
      after: string | null,
      limit: number
    ): Effect.Effect<Array<LoadedPatient>, never, CurrentUser> =>
      Effect.gen(function* () {
        const scope = yield* centerFilter(sql)
        const from = after === null ? sql`1 = 1` : sql`id > ${after}`
        const patients =
          yield* sql<PatientRow>`SELECT * FROM patients WHERE ${scope} AND ${from} AND withdrawn_at IS NULL ORDER BY id LIMIT ${limit}`
        if (patients.length === 0) return []
        const ids = patients.map((p) => p.id)
        const records = yield* sql<AnalysisRecordRow>`SELECT kind, patient_id, data FROM clinical_records
          WHERE ${scope} AND ${sql.in("patient_id", ids)} AND (state IS NULL OR state <> ${retracted})
          ORDER BY patient_id, created_at, id`
        return loadPatients(patients, records)
      }).pipe(Effect.orDie)
    return { page } as const
  })
}) {}
