import { Access } from "@cryoreg/contract"
import type { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import { CurrentUser } from "./CurrentUser.js"

/**
 * The one center filter of every repository read and search (medplum's `addSecurityFilters`): for a
 * center-bound caller `column = <their center>`, for the all-center roles a condition that always holds.
 * Each repository adds it to each query it runs for a caller; PostgreSQL's row-level security is the
 * second wall behind it. `test/Access/repository-scope.test.ts` calls every repository method as a
 * center-bound user and fails on one that returns another center's row.
 */
export const centerFilter = (sql: SqlClient.SqlClient, column = "center_id") =>
  Effect.map(CurrentUser, (user) => {
    const center = Access.centerOf(user)
    return center === null ? sql`1 = 1` : sql`${sql(column)} = ${center}`
  })
