import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Migrator, SqlClient } from "@effect/sql"
import { Effect, Layer, ManagedRuntime } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Sqlite from "../../src/Database/Sqlite.js"
import { sqliteMigrations } from "../../src/migrations/sqlite.js"

const migrate = (migrations: Record<string, Effect.Effect<unknown, unknown, SqlClient.SqlClient>>) =>
  Migrator.make({})({ loader: Migrator.fromRecord(migrations), table: "cryoreg_migrations" })

const before = Object.fromEntries(
  Object.entries(sqliteMigrations).filter(([name]) => name < "0017")
) as Record<string, Effect.Effect<unknown, unknown, SqlClient.SqlClient>>

describe("migration 0017 on an SQLite registry that holds live procedures", () => {
  let runtime: ManagedRuntime.ManagedRuntime<SqlClient.SqlClient, never>
  const run = <A, E>(f: (sql: SqlClient.SqlClient) => Effect.Effect<A, E, never>) =>
    runtime.runPromise(Effect.flatMap(SqlClient.SqlClient, f))
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), "cryoreg-0017-")), "cryoreg.sqlite")
    const pragmas = Layer.effectDiscard(
      Effect.flatMap(SqlClient.SqlClient, (sql) => sql`PRAGMA foreign_keys = ON`).pipe(Effect.orDie)
    )
    runtime = ManagedRuntime.make(
      Layer.provideMerge(pragmas, Sqlite.layer(file)) as Layer.Layer<SqlClient.SqlClient>
    )
    await runtime.runPromise(migrate(before).pipe(Effect.orDie))
    const at = "2026-12-01T10:00:00.000Z"
    await run((sql) =>
      Effect.all([
        sql`INSERT INTO centers VALUES ('waw', 'Warsaw', 'Warsaw', ${at})`,
        sql`INSERT INTO patients (id, center_id, status, verdict, data, search_text, withdrawn_at, withdrawal_reason, created_at, updated_at)
            VALUES ('WAW-0001', 'waw', 'eligible', 'eligible', '{}', 'waw-0001', NULL, NULL, ${at}, ${at})`,
        sql`INSERT INTO live_procedures (id, patient_id, center_id, side, lesions_per_side, device_serial, operator, date, mode, created_by, created_at, completed_at, record_id, next_event_index, samples, last_sample, clock)
            VALUES ('live-1', 'WAW-0001', 'waw', 'right', 7, 'P-1', 'Dr A', '2026-12-01', 'live', 'u1', ${at}, NULL, NULL, 1, 2, NULL, 2)`,
        sql`INSERT INTO live_events VALUES ('live-1', 0, '{"_tag":"ProbePositioned"}', ${at})`,
        sql`INSERT INTO live_telemetry VALUES ('live-1', 0, 1, 36, 55), ('live-1', 1, 2, 30, 55)`,
        sql`INSERT INTO live_stream (procedure_id, data) VALUES ('live-1', 'a'), ('live-1', 'b')`
      ]).pipe(Effect.orDie)
    )
    await runtime.runPromise(migrate(sqliteMigrations).pipe(Effect.orDie))
  })
  afterAll(() => runtime?.dispose())

  it("keeps every row of the live tables and their foreign keys", async () => {
    const counts = await run((sql) =>
      Effect.all(
        ["live_procedures", "live_events", "live_telemetry", "live_stream"].map((t) =>
          sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${sql(t)}`.pipe(Effect.map((r) => r[0]!.n))
        )
      ).pipe(Effect.orDie)
    )
    expect(counts).toEqual([1, 1, 2, 2])
    expect(await run((sql) => sql`PRAGMA foreign_key_check`.pipe(Effect.orDie))).toEqual([])
    await expect(
      run((sql) => sql`INSERT INTO live_events VALUES ('nope', 0, '{}', 'x')`.pipe(Effect.orDie))
    ).rejects.toThrow()
    // the stream's positions go on after the kept ones (Last-Event-ID resumes by them)
    await run((sql) =>
      sql`INSERT INTO live_stream (procedure_id, data) VALUES ('live-1', 'c')`.pipe(Effect.orDie)
    )
    const ids = await run((sql) =>
      sql<{ id: number }>`SELECT id FROM live_stream ORDER BY id`.pipe(Effect.orDie)
    )
    expect(ids.map((r) => r.id)).toEqual([1, 2, 3])
  })

  it("lets a patient have a new live procedure once the open one is aborted, never two open", async () => {
    const open = (id: string) =>
      run((sql) =>
        sql`INSERT INTO live_procedures (id, patient_id, center_id, side, lesions_per_side, device_serial, operator, date, mode, created_by, created_at, next_event_index, samples)
            VALUES (${id}, 'WAW-0001', 'waw', 'right', 7, 'P-1', 'Dr A', '2026-12-01', 'live', 'u1', 'x', 0, 0)`.pipe(
          Effect.orDie
        )
      )
    await expect(open("prc-2")).rejects.toThrow()
    await run((sql) =>
      sql`UPDATE live_procedures SET mode = 'aborted', abort_reason = 'test' WHERE id = 'live-1'`.pipe(
        Effect.orDie
      )
    )
    await open("prc-2")
    await expect(open("prc-3")).rejects.toThrow()
  })
})
