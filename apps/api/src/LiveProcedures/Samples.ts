import type { Model } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { Effect, Option } from "effect"
import * as Sqlite from "../Database/Sqlite.js"
import { callerScope } from "./Scope.js"

interface SampleRow {
  readonly seq: number | string
  readonly t: number
  readonly tip_c: number
  readonly pressure_bar: number
}

const toSample = (r: SampleRow): Model.TelemetrySample => ({
  t: r.t,
  tipTemperatureC: r.tip_c,
  pressureBar: r.pressure_bar,
  seq: Number(r.seq)
})

/** The PostgreSQL channel that tells every API process a procedure's stream grew (payload: its id). */
export const notifyChannel = "cryoreg_live"

/** Telemetry samples and the stream log of live procedures in SQL; reads scoped by the caller. */
export class LiveSamples extends Effect.Service<LiveSamples>()("api/LiveSamples", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const direct = yield* Effect.serviceOption(Sqlite.Direct)
    const runRows = yield* Sqlite.rowsRunner
    const { visible } = callerScope(sql)

    /**
     * Stores the samples whose sequence number is new; answers how many were stored. On SQLite the count is
     * the statement's `changes` (a RETURNING clause makes SQLite buffer and hand back every row: ≈ 25 % of
     * the insert's time for 50 samples); elsewhere the rows RETURNING gives.
     */
    const insertSamples = (
      id: string,
      samples: ReadonlyArray<Model.TelemetrySample>
    ): Effect.Effect<number> => {
      if (samples.length === 0) return Effect.succeed(0)
      const insert = sql`INSERT INTO live_telemetry ${sql.insert(
        samples.map((s) => ({
          procedure_id: id,
          seq: s.seq,
          t: s.t,
          tip_c: s.tipTemperatureC,
          pressure_bar: s.pressureBar
        }))
      )} ON CONFLICT DO NOTHING`
      return (
        Option.isSome(direct)
          ? direct.value.changes(insert)
          : Effect.map(sql`${insert} RETURNING seq`, (stored) => stored.length)
      ).pipe(Effect.orDie)
    }

    const storedSeqs = (id: string, seqs: ReadonlyArray<number>) =>
      Effect.flatMap(visible(id), (v) =>
        runRows(
          sql<{
            seq: number | string
          }>`SELECT seq FROM live_telemetry WHERE ${v} AND ${sql.in("seq", seqs)}`
        )
      ).pipe(
        Effect.map((stored) => new Set(stored.map((r) => Number(r.seq)))),
        Effect.orDie
      )

    /** Stored samples with `from` ≤ t ≤ `to`, in sequence order. */
    const samples = (id: string, from: number, to: number) =>
      Effect.gen(function* () {
        const v = yield* visible(id)
        const rows =
          yield* sql<SampleRow>`SELECT seq, t, tip_c, pressure_bar FROM live_telemetry WHERE ${v} AND t >= ${from} AND t <= ${to} ORDER BY seq`
        return rows.map(toSample)
      }).pipe(Effect.orDie)

    /** Appends stream messages (encoded JSON) and, on PostgreSQL, notifies every API process at commit. */
    const appendStream = (id: string, data: ReadonlyArray<string>) =>
      data.length === 0
        ? Effect.void
        : Effect.gen(function* () {
            yield* runRows(
              sql`INSERT INTO live_stream ${sql.insert(data.map((d) => ({ procedure_id: id, data: d })))}`
            )
            yield* sql.onDialectOrElse({
              pg: () => Effect.asVoid(sql`SELECT pg_notify(${notifyChannel}, ${id})`),
              orElse: () => Effect.void
            })
          }).pipe(Effect.orDie)

    /** Stream messages after `after` (a stream log id), oldest first. */
    const streamAfter = (id: string, after: number, limit = 1000) =>
      Effect.gen(function* () {
        const v = yield* visible(id)
        const rows = yield* sql<{
          id: number | string
          data: string
        }>`SELECT id, data FROM live_stream WHERE ${v} AND id > ${after} ORDER BY id LIMIT ${limit}`
        return rows.map((r) => ({ id: Number(r.id), data: r.data }))
      }).pipe(Effect.orDie)

    return { insertSamples, storedSeqs, samples, appendStream, streamAfter } as const
  })
}) {}
