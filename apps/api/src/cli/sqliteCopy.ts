import { SqlClient } from "@effect/sql"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { Effect } from "effect"
import { CliFailure, failure } from "./command.js"

// Read-only and without touching the journal mode: the running server owns the file.
const readOnly = (file: string) => SqliteClient.layer({ filename: file, readonly: true, disableWAL: true })

const explain = (file: string) => (e: unknown) => {
  const cause = (e as { cause?: unknown }).cause
  return failure(`${file}: ${cause instanceof Error ? cause.message : String(e)}`)
}

/**
 * A consistent copy of a live database: `VACUUM INTO` reads one snapshot (WAL lets the server keep
 * committing meanwhile) and writes it as a compact new file.
 */
export const vacuumInto = (source: string, target: string) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.zipRight(sql`PRAGMA busy_timeout = 10000`, sql`VACUUM INTO ${target}`)
  ).pipe(Effect.provide(readOnly(source)), Effect.mapError(explain(source)), Effect.asVoid)

// Failures of opening (the layer's ConfigError, SqlError) become one line; the CLI's own pass through.
const oneLine =
  (file: string) =>
  <E extends { readonly _tag: string }>(e: E): CliFailure =>
    e instanceof CliFailure ? e : explain(file)(e)

/** Checks that a file is a whole cryoreg database (SQLite's integrity check, the migrations); answers its patients. */
export const checkBackup = (file: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [integrity] = yield* sql<{ integrity_check: string }>`PRAGMA integrity_check`
    if (integrity?.integrity_check !== "ok")
      return yield* failure(`${file}: SQLite's integrity check failed (${integrity?.integrity_check})`)
    const tables = yield* sql<{
      name: string
    }>`SELECT name FROM sqlite_master WHERE name = 'cryoreg_migrations'`
    if (tables.length === 0)
      return yield* failure(`${file} is not a cryoreg database (no cryoreg_migrations)`)
    const [row] = yield* sql<{ n: number }>`SELECT COUNT(*) AS n FROM patients`
    return row?.n ?? 0
  }).pipe(Effect.provide(readOnly(file)), Effect.mapError(oneLine(file)))
