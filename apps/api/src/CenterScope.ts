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
  Effect.map(CurrentUser, (user) => centerCondition(sql, Access.centerOf(user), column))

/**
 * The condition itself, for a center decided before (`null`: every center): what `centerFilter` adds for a
 * caller, and what a process-level read uses for the center its job was granted (the bulk FHIR export).
 */
export const centerCondition = (sql: SqlClient.SqlClient, center: string | null, column = "center_id") =>
  center === null ? sql`1 = 1` : sql`${sql(column)} = ${center}`
