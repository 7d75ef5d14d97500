import { makeClient } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { PgClient } from "@effect/sql-pg"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { Effect, Layer, Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Database from "../../src/Database.js"
import { type RunningServer, startServer } from "../../src/server.js"
import { dialects, password, type Registry, refusal, startRegistry } from "../support/registry.js"

const pid = (id: string) => Model.PatientId.make(id)

// What the API keeps between writes (a patient's record as sent, the report, each treated patient's
// study row) must follow every write, its own or another server's on the same database.
describe.each(dialects)("reads kept between writes, on %s", (kind) => {
  let registry: Registry
  const others: Array<RunningServer> = []
  beforeAll(async () => {
    registry = await startRegistry(kind)
  })
  afterAll(async () => {
    for (const s of others) await s.close()
    await registry?.close()
  })

  const database = () =>
    kind === "sqlite"
      ? Database.sqlite(registry.dataDir!)
      : Database.postgresql(Redacted.make(registry.pgUrl!))
  // Another API process on the same database (its first start finds the accounts and creates nothing).
  const anotherServer = async () => {
    const server = await startServer({ port: 0, host: "127.0.0.1", database: database() })
    others.push(server)
    const url = server.url.replace("localhost", "127.0.0.1")
    const as = async (username: string) => {
      const { token } = await makeClient({ baseUrl: url }).login({ body: { username, password } })
      return makeClient({ baseUrl: url, token })
    }
    return { as }
  }
  const direct = <A>(query: (sql: SqlClient.SqlClient) => Effect.Effect<A, unknown>) => {
    const layer: Layer.Layer<SqlClient.SqlClient> =
      kind === "sqlite"
        ? Layer.orDie(SqliteClient.layer({ filename: `${registry.dataDir}/cryoreg.sqlite` }))
        : Layer.orDie(PgClient.layer({ url: Redacted.make(registry.pgUrl!) }))
    return Effect.runPromise(Effect.provide(Effect.flatMap(SqlClient.SqlClient, query), layer))
  }
  const month6 = async (client: Registry["as"]["admin"], id: string) => {
    const detail = await client.getPatient({ params: { id: pid(id) } })
    return detail.visits.find((v) => v.visit.timepoint === "month6")!.visit
  }

  it("a patient's record read again after a correction shows the correction", async () => {
    const api = registry.as["clinician-waw"]
    const before = await month6(api, "WAW-0001")
    expect((await month6(api, "WAW-0001")).nrs).toBe(before.nrs)
    const nrs = before.nrs === 9 ? 8 : 9
    await api.correctVisit({
      params: { id: pid("WAW-0001"), visitId: before.id },
      body: { nrs, reason: "transcription error" }
    })
    expect((await month6(api, "WAW-0001")).nrs).toBe(nrs)
    expect((await month6(registry.as.admin, "WAW-0001")).nrs).toBe(nrs)
  })

  it("a record read by an all-center role is not given to a caller of another center", async () => {
    const seen = await registry.as.admin.getPatient({ params: { id: pid("WAW-0002") } })
    await registry.as.admin.getPatient({ params: { id: pid("WAW-0002") } })
    expect(
      (await refusal(registry.as["clinician-pila"].getPatient({ params: { id: pid("WAW-0002") } }))).status
    ).toBe(404)
    expect(await registry.as["clinician-waw"].getPatient({ params: { id: pid("WAW-0002") } })).toEqual(seen)
  })

  it("a write through another server on the same database is seen by this one at once", async () => {
    const other = await anotherServer()
    const before = await month6(registry.as["clinician-waw"], "WAW-0003")
    const { n } = await registry.as.statistician.report({})
    const nrs = before.nrs === 9 ? 8 : 9
    const clinician = await other.as("clinician-waw")
    await clinician.correctVisit({
      params: { id: pid("WAW-0003"), visitId: before.id },
      body: { nrs, reason: "entered at the other site's terminal" }
    })
    expect((await month6(registry.as["clinician-waw"], "WAW-0003")).nrs).toBe(nrs)
    await clinician.withdrawPatient({
      params: { id: pid("WAW-0004") },
      body: { reason: "consent withdrawn" }
    })
    expect((await registry.as.statistician.report({})).n).toBe(n - 1)
  })

  it("the report is computed from the study rows each write keeps, and they are what a rebuild from the records gives", async () => {
    const kept = await registry.as.statistician.report({})
    const rows = await direct((sql) => sql<{ patient_id: string }>`SELECT patient_id FROM study_rows`)
    expect(rows).toHaveLength(kept.n)
    expect(rows.map((r) => r.patient_id)).not.toContain("WAW-0004")
    // As on a database from before the study rows: none, and no format stamp. A start rebuilds them.
    await direct((sql) =>
      Effect.zipRight(sql`DELETE FROM study_rows`, sql`DELETE FROM registry_meta WHERE key = 'study_rows'`)
    )
    const restarted = await anotherServer()
    const rebuilt = await (await restarted.as("statistician")).report({})
    expect(rebuilt).toEqual(kept)
    const again = await direct((sql) => sql<{ patient_id: string; data: string }>`SELECT * FROM study_rows`)
    expect(again).toHaveLength(kept.n)
  })
})
