import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SqlClient } from "@effect/sql"
import { Effect, Fiber, ManagedRuntime } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Sqlite from "../../src/Database/Sqlite.js"

describe("the SQLite client", () => {
  let runtime: ManagedRuntime.ManagedRuntime<SqlClient.SqlClient, never>
  const run = <A, E>(effect: Effect.Effect<A, E, SqlClient.SqlClient>) => runtime.runPromise(effect)
  beforeAll(async () => {
    runtime = ManagedRuntime.make(
      Sqlite.layer(join(mkdtempSync(join(tmpdir(), "cryoreg-sqlite-")), "t.sqlite"))
    )
    await run(
      Effect.flatMap(SqlClient.SqlClient, (sql) => sql`CREATE TABLE t (id TEXT PRIMARY KEY, at REAL)`)
    )
  })
  afterAll(() => runtime?.dispose())

  it("runs a statement outside a transaction without suspending the fiber", async () => {
    const fiber = runtime.runFork(
      Effect.flatMap(SqlClient.SqlClient, (sql) => sql`SELECT count(*) AS n FROM t`)
    )
    expect(fiber.unsafePoll()).not.toBeNull()
    await runtime.runPromise(Fiber.join(fiber))
  })

  it("holds another fiber's statement until a transaction that waits ends, and keeps it out of the rollback", async () => {
    const order: Array<string> = []
    const failing = Effect.flatMap(SqlClient.SqlClient, (sql) =>
      sql.withTransaction(
        Effect.gen(function* () {
          yield* sql`INSERT INTO t (id, at) VALUES ('in-transaction', 1)`
          order.push("transaction: inserted")
          yield* Effect.sleep("50 millis")
          order.push("transaction: rolls back")
          return yield* Effect.fail("rolled back")
        })
      )
    )
    const outside = Effect.flatMap(SqlClient.SqlClient, (sql) =>
      Effect.gen(function* () {
        yield* Effect.sleep("10 millis") // while the transaction is open
        yield* sql`INSERT INTO t (id, at) VALUES ('outside', 2)`
        order.push("outside: inserted")
      })
    )
    const [tx] = await run(Effect.all([Effect.either(failing), outside], { concurrency: 2 }))
    expect(tx._tag).toBe("Left")
    expect(order).toEqual(["transaction: inserted", "transaction: rolls back", "outside: inserted"])
    const rows = await run(
      Effect.flatMap(SqlClient.SqlClient, (sql) => sql<{ id: string }>`SELECT id FROM t`)
    )
    expect(rows.map((r) => r.id)).toEqual(["outside"])
  })
})
