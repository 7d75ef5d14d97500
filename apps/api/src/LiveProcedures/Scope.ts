import { Access } from "@cryoreg/contract"
import type { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import { centerFilter } from "../CenterScope.js"
import { CurrentUser } from "../CurrentUser.js"

/**
 * The caller's reach over live procedures as SQL: a center-bound role sees its center only, a device token
 * the one procedure it is bound to (a device account's own sign-in: the procedures it opened). `visible`
 * scopes a procedure's child rows (events, telemetry, stream) through their procedure.
 */
export const callerScope = (sql: SqlClient.SqlClient) => {
  const scope = Effect.gen(function* () {
    const user = yield* CurrentUser
    const center = yield* centerFilter(sql)
    if (!Access.isProbe(user.role)) return center
    return sql.and([
      center,
      user.procedureId === null ? sql`created_by = ${user.id}` : sql`id = ${user.procedureId}`
    ])
  })
  const visible = (id: string) =>
    Effect.map(scope, (s) => sql`procedure_id IN (SELECT id FROM live_procedures WHERE id = ${id} AND ${s})`)
  return { scope, visible } as const
}
