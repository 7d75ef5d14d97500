import type { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import { CurrentUser, centerScope } from "../CurrentUser.js"

/**
 * The caller's reach over live procedures as SQL: a center-bound role sees its center only, a device token
 * the one procedure it is bound to (a device account's own sign-in: the procedures it opened). `visible`
 * scopes a procedure's child rows (events, telemetry, stream) through their procedure.
 */
export const callerScope = (sql: SqlClient.SqlClient) => {
  const scope = Effect.map(CurrentUser, (user) => {
    const center = centerScope(user)
    const parts = center === null ? [] : [sql`center_id = ${center}`]
    if (user.role === "device")
      parts.push(user.procedureId === null ? sql`created_by = ${user.id}` : sql`id = ${user.procedureId}`)
    return parts.length === 0 ? sql`1 = 1` : sql.and(parts)
  })
  const visible = (id: string) =>
    Effect.map(scope, (s) => sql`procedure_id IN (SELECT id FROM live_procedures WHERE id = ${id} AND ${s})`)
  return { scope, visible } as const
}
