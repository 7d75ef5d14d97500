import { SqlClient } from "@effect/sql"
import { Context, Effect, Layer } from "effect"
import { CurrentUser, centerScope } from "./CurrentUser.js"
import { appRole } from "./migrations/rls.js"

/**
 * Runs a request's queries under the database's row-level security: on PostgreSQL one transaction as
 * `cryoreg_app` with the caller's center in `cryoreg.scope`; on SQLite (one process, no roles) as it is.
 */
export class RowSecurity extends Context.Tag("api/RowSecurity")<
  RowSecurity,
  { readonly scoped: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R | CurrentUser> }
>() {}

/** The caller's scope as the policies read it: a center id, or '*' for the all-center roles. */
export const scopeOf = Effect.map(CurrentUser, (user) => centerScope(user) ?? "*")

/** PostgreSQL: a transaction per request, as the policy-bound role, with the caller's scope. */
export const postgres = Layer.effect(
  RowSecurity,
  Effect.map(SqlClient.SqlClient, (sql) => ({
    scoped: <A, E, R>(effect: Effect.Effect<A, E, R>) =>
      sql
        .withTransaction(
          Effect.gen(function* () {
            const scope = yield* scopeOf
            // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
            yield* sql`SELECT set_config('role', ${appRole}, true), set_config('cryoreg.scope', ${scope}, true)`
            return yield* effect
          })
        )
        .pipe(Effect.catchTag("SqlError", Effect.die)) as Effect.Effect<A, E, R | CurrentUser>
  }))
)

/** SQLite: the repositories' scoping is the wall; nothing to set. */
export const none = Layer.succeed(RowSecurity, { scoped: (effect) => effect })
