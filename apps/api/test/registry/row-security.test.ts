import { User } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { CurrentUser } from "../../src/CurrentUser.js"
import * as RowSecurity from "../../src/RowSecurity.js"
import { type Registry, startRegistry } from "../support/registry.js"

const clinicianOfPila = new User({
  id: "t",
  username: "t",
  displayName: "t",
  role: "clinician",
  centerId: Model.CenterId.make("pila")
})

describe("row-level security on PostgreSQL, behind the repositories", () => {
  let registry: Registry
  let run: <A, E>(effect: Effect.Effect<A, E, SqlClient.SqlClient | RowSecurity.RowSecurity>) => Promise<A>
  beforeAll(async () => {
    registry = await startRegistry("postgresql")
    const layer = Layer.provideMerge(
      RowSecurity.postgres,
      PgClient.layer({ url: Redacted.make(registry.pgUrl!) })
    ).pipe(Layer.orDie)
    run = (effect) => Effect.runPromise(Effect.provide(effect, layer))
  })
  afterAll(() => registry?.close())

  // Each query below forgets its center filter on purpose; the database applies it anyway.
  const unscoped = <A>(
    query: (sql: SqlClient.SqlClient) => Effect.Effect<A, unknown>,
    user: User = clinicianOfPila
  ) =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const rls = yield* RowSecurity.RowSecurity
      return yield* rls.scoped(query(sql)).pipe(Effect.provideService(CurrentUser, user))
    })

  it("lets a forgotten filter see only the caller's center, in every scoped table", async () => {
    const patients = await run(unscoped((sql) => sql<{ center_id: string }>`SELECT center_id FROM patients`))
    expect(patients.length).toBeGreaterThan(50)
    expect(new Set(patients.map((p) => p.center_id))).toEqual(new Set(["pila"]))
    const records = await run(
      unscoped((sql) => sql<{ center_id: string }>`SELECT DISTINCT center_id FROM clinical_records`)
    )
    expect(records).toEqual([{ center_id: "pila" }])
    const audit = await run(
      unscoped((sql) => sql<{ center_id: string }>`SELECT DISTINCT center_id FROM audit_log`)
    )
    expect(audit).toEqual([{ center_id: "pila" }])
    const all = await run(
      unscoped(
        (sql) => sql<{ n: string }>`SELECT count(DISTINCT center_id) AS n FROM patients`,
        new User({ ...clinicianOfPila, role: "admin", centerId: null })
      )
    )
    expect(Number(all[0]!.n)).toBe(2)
  })

  it("runs requests as a role without BYPASSRLS", async () => {
    const role = await run(
      unscoped(
        (sql) =>
          sql<{
            rolbypassrls: boolean
            rolsuper: boolean
          }>`SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user`
      )
    )
    expect(role).toEqual([{ rolbypassrls: false, rolsuper: false }])
  })

  it("refuses a write into another center and any change to the audit trail", async () => {
    const insert = run(
      unscoped((sql) =>
        sql`UPDATE patients SET status = 'treated' WHERE center_id = 'waw'`.pipe(Effect.map(() => "updated"))
      )
    )
    await expect(insert).resolves.toBe("updated")
    const waw = await run(
      unscoped(
        (sql) => sql<{ n: string }>`SELECT count(*) AS n FROM patients WHERE status = 'treated'`,
        new User({ ...clinicianOfPila, centerId: Model.CenterId.make("waw") })
      )
    )
    // The UPDATE above matched no row: Warsaw's patients are invisible to it.
    expect(Number(waw[0]!.n)).toBe(0)
    const moved = run(unscoped((sql) => sql`UPDATE patients SET center_id = 'waw' WHERE center_id = 'pila'`))
    await expect(moved).rejects.toThrow()
    const rewritten = run(unscoped((sql) => sql`UPDATE audit_log SET reason = 'rewritten'`))
    await expect(rewritten).rejects.toThrow()
    const erased = run(unscoped((sql) => sql`DELETE FROM audit_log`))
    await expect(erased).rejects.toThrow()
  })

  it("shows nothing when no scope was set", async () => {
    const rows = await run(
      Effect.flatMap(SqlClient.SqlClient, (sql) =>
        sql.withTransaction(
          Effect.zipRight(
            sql.unsafe("SET LOCAL ROLE cryoreg_app"),
            sql<{ n: string }>`SELECT count(*) AS n FROM patients`
          )
        )
      )
    )
    expect(Number(rows[0]!.n)).toBe(0)
  })
})
