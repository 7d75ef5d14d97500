import { SqlClient } from "@effect/sql"
import { Effect, Option } from "effect"
import { RequestSession } from "./CurrentUser.js"

/**
 * A counter of clinical writes, bumped inside each write's transaction: the analysis cache is valid
 * while it does not move, in this process and in every other process on the same database.
 */
export class DataVersion extends Effect.Service<DataVersion>()("api/DataVersion", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* sql`INSERT INTO registry_meta (key, value) SELECT 'data_version', '0' WHERE NOT EXISTS (SELECT 1 FROM registry_meta WHERE key = 'data_version')`
    const bump =
      sql`UPDATE registry_meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'data_version'`.pipe(
        Effect.asVoid,
        Effect.orDie
      )
    const current = sql<{ value: string }>`SELECT value FROM registry_meta WHERE key = 'data_version'`.pipe(
      Effect.map((rows) => rows[0]?.value ?? "0"),
      Effect.orDie
    )
    /** The version read with the request's session (no query), else the current one. */
    const atRequest = Effect.flatMap(Effect.serviceOption(RequestSession), (session) =>
      Option.isSome(session) ? Effect.succeed(session.value.dataVersion) : current
    )
    return { bump, current, atRequest } as const
  }).pipe(Effect.orDie)
}) {}
