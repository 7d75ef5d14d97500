import { mkdirSync } from "node:fs"
import { join, resolve } from "node:path"
import type { DatabaseKind } from "@cryoreg/domain"
import { Migrator, SqlClient } from "@effect/sql"
import { PgClient } from "@effect/sql-pg"
import { Context, Effect, Layer, Option, type Redacted } from "effect"
import * as AppConfig from "./AppConfig.js"
import * as Sqlite from "./Database/Sqlite.js"
import { pgMigrations } from "./migrations/pg.js"
import { sqliteMigrations } from "./migrations/sqlite.js"
import * as RowSecurity from "./RowSecurity.js"

/** Which database this server runs on, and where (never the password). */
export class DatabaseInfo extends Context.Tag("api/DatabaseInfo")<
  DatabaseInfo,
  { readonly kind: DatabaseKind; readonly location: string }
>() {}

const migrate = (migrations: Record<string, Effect.Effect<unknown, unknown, SqlClient.SqlClient>>) =>
  Layer.effectDiscard(
    Migrator.make({})({ loader: Migrator.fromRecord(migrations), table: "cryoreg_migrations" })
  )

/** An embedded SQLite file `cryoreg.sqlite` in `dataDir`, created with its folder on first run. */
export const sqlite = (dataDir: string) => {
  const folder = resolve(dataDir)
  const filename = join(folder, "cryoreg.sqlite")
  const client = Layer.unwrapEffect(
    Effect.sync(() => {
      mkdirSync(folder, { recursive: true })
      return Sqlite.layer(filename)
    })
  )
  // WAL with synchronous=FULL: a commit is on disk (the WAL fsynced) before the API acknowledges it.
  const pragmas = Layer.effectDiscard(
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      Effect.all([
        sql`PRAGMA synchronous = FULL`,
        sql`PRAGMA foreign_keys = ON`,
        sql`PRAGMA busy_timeout = 5000`
      ])
    ).pipe(Effect.orDie)
  )
  return migrate(sqliteMigrations).pipe(
    Layer.provideMerge(pragmas),
    Layer.provideMerge(client),
    Layer.merge(Layer.succeed(DatabaseInfo, { kind: "sqlite", location: filename })),
    Layer.merge(RowSecurity.none)
  )
}

/** PostgreSQL at `url`. */
export const postgresql = (url: Redacted.Redacted) => {
  const client = PgClient.layer({ url })
  return Layer.provideMerge(
    RowSecurity.postgres,
    migrate(pgMigrations).pipe(Layer.provideMerge(client))
  ).pipe(Layer.merge(Layer.succeed(DatabaseInfo, { kind: "postgresql", location: "DATABASE_URL" })))
}

/** PostgreSQL when `DATABASE_URL` is set, otherwise the embedded SQLite file. */
export const fromConfig = Layer.unwrapEffect(
  Effect.gen(function* () {
    const url = yield* AppConfig.databaseUrl
    return Option.isSome(url) ? postgresql(url.value) : sqlite(yield* AppConfig.dataDir)
  })
)
