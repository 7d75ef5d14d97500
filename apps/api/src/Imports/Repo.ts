import { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import { centerFilter } from "../CenterScope.js"
import { decodeFile, type PatientFile } from "../Patients/File.js"
import { type PatientRow, type RecordRow, retracted } from "../Patients/Repo.js"

/** One stored import: who, when, which files (by hash), what it added. */
export interface ImportRow {
  readonly id: string
  readonly format: string
  readonly file_hash: string
  readonly center_id: string
  readonly user_id: string
  readonly username: string
  readonly at: string
  readonly counts: string
}

// Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters at 14 columns.
const batch = 1000
/** Rows in parts of `size`. */
export const chunks = <A>(rows: ReadonlyArray<A>, size = batch) =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size))

/** The SQL of imports: the stored files of the patients a file names, in a few queries, and batched inserts. */
export class ImportsRepo extends Effect.Service<ImportsRepo>()("api/ImportsRepo", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const scoped = centerFilter(sql)

    /** The stored files of those of `ids` the caller may see, by id (500 ids a query). */
    const filesOf = (ids: ReadonlyArray<string>) =>
      Effect.gen(function* () {
        const scope = yield* scoped
        const files = new Map<string, PatientFile>()
        for (const part of chunks(ids, 500)) {
          const patients =
            yield* sql<PatientRow>`SELECT * FROM patients WHERE ${sql.in("id", part)} AND ${scope}`
          if (patients.length === 0) continue
          const records = yield* sql<RecordRow>`SELECT * FROM clinical_records WHERE ${sql.in(
            "patient_id",
            patients.map((p) => p.id)
          )} AND ${scope} AND (state IS NULL OR state <> ${retracted}) ORDER BY created_at, id`
          const byPatient = new Map<string, Array<RecordRow>>()
          for (const r of records) byPatient.set(r.patient_id, [...(byPatient.get(r.patient_id) ?? []), r])
          for (const p of patients) files.set(p.id, decodeFile(p, byPatient.get(p.id) ?? []))
        }
        return files
      }).pipe(Effect.orDie)

    const insertAll = (table: string, rows: ReadonlyArray<Record<string, unknown>>) =>
      Effect.forEach(chunks(rows), (part) => sql`INSERT INTO ${sql(table)} ${sql.insert(part)}`, {
        discard: true
      })

    const insertPatients = (rows: ReadonlyArray<PatientRow>) =>
      insertAll(
        "patients",
        rows.map((row) => ({ ...row, search_text: row.id.toLowerCase() }))
      )
    const insertRecords = (rows: ReadonlyArray<RecordRow>) =>
      insertAll(
        "clinical_records",
        rows.map((row) => ({ ...row }))
      )
    const insertStudyRows = (rows: ReadonlyArray<{ patient_id: string; center_id: string; data: string }>) =>
      insertAll("study_rows", rows)

    /** The last import of a file with this hash into the center, if any. */
    const earlier = (hash: string, centerId: string) =>
      Effect.gen(function* () {
        const rows =
          yield* sql<ImportRow>`SELECT * FROM imports WHERE center_id = ${centerId} AND ${yield* scoped} AND file_hash = ${hash} ORDER BY at DESC LIMIT 1`
        return rows[0] ?? null
      }).pipe(Effect.orDie)

    const insertImport = (row: ImportRow) => sql`INSERT INTO imports ${sql.insert({ ...row })}`

    return { filesOf, insertPatients, insertRecords, insertStudyRows, earlier, insertImport } as const
  })
}) {}
