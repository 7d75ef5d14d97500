import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Registry, raw, startRegistry } from "../support/registry.js"
import { kickoff, pollUntilDone } from "./support.js"

// While another transaction holds the patients table, the export cannot read a page: the status URL must
// then answer 202 with X-Progress, and the manifest once the table is free again. (PostgreSQL: SQLite's
// readers are never blocked by a writer, so the same cannot be arranged there.)
describe("FHIR bulk export polling on postgresql", () => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry("postgresql")
  }, 120_000)
  afterAll(() => registry?.close())

  it("answers 202 with X-Progress while the export runs, then 200 with the manifest", async () => {
    let locked!: () => void
    let release!: () => void
    const isLocked = new Promise<void>((r) => (locked = r))
    const released = new Promise<void>((r) => (release = r))
    const holder = Effect.runPromise(
      Effect.flatMap(PgClient.PgClient, (sql) =>
        sql.withTransaction(
          Effect.gen(function* () {
            yield* sql`LOCK TABLE patients IN ACCESS EXCLUSIVE MODE`
            locked()
            yield* Effect.promise(() => released)
          })
        )
      ).pipe(
        Effect.provide(PgClient.layer({ url: Redacted.make(registry.pgUrl!) }).pipe(Layer.orDie)),
        Effect.orDie
      )
    )
    await isLocked
    const status = await kickoff(registry, "admin")
    const path = new URL(status).pathname
    for (let i = 0; i < 3; i++) {
      const answer = await raw(registry, "admin", "GET", path)
      expect(answer.status).toBe(202)
      expect(answer.headers.get("x-progress")).toMatch(/queued|\d+ of \d+ patients/)
      expect(answer.headers.get("retry-after")).toBe("1")
    }
    release()
    await holder
    const { answer } = await pollUntilDone(registry, "admin", status)
    expect(answer.status).toBe(200)
    expect((answer.json as unknown as { output: Array<unknown> }).output.length).toBeGreaterThan(5)
  })
})
