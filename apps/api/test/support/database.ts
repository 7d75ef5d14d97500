import { join } from "node:path"
import { PgClient } from "@effect/sql-pg"
import Database from "better-sqlite3"
import { Effect, Layer, Redacted } from "effect"
import type { Registry } from "./registry.js"

// Reads and writes a registry's database behind the API's back (as its owner: no row-level security),
// on SQLite or PostgreSQL alike: what a test checks or arranges that no route may.

const sqliteFile = (registry: Registry) => join(registry.dataDir!, "cryoreg.sqlite")

const onPostgres = <A>(registry: Registry, run: (sql: PgClient.PgClient) => Effect.Effect<A, unknown>) =>
  Effect.runPromise(
    Effect.flatMap(PgClient.PgClient, run).pipe(
      Effect.provide(PgClient.layer({ url: Redacted.make(registry.pgUrl!) }).pipe(Layer.orDie)),
      Effect.orDie
    )
  )

/** Runs one statement with `?` placeholders. */
export const execute = async (
  registry: Registry,
  statement: string,
  params: ReadonlyArray<string | number>
): Promise<void> => {
  if (registry.kind === "sqlite") {
    const db = new Database(sqliteFile(registry))
    try {
      db.prepare(statement).run(...params)
    } finally {
      db.close()
    }
    return
  }
  let n = 0
  const numbered = statement.replace(/\?/g, () => `$${++n}`)
  await onPostgres(registry, (sql) => sql.unsafe(numbered, [...params]))
}

/** Every table's row count: an injection that ran would change one (or fail loudly). */
export const tableCounts = async (registry: Registry): Promise<Record<string, number>> => {
  if (registry.kind === "sqlite") {
    const db = new Database(sqliteFile(registry), { readonly: true })
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{
        name: string
      }>
      return Object.fromEntries(
        tables.map((t) => [
          t.name,
          (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n
        ])
      )
    } finally {
      db.close()
    }
  }
  return onPostgres(registry, (sql) =>
    Effect.gen(function* () {
      const tables = yield* sql<{
        name: string
      }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`
      const counts: Record<string, number> = {}
      for (const t of tables) {
        const rows = yield* sql.unsafe<{ n: string }>(`SELECT count(*) AS n FROM "${t.name}"`)
        counts[t.name] = Number(rows[0]!.n)
      }
      return counts
    })
  )
}
