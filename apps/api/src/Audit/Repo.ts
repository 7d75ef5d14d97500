import {
  AuditAction,
  type AuditQuery,
  type AuditRecord,
  endpointOfRequest,
  readAuditOutcome
} from "@cryoreg/contract"
import { SqlClient } from "@effect/sql"
import { Effect, Schema } from "effect"
import { centerFilter } from "../CenterScope.js"

interface AuditRow {
  readonly id: number | string
  readonly at: string
  readonly user_id: string
  readonly username: string
  readonly action: string
  readonly entity: string
  readonly entity_id: string
  readonly patient_id: string | null
  readonly center_id: string | null
  readonly before_value: string | null
  readonly after_value: string | null
  readonly reason: string | null
  readonly on_behalf_of?: string | null
  readonly address?: string | null
  readonly outcome?: string | null
}

/** A value as the JSON text it is stored with already (a record's `data`): appended as it is, not parsed and written again. */
export class StoredJson {
  constructor(readonly text: string) {}
}

/** One row to append. */
export interface AuditEntry {
  readonly at: string
  readonly userId: string
  readonly username: string
  readonly action: AuditRecord["action"]
  readonly entity: string
  readonly entityId: string
  readonly patientId: string | null
  readonly centerId: string | null
  readonly before: unknown
  readonly after: unknown
  readonly reason: string | null
  readonly onBehalfOf: string | null
  /** Where the request came from; null for what the server does by itself. */
  readonly address: string | null
  /** What came of it: "ok", or why it was refused; null for the writes stored before this was kept. */
  readonly outcome: string | null
}

const decodeAction = Schema.decodeUnknownSync(AuditAction)

const toRecord = (row: AuditRow): AuditRecord => ({
  id: String(row.id),
  at: row.at,
  userId: row.user_id,
  username: row.username,
  action: decodeAction(row.action),
  entity: row.entity,
  entityId: row.entity_id,
  patientId: row.patient_id,
  centerId: row.center_id,
  before: row.before_value === null ? null : JSON.parse(row.before_value),
  after: row.after_value === null ? null : JSON.parse(row.after_value),
  reason: row.reason,
  onBehalfOf: row.on_behalf_of ?? null,
  address: row.address ?? null,
  outcome: row.outcome ?? null,
  outcomeCode: readAuditOutcome(row.outcome ?? null),
  attempt: row.entity === "request" ? (endpointOfRequest(row.entity_id)?.name ?? null) : null
})

const Cursor = Schema.NumberFromString.pipe(Schema.int(), Schema.positive())
const decodeCursor = Schema.decodeUnknownOption(Cursor)

/** The append-only audit table: rows are inserted and read, never updated or deleted. */
export class AuditRepo extends Effect.Service<AuditRepo>()("api/AuditRepo", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const json = (value: unknown) =>
      value === null || value === undefined
        ? null
        : value instanceof StoredJson
          ? value.text
          : JSON.stringify(value)

    const append = (entries: ReadonlyArray<AuditEntry>) =>
      entries.length === 0
        ? Effect.void
        : sql`INSERT INTO audit_log ${sql.insert(
            entries.map((e) => ({
              at: e.at,
              user_id: e.userId,
              username: e.username,
              action: e.action,
              entity: e.entity,
              entity_id: e.entityId,
              patient_id: e.patientId,
              center_id: e.centerId,
              before_value: json(e.before),
              after_value: json(e.after),
              reason: e.reason,
              on_behalf_of: e.onBehalfOf,
              address: e.address,
              outcome: e.outcome
            }))
          )}`.pipe(Effect.asVoid, Effect.orDie)

    /** A page of the filtered trail, newest first, and how many rows the filters match in all. */
    const list = (query: AuditQuery, limit: number) => {
      const before =
        query.cursor === undefined
          ? null
          : decodeCursor(query.cursor).pipe((o) => (o._tag === "Some" ? o.value : 0))
      const filters = [
        ...(query.entity === undefined ? [] : [sql`entity = ${query.entity}`]),
        ...(query.entityId === undefined ? [] : [sql`entity_id = ${query.entityId}`]),
        ...(query.user === undefined ? [] : [sql`(username = ${query.user} OR user_id = ${query.user})`]),
        // a patient's id as typed ("waw-0067"): ids are A–Z/a–z text, compared in capitals on every dialect
        ...(query.patient === undefined ? [] : [sql`UPPER(patient_id) = ${query.patient.toUpperCase()}`]),
        ...(query.action === undefined ? [] : [sql`action = ${query.action}`]),
        ...(query.from === undefined ? [] : [sql`at >= ${query.from}`]),
        ...(query.to === undefined ? [] : [sql`at <= ${query.to}`])
      ]
      return Effect.flatMap(centerFilter(sql), (scope) =>
        Effect.all([
          sql<AuditRow>`SELECT * FROM audit_log WHERE ${sql.and([
            scope,
            ...(before === null ? [] : [sql`id < ${before}`]),
            ...filters
          ])} ORDER BY id DESC LIMIT ${limit + 1}`,
          sql<{
            readonly n: number | string
          }>`SELECT COUNT(*) AS n FROM audit_log WHERE ${sql.and([scope, ...filters])}`
        ])
      ).pipe(
        Effect.map(([rows, counted]) => ({
          items: rows.slice(0, limit).map(toRecord),
          nextCursor: rows.length > limit ? String(rows[limit - 1]!.id) : null,
          total: Number(counted[0]?.n ?? 0)
        })),
        Effect.orDie
      )
    }

    const ofPatient = (patientId: string) =>
      Effect.flatMap(
        centerFilter(sql),
        (scope) =>
          sql<AuditRow>`SELECT * FROM audit_log WHERE patient_id = ${patientId} AND ${scope} ORDER BY id`
      ).pipe(
        Effect.map((rows) => rows.map(toRecord)),
        Effect.orDie
      )

    return { append, list, ofPatient } as const
  })
}) {}
