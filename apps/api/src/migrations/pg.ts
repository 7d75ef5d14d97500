import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

/** PostgreSQL schema, one entry per migration, applied in order of their numbers. */
export const pgMigrations = {
  "0001_registry_meta": Effect.flatMap(
    SqlClient.SqlClient,
    (sql) => sql`
      CREATE TABLE registry_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`
  )
}
