import { Analysis } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import type { PatientsRepo } from "../Patients/Repo.js"
import type { RegistryMeta } from "../RegistryMeta.js"
import { loadPatients, treatedRecords } from "./Load.js"

/** The format of `study_rows`: change it with `Analysis.StudyRow`, and every row is rebuilt at the next start. */
export const studyRowsFormat = "2"

/**
 * Makes sure `study_rows` holds every treated patient's row in the current format: on a database that
 * had records before the table existed (an upgrade) or rows of another format, they are rebuilt from
 * the records, in one transaction. Each clinical write keeps its patient's row after that.
 */
export const ensureStudyRows = (repo: PatientsRepo, meta: RegistryMeta) =>
  Effect.gen(function* () {
    if ((yield* meta.get("study_rows")) === studyRowsFormat) return 0
    const sql = yield* SqlClient.SqlClient
    return yield* sql
      .withTransaction(
        Effect.gen(function* () {
          const { patients, records } = yield* repo.loadAll
          const rows = treatedRecords(loadPatients(patients, records)).map((r) => ({
            patient_id: r.patient.id,
            center_id: r.patient.centerId,
            data: JSON.stringify(Analysis.studyRowOf(r))
          }))
          yield* repo.replaceStudyRows(rows)
          yield* meta.set("study_rows", studyRowsFormat)
          return rows.length
        })
      )
      .pipe(Effect.orDie)
  })

/** Why Tables 1–10 could not be computed at all: a drug the study's classes cannot place. */
export const reportRefusal = (error: { readonly message: string }) =>
  `the study tables cannot be computed from these records: ${error.message}`
