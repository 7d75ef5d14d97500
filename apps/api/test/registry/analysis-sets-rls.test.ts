import { User } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { CurrentUser } from "../../src/CurrentUser.js"
import * as RowSecurity from "../../src/RowSecurity.js"
import { type Registry, startRegistry } from "../support/registry.js"

const clinician = (center: string) =>
  new User({
    id: "t",
    username: "t",
    displayName: "t",
    role: "clinician",
    centerId: Model.CenterId.make(center)
  })

describe("row-level security around the analysis sets on PostgreSQL", () => {
  let registry: Registry
  let run: <A, E>(effect: Effect.Effect<A, E, SqlClient.SqlClient | RowSecurity.RowSecurity>) => Promise<A>
  beforeAll(async () => {
    registry = await startRegistry("postgresql")
    const layer = Layer.provideMerge(
      RowSecurity.postgres,
      PgClient.layer({ url: Redacted.make(registry.pgUrl!) })
    ).pipe(Layer.orDie)
    run = (effect) => Effect.runPromise(Effect.provide(effect, layer))
  }, 120_000)
  afterAll(() => registry?.close())

  // The queries forget their center filter on purpose; the database applies it anyway.
  const unscoped = <A>(user: User, query: (sql: SqlClient.SqlClient) => Effect.Effect<A, unknown>) =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const rls = yield* RowSecurity.RowSecurity
      return yield* rls.scoped(query(sql)).pipe(Effect.provideService(CurrentUser, user))
    })

  it("shows a clinician's forgotten filter only their center's sets and rows, and refuses them another's", async () => {
    const waw = await registry.as["clinician-waw"].createAnalysisSet({
      body: { name: "Warsaw", selection: {} }
    })
    const sets = (center: string) =>
      run(unscoped(clinician(center), (sql) => sql<{ id: string }>`SELECT id FROM analysis_sets`))
    expect((await sets("waw")).map((s) => s.id)).toEqual([waw.id])
    expect(await sets("pila")).toEqual([])
    const rows = await run(
      unscoped(clinician("pila"), (sql) => sql<{ n: string }>`SELECT count(*) AS n FROM analysis_set_rows`)
    )
    expect(Number(rows[0]!.n)).toBe(0)
    const all = await run(
      unscoped(
        new User({ ...clinician("pila"), role: "statistician", centerId: null }),
        (sql) => sql<{ n: string }>`SELECT count(*) AS n FROM analysis_sets`
      )
    )
    expect(Number(all[0]!.n)).toBe(2)
    const forged = run(
      unscoped(
        clinician("pila"),
        (sql) =>
          sql`INSERT INTO analysis_sets (id, name, center_id, selection, n, sha256, demo, created_at, created_by) VALUES ('set-1111111111111111', 'x', 'waw', '{}', 0, '', 0, '', 't')`
      )
    )
    await expect(forged).rejects.toThrow()
    expect(
      Number(
        (
          await run(
            unscoped(clinician("waw"), (sql) => sql<{ n: string }>`SELECT count(*) AS n FROM analysis_sets`)
          )
        )[0]!.n
      )
    ).toBe(1)
  })
})
