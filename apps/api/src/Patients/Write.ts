import { SqlClient } from "@effect/sql"
import { Effect, Option } from "effect"
import { DataVersion } from "../DataVersion.js"
import { NotFound, PatientWithdrawn } from "../Errors.js"
import { decodeFile, type PatientFile, studyRowOf } from "./File.js"
import { PatientsRepo } from "./Repo.js"
import { eligibilityOf, statusOf } from "./Status.js"

/**
 * The shape of every clinical write: in one transaction, load the patient's file (scoped by the
 * caller's center: another center's patient is not found), refuse a withdrawn patient, apply the
 * change, refresh the patient's status, verdict and study row, and bump the data version. All or nothing.
 */
export class PatientWrites extends Effect.Service<PatientWrites>()("api/PatientWrites", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const repo = yield* PatientsRepo
    const version = yield* DataVersion

    // On PostgreSQL two writes of one patient would each read the file, check its versions and write:
    // the patient's row is locked first, so the second reads what the first wrote. (SQLite writes one at a time.)
    const lock = (patientId: string) =>
      sql.onDialectOrElse({
        pg: () => sql`SELECT id FROM patients WHERE id = ${patientId} FOR UPDATE`.pipe(Effect.asVoid),
        orElse: () => Effect.void
      })

    const load = (patientId: string) =>
      Effect.gen(function* () {
        const row = yield* repo.findPatient(patientId)
        if (Option.isNone(row)) return yield* new NotFound({ message: `no patient ${patientId}` })
        return decodeFile(row.value, yield* repo.recordsOf(patientId))
      })

    const refresh = (patientId: string, now: string) =>
      Effect.gen(function* () {
        const file = yield* load(patientId)
        const eligibility = eligibilityOf(file)
        const changes = {
          status: statusOf(file, eligibility),
          verdict: eligibility?.verdict ?? null,
          updated_at: now
        }
        yield* repo.updatePatient(patientId, changes)
        // the file as it now stands: only these columns of its row changed, so it is not read again
        const after: PatientFile = { ...file, row: { ...file.row, ...changes } }
        const row = studyRowOf(after)
        yield* repo.putStudyRow(patientId, after.row.center_id, row === null ? null : JSON.stringify(row))
        return after
      })

    /** Runs `change` on the patient's file inside a transaction and answers the refreshed file. */
    const write = <A, E, R>(
      patientId: string,
      change: (file: PatientFile, now: string) => Effect.Effect<A, E, R>,
      options: { readonly allowWithdrawn?: boolean } = {}
    ) =>
      sql
        .withTransaction(
          Effect.gen(function* () {
            yield* lock(patientId)
            const file = yield* load(patientId)
            if (file.row.withdrawn_at !== null && options.allowWithdrawn !== true)
              return yield* new PatientWithdrawn({
                message: `patient ${patientId} was withdrawn on ${file.row.withdrawn_at.slice(0, 10)}; the record is read-only`
              })
            const now = new Date().toISOString()
            const result = yield* change(file, now)
            const after = yield* refresh(patientId, now)
            yield* version.bump
            return { result, file: after }
          })
        )
        .pipe(Effect.catchTag("SqlError", Effect.die))

    return { load, write, refresh } as const
  }),
  dependencies: [PatientsRepo.Default, DataVersion.Default]
}) {}
