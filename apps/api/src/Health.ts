import { readFileSync } from "node:fs"
import { ServerStatus } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import { DatabaseInfo } from "./Database.js"

const version: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version

/** Reports the server's version, its database and how long it has been up. */
export class Health extends Effect.Service<Health>()("api/Health", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const database = yield* DatabaseInfo
    const startedAt = Date.now()
    const status = Effect.gen(function* () {
      const ok = yield* sql`SELECT 1 AS one`.pipe(
        Effect.as(true),
        Effect.catchAll(() => Effect.succeed(false))
      )
      return new ServerStatus({
        status: "ok",
        version,
        database: { kind: database.kind, ok },
        uptimeSeconds: (Date.now() - startedAt) / 1000
      })
    })
    return { status } as const
  })
}) {}
