import { readFileSync } from "node:fs"
import { Api } from "@cryoreg/contract"
import { ServerStatus } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import type { Hono } from "hono"
import { DatabaseInfo } from "./Database.js"
import { type Runtime, router } from "./http/Route.js"
import { RegistryMeta } from "./RegistryMeta.js"

const version: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version

/** Reports the server's version, its database and how long it has been up. */
export class Health extends Effect.Service<Health>()("api/Health", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const database = yield* DatabaseInfo
    const meta = yield* RegistryMeta
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
        uptimeSeconds: (Date.now() - startedAt) / 1000,
        demo: yield* meta.isDemo
      })
    })
    return { status } as const
  }),
  dependencies: [RegistryMeta.Default]
}) {}

/** `GET /api/health`. */
export const healthRoutes = (app: Hono, runtime: Runtime) =>
  router(app, runtime).mount(Api.health, () => Effect.flatMap(Health, (h) => h.status))
