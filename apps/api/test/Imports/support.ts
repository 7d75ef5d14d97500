import { User } from "@cryoreg/contract"
import { SqlClient } from "@effect/sql"
import { Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { bootstrap } from "../../src/Bootstrap.js"
import { CurrentUser } from "../../src/CurrentUser.js"
import * as Database from "../../src/Database.js"
import type { ImportSource, Locate, ParsedPatient } from "../../src/Imports/Source.js"
import { type ImportOptions, Imports } from "../../src/Imports.js"
import { RowSecurity } from "../../src/RowSecurity.js"
import { servicesLayer } from "../../src/Services.js"
import { Today } from "../../src/Today.js"
import { freshDatabase } from "../support/postgres.js"
import { password } from "../support/registry.js"
import { tempDataDir } from "../support/server.js"

/** The services of a registry over a real database (the demo cohort loaded), without HTTP: the import core's ground. */
export const coreRegistry = async (kind: "sqlite" | "postgresql") => {
  process.env.CRYOREG_ADMIN_PASSWORD = password
  process.env.CRYOREG_DEMO = "1"
  const pg = kind === "postgresql" ? await freshDatabase() : null
  const database = pg === null ? Database.sqlite(tempDataDir()) : Database.postgresql(Redacted.make(pg.url))
  const runtime = ManagedRuntime.make(
    servicesLayer.pipe(
      Layer.provideMerge(Today.fixed("2026-12-07")),
      Layer.provideMerge(database),
      Layer.provideMerge(Layer.setTracerEnabled(false)),
      Layer.orDie
    )
  )
  await runtime.runPromise(bootstrap)
  const sql = <A extends object>(statement: string, params: ReadonlyArray<unknown> = []) =>
    runtime.runPromise(
      Effect.flatMap(SqlClient.SqlClient, (client) => {
        let n = 0
        const text = kind === "postgresql" ? statement.replace(/\?/g, () => `$${++n}`) : statement
        return client.unsafe<A>(text, [...params])
      }).pipe(Effect.orDie)
    )
  const userOf = async (username: string) => {
    const rows = await sql<{
      id: string
      username: string
      display_name: string
      role: User["role"]
      center_id: string | null
    }>("SELECT id, username, display_name, role, center_id FROM users WHERE username = ?", [username])
    const r = rows[0]!
    return User.make({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      role: r.role,
      centerId: r.center_id as User["centerId"]
    })
  }
  /** Runs an import as the user, as a request would (their center's row-level security on PostgreSQL). */
  const importAs = async (username: string, source: ImportSource, options: ImportOptions) => {
    const user = await userOf(username)
    return runtime.runPromise(
      Effect.either(
        Effect.flatMap(Imports, (imports) =>
          Effect.flatMap(RowSecurity, (rls) => rls.scoped(imports.run(source, options)))
        ).pipe(Effect.provideService(CurrentUser, user))
      )
    )
  }
  const count = async (table: string, where = "1 = 1", params: ReadonlyArray<unknown> = []) =>
    Number(
      (await sql<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, params))[0]!.n
    )
  const counts = async () => ({
    patients: await count("patients"),
    records: await count("clinical_records"),
    audit: await count("audit_log"),
    imports: await count("imports"),
    studyRows: await count("study_rows")
  })
  return {
    runtime,
    sql,
    importAs,
    count,
    counts,
    close: async () => {
      await runtime.dispose()
      await pg?.drop()
    }
  }
}

/** A locator for a record on one row of a file, each field's first path element naming its column. */
export const onRow =
  (file: string, row: number): Locate =>
  (path) => ({ file, row, column: path.length === 0 ? null : path.map(String).join(".") })

/** A source of one file (its bytes: the JSON of the patients, the functions aside). */
export const sourceOf = (patients: ReadonlyArray<ParsedPatient>, name = "patients.csv"): ImportSource => ({
  format: "test",
  files: [{ name, bytes: new TextEncoder().encode(JSON.stringify(patients)) }],
  patients,
  problems: []
})
