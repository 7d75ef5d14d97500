import { SqlClient } from "@effect/sql"
import { Effect, Option } from "effect"
import { centerFilter } from "../CenterScope.js"
import * as Sqlite from "../Database/Sqlite.js"
import {
  decodeDeviation,
  decodeEvaluation,
  type ProcedureRow,
  procedureRowOf,
  type StoredProcedureRow
} from "./Rows.js"
import { callerScope } from "./Scope.js"

export type { ProcedureRow } from "./Rows.js"

/**
 * Live procedures in SQL. Every read is scoped by the caller: a center-bound role sees its center only, a
 * device token the one procedure it is bound to (a device account's own sign-in: the procedures it opened).
 * Writes to a procedure's rows follow a scoped `find` in the same transaction.
 */
export class LiveRepo extends Effect.Service<LiveRepo>()("api/LiveRepo", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const runRows = yield* Sqlite.rowsRunner
    const { scope, visible } = callerScope(sql)
    const forUpdate = sql.onDialectOrElse({ pg: () => sql` FOR UPDATE`, orElse: () => sql`` })

    /** The procedure if the caller may see it; `lock` holds its row until the transaction ends (PostgreSQL). */
    const find = (id: string, lock = false) =>
      Effect.gen(function* () {
        const s = yield* scope
        const found = yield* runRows(
          lock
            ? sql<StoredProcedureRow>`SELECT * FROM live_procedures WHERE id = ${id} AND ${s}${forUpdate}`
            : sql<StoredProcedureRow>`SELECT * FROM live_procedures WHERE id = ${id} AND ${s}`
        )
        return Option.map(Option.fromNullable(found[0]), procedureRowOf)
      }).pipe(Effect.orDie)

    /** The id of the patient's open live procedure (at most one: a partial unique index keeps it so). */
    // Center only, not a probe's own procedure: a probe opening or completing one must see any open one.
    const openOfPatient = (patientId: string) =>
      Effect.gen(function* () {
        const rows = yield* sql<{
          id: string
        }>`SELECT id FROM live_procedures WHERE patient_id = ${patientId} AND mode = 'live' AND ${yield* centerFilter(sql)}`
        return Option.fromNullable(rows[0]?.id)
      }).pipe(Effect.orDie)

    /** The patient's live procedure that is open or completed (an aborted one is history), if the caller may see it. */
    const currentOfPatient = (patientId: string) =>
      Effect.gen(function* () {
        const s = yield* scope
        const rows =
          yield* sql<StoredProcedureRow>`SELECT * FROM live_procedures WHERE patient_id = ${patientId} AND mode <> 'aborted' AND ${s}`
        return Option.map(Option.fromNullable(rows[0]), procedureRowOf)
      }).pipe(Effect.orDie)

    /** The user name of an account (who opened a procedure), for the audit trail. */
    const usernameOf = (userId: string) =>
      sql<{ username: string }>`SELECT username FROM users WHERE id = ${userId}`.pipe(
        Effect.map((rows) => rows[0]?.username ?? userId),
        Effect.orDie
      )

    /** Ends every device session bound to the procedure: its tokens stop working at once. */
    const revokeDeviceTokens = (id: string, now: string) =>
      sql`UPDATE sessions SET revoked_at = ${now} WHERE procedure_id = ${id} AND revoked_at IS NULL`.pipe(
        Effect.asVoid,
        Effect.orDie
      )

    /**
     * When the procedure ends (completed, aborted): its device tokens are revoked and its device account is
     * deactivated, so it leaves the administrator's list of devices in use.
     */
    const endDevice = (id: string, now: string) =>
      Effect.zipRight(
        revokeDeviceTokens(id, now),
        sql`UPDATE users SET deactivated_at = ${now}
          WHERE username = ${`device.${id}`} AND role = 'device' AND deactivated_at IS NULL`.pipe(
          Effect.orDie
        )
      ).pipe(Effect.asVoid)

    const list = (filter: { readonly patient?: string | undefined; readonly mode?: string | undefined }) =>
      Effect.gen(function* () {
        const where = [
          yield* scope,
          ...(filter.patient === undefined ? [] : [sql`patient_id = ${filter.patient}`]),
          ...(filter.mode === undefined ? [] : [sql`mode = ${filter.mode}`])
        ]
        const rows =
          yield* sql<StoredProcedureRow>`SELECT * FROM live_procedures WHERE ${sql.and(where)} ORDER BY created_at DESC, id LIMIT 500`
        return rows.map(procedureRowOf)
      }).pipe(Effect.orDie)

    const insert = (row: ProcedureRow) =>
      sql`INSERT INTO live_procedures ${sql.insert({ ...row })}`.pipe(Effect.asVoid, Effect.orDie)

    const update = (
      id: string,
      changes: Partial<
        Pick<
          ProcedureRow,
          | "mode"
          | "completed_at"
          | "record_id"
          | "next_event_index"
          | "last_sample"
          | "clock"
          | "abort_reason"
        >
      >
    ) =>
      sql`UPDATE live_procedures SET ${sql.update(changes)} WHERE id = ${id}`.pipe(
        Effect.asVoid,
        Effect.orDie
      )

    const addSamples = (id: string, n: number, lastSample: string, clock: number) =>
      runRows(
        sql`UPDATE live_procedures SET samples = samples + ${n}, last_sample = ${lastSample}, clock = ${clock} WHERE id = ${id}`
      ).pipe(Effect.asVoid, Effect.orDie)

    const events = (id: string) =>
      Effect.gen(function* () {
        const v = yield* visible(id)
        return yield* sql<{
          idx: number
          data: string
        }>`SELECT idx, data FROM live_events WHERE ${v} ORDER BY idx`
      }).pipe(Effect.orDie)

    const insertEvents = (id: string, first: number, data: ReadonlyArray<string>, now: string) =>
      sql`INSERT INTO live_events ${sql.insert(data.map((d, i) => ({ procedure_id: id, idx: first + i, data: d, stored_at: now })))}`.pipe(
        Effect.asVoid,
        Effect.orDie
      )

    const cycles = (id: string) =>
      Effect.gen(function* () {
        const v = yield* visible(id)
        const rows = yield* sql<{
          lesion: number
          cycle: number
          evaluation: string
        }>`SELECT lesion, cycle, evaluation FROM live_cycles WHERE ${v} ORDER BY lesion, cycle`
        return rows.map((r) => ({
          lesion: r.lesion,
          cycle: r.cycle,
          evaluation: decodeEvaluation(r.evaluation)
        }))
      }).pipe(Effect.orDie)

    const insertCycles = (
      id: string,
      rows: ReadonlyArray<{ lesion: number; cycle: number; evaluation: string }>
    ) =>
      rows.length === 0
        ? Effect.void
        : sql`INSERT INTO live_cycles ${sql.insert(rows.map((r) => ({ procedure_id: id, ...r })))}`.pipe(
            Effect.asVoid,
            Effect.orDie
          )

    const deviations = (id: string) =>
      Effect.gen(function* () {
        const v = yield* visible(id)
        const rows = yield* sql<{ data: string }>`SELECT data FROM live_deviations WHERE ${v} ORDER BY ord`
        return rows.map((r) => decodeDeviation(r.data))
      }).pipe(Effect.orDie)

    const insertDeviations = (id: string, first: number, data: ReadonlyArray<string>) =>
      data.length === 0
        ? Effect.void
        : sql`INSERT INTO live_deviations ${sql.insert(data.map((d, i) => ({ procedure_id: id, ord: first + i, data: d })))}`.pipe(
            Effect.asVoid,
            Effect.orDie
          )

    return {
      find,
      openOfPatient,
      currentOfPatient,
      usernameOf,
      revokeDeviceTokens,
      endDevice,
      list,
      insert,
      update,
      addSamples,
      events,
      insertEvents,
      cycles,
      insertCycles,
      deviations,
      insertDeviations
    } as const
  })
}) {}
