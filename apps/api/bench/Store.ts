import { SqlClient } from "@effect/sql"
import { PgClient } from "@effect/sql-pg"
import Sqlite from "better-sqlite3"
import { Effect, Layer, Redacted } from "effect"
import type { PatientRows } from "./Rows.js"

/** Direct SQL access to a benchmark database, beside the server: bulk inserts and the data version. */
export interface Store {
  readonly insert: (patients: Iterable<PatientRows>) => Promise<void>
  /** Bumps the data version as a write does, so the next report is computed afresh. */
  readonly bumpDataVersion: () => Promise<void>
  readonly close: () => Promise<void>
}

const patientColumns = [
  "id",
  "center_id",
  "search_text",
  "status",
  "verdict",
  "data",
  "withdrawn_at",
  "withdrawal_reason",
  "created_at",
  "updated_at"
] as const
const recordColumns = [
  "id",
  "kind",
  "patient_id",
  "center_id",
  "slot",
  "state",
  "data",
  "created_at",
  "updated_at"
] as const
const bump =
  "UPDATE registry_meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'data_version'"
const centers = [
  { id: "waw", name: "Warsaw", city: "Warszawa", created_at: "2025-01-01T00:00:00.000Z" },
  { id: "pila", name: "Piła", city: "Piła", created_at: "2025-01-01T00:00:00.000Z" }
]
const insertSql = (table: string, columns: ReadonlyArray<string>) =>
  `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`

/** The API's SQLite file, opened a second time (WAL lets the server keep it open). */
export const sqliteStore = (filename: string): Store => {
  const db = new Sqlite(filename)
  db.pragma("journal_mode = WAL")
  const patient = db.prepare(insertSql("patients", patientColumns))
  const record = db.prepare(insertSql("clinical_records", recordColumns))
  const study = db.prepare(insertSql("study_rows", ["patient_id", "center_id", "data"]))
  const center = db.prepare(
    "INSERT OR IGNORE INTO centers (id, name, city, created_at) VALUES (@id, @name, @city, @created_at)"
  )
  const insertAll = db.transaction((all: Iterable<PatientRows>) => {
    for (const c of centers) center.run(c)
    for (const p of all) {
      patient.run(p.patient)
      for (const r of p.records) record.run(r)
      study.run(p.study)
    }
  })
  return {
    insert: async (all) => {
      insertAll(all)
    },
    bumpDataVersion: async () => {
      db.prepare(bump.replace("BIGINT", "INTEGER")).run()
    },
    close: async () => {
      db.close()
    }
  }
}

/** A PostgreSQL database the server uses, reached with its own connection pool. */
export const postgresqlStore = (url: string): Store => {
  const run = <A>(effect: Effect.Effect<A, unknown, SqlClient.SqlClient>) =>
    Effect.runPromise(
      Effect.provide(effect, PgClient.layer({ url: Redacted.make(url), maxConnections: 1 }).pipe(Layer.orDie))
    )
  const insert = (all: Iterable<PatientRows>) =>
    run(
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        yield* sql`INSERT INTO centers ${sql.insert(centers)} ON CONFLICT DO NOTHING`
        let patients: Array<Record<string, unknown>> = []
        let records: Array<Record<string, unknown>> = []
        let studies: Array<Record<string, unknown>> = []
        const flush = Effect.gen(function* () {
          if (patients.length > 0) yield* sql`INSERT INTO patients ${sql.insert(patients)}`
          if (records.length > 0) yield* sql`INSERT INTO clinical_records ${sql.insert(records)}`
          if (studies.length > 0) yield* sql`INSERT INTO study_rows ${sql.insert(studies)}`
          patients = []
          records = []
          studies = []
        })
        // Batches stay under PostgreSQL's 65,535 bind parameters (9–10 columns a row).
        for (const p of all) {
          patients.push({ ...p.patient })
          for (const r of p.records) records.push({ ...r })
          studies.push({ ...p.study })
          if (records.length >= 5000) yield* flush
        }
        yield* flush
      })
    )
  return {
    insert,
    bumpDataVersion: () => run(Effect.flatMap(SqlClient.SqlClient, (sql) => sql.unsafe(bump))).then(() => {}),
    close: async () => {}
  }
}
