import { Analysis, Model } from "@cryoreg/domain"
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

const followedUp = (row: Analysis.StudyRow) =>
  Model.Timepoint.literals.every((t) => row.visits.some((v) => v.timepoint === t && v.odiPercent !== null))

/**
 * Why Tables 1–10 could not be computed, for the people reading them: the statistics' own reason, and how
 * far the follow-up is (the repeated-measures tests and the subgroup, responder and analgesic comparisons
 * need patients seen at baseline, 3 and 6 months, in numbers a young registry does not have yet).
 */
export const reportRefusal = (
  rows: Analysis.StudyRowSource,
  error: { readonly _tag: string; readonly message: string }
) => {
  if (error._tag === "UnclassifiedAnalgesic")
    return `the study tables cannot be computed from these records: ${error.message}`
  if (rows.n === 0) return "the study tables cannot be computed yet: these records hold no treated patient"
  const reason = error.message
  let complete = 0
  for (let i = 0; i < rows.n; i++) if (followedUp(rows.rowAt(i))) complete++
  const patients = rows.n === 1 ? "1 treated patient" : `${rows.n} treated patients`
  return (
    `the study tables cannot be computed from these records yet: of ${patients}, ${complete} ` +
    `${complete === 1 ? "has" : "have"} NRS, VAS and ODI at baseline, 3 and 6 months, and the statistics ` +
    `refused (${reason}); the tables need more patients with complete follow-up`
  )
}
