import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SqlClient } from "@effect/sql"
import { Effect, Fiber, ManagedRuntime } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Sqlite from "../../src/Database/Sqlite.js"

describe("the SQLite client", () => {
  let runtime: ManagedRuntime.ManagedRuntime<SqlClient.SqlClient | Sqlite.Direct, never>
  const run = <A, E>(effect: Effect.Effect<A, E, SqlClient.SqlClient | Sqlite.Direct>) =>
    runtime.runPromise(effect)
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

  describe("Direct (statements run at once)", () => {
    const ids = (prefix: string) =>
      Effect.flatMap(SqlClient.SqlClient, (sql) =>
        Effect.map(sql<{ id: string }>`SELECT id FROM t WHERE id LIKE ${`${prefix}%`} ORDER BY id`, (rows) =>
          rows.map((r) => r.id)
        )
      )

    it("runs inside the caller's transaction and rolls back with it", async () => {
      const result = await run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const direct = yield* Sqlite.Direct
          return yield* sql.withTransaction(
            Effect.gen(function* () {
              const changed = yield* direct.changes(sql`INSERT INTO t (id, at) VALUES ('direct-a', 1)`)
              const seen = yield* direct.rows(sql<{ id: string }>`SELECT id FROM t WHERE id = 'direct-a'`)
              return yield* Effect.fail({ changed, seen: seen.map((r) => r.id) })
            })
          )
        }).pipe(Effect.flip)
      )
      expect(result).toEqual({ changed: 1, seen: ["direct-a"] })
      expect(await run(ids("direct-a"))).toEqual([])
    })

    it("waits while another fiber's transaction holds the connection, and is kept out of its rollback", async () => {
      const order: Array<string> = []
      const failing = Effect.flatMap(SqlClient.SqlClient, (sql) =>
        sql.withTransaction(
          Effect.gen(function* () {
            yield* sql`INSERT INTO t (id, at) VALUES ('direct-in', 1)`
            yield* Effect.sleep("50 millis")
            order.push("transaction: rolls back")
            return yield* Effect.fail("rolled back")
          })
        )
      )
      const outside = Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        const direct = yield* Sqlite.Direct
        yield* Effect.sleep("10 millis")
        const changed = yield* direct.changes(sql`INSERT INTO t (id, at) VALUES ('direct-out', 2)`)
        order.push(`outside: inserted ${changed}`)
      })
      await run(Effect.all([Effect.either(failing), outside], { concurrency: 2 }))
      expect(order).toEqual(["transaction: rolls back", "outside: inserted 1"])
      expect(await run(ids("direct-"))).toEqual(["direct-out"])
    })

    it("answers a refused statement as a SqlError", async () => {
      const error = await run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const direct = yield* Sqlite.Direct
          yield* direct.changes(sql`INSERT INTO t (id, at) VALUES ('direct-dup', 1)`)
          return yield* direct.changes(sql`INSERT INTO t (id, at) VALUES ('direct-dup', 2)`)
        }).pipe(Effect.flip)
      )
      expect(error._tag).toBe("SqlError")
      expect(String(error.cause)).toMatch(/UNIQUE/)
    })
  })
})
