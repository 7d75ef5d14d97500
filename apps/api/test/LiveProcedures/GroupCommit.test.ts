import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SqlClient } from "@effect/sql"
import { Cause, Effect, Layer, ManagedRuntime } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Sqlite from "../../src/Database/Sqlite.js"
import { GroupCommit } from "../../src/LiveProcedures/GroupCommit.js"

describe("the group commit on SQLite", () => {
  let runtime: ManagedRuntime.ManagedRuntime<SqlClient.SqlClient | GroupCommit, never>
  beforeAll(async () => {
    const database = Sqlite.layer(join(mkdtempSync(join(tmpdir(), "cryoreg-group-")), "g.sqlite"))
    runtime = ManagedRuntime.make(GroupCommit.Default.pipe(Layer.provideMerge(database)))
    await runtime.runPromise(
      Effect.flatMap(SqlClient.SqlClient, (sql) => sql`CREATE TABLE t (id TEXT PRIMARY KEY)`)
    )
  })
  afterAll(() => runtime?.dispose())

  const insert = (id: string) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) => sql`INSERT INTO t (id) VALUES (${id})`)
  const stored = () =>
    runtime.runPromise(
      Effect.flatMap(SqlClient.SqlClient, (sql) =>
        Effect.map(sql<{ id: string }>`SELECT id FROM t ORDER BY id`, (rows) => rows.map((r) => r.id))
      )
    )

  it("commits the writes of concurrent batches together and rolls back only the one that failed after writing", async () => {
    const run = <A, E>(work: Effect.Effect<A, E, SqlClient.SqlClient>) =>
      runtime.runPromise(Effect.flatMap(GroupCommit, (g) => g.run(work)).pipe(Effect.exit))
    const answers = await Promise.all([
      run(Effect.as(insert("a"), "a stored")),
      run(Effect.zipRight(insert("b"), Effect.fail("b refused after its insert"))),
      run(Effect.zipRight(insert("c"), Effect.dieMessage("c failed after its insert"))),
      run(Effect.as(Effect.zipRight(insert("d1"), insert("d2")), "d stored"))
    ])
    expect(answers.map((a) => a._tag)).toEqual(["Success", "Failure", "Failure", "Success"])
    expect(answers.map((a) => (a._tag === "Success" ? a.value : Cause.pretty(a.cause)))).toEqual([
      "a stored",
      "Error: b refused after its insert",
      expect.stringContaining("c failed after its insert"),
      "d stored"
    ])
    expect(await stored()).toEqual(["a", "d1", "d2"])
  })

  it("refuses a batch whose statement fails and keeps the others of its group", async () => {
    const run = <A, E>(work: Effect.Effect<A, E, SqlClient.SqlClient>) =>
      runtime.runPromise(Effect.flatMap(GroupCommit, (g) => g.run(work)).pipe(Effect.either))
    // A duplicate key fails the statement: its batch is refused, the others of the group are kept.
    const answers = await Promise.all([run(insert("a")), run(insert("e")), run(insert("f"))])
    expect(answers.map((a) => a._tag)).toEqual(["Left", "Right", "Right"])
    expect(await stored()).toEqual(["a", "d1", "d2", "e", "f"])
  })
})
