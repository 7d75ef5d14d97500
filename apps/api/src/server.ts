import type { SqlClient } from "@effect/sql"
import { type ServerType, serve } from "@hono/node-server"
import { Effect, Layer, ManagedRuntime } from "effect"
import { makeApp } from "./app.js"
import type { DatabaseInfo } from "./Database.js"
import { Health } from "./Health.js"

export interface StartOptions {
  readonly port: number
  readonly host: string
  readonly webDir?: string | undefined
  readonly database: Layer.Layer<SqlClient.SqlClient | DatabaseInfo, unknown>
}

/** A running server: its URL and how to stop it (closing the database too). */
export interface RunningServer {
  readonly url: string
  readonly close: () => Promise<void>
}

/** Opens the database, runs migrations, and listens; resolves once the port is bound. */
export const startServer = async (options: StartOptions): Promise<RunningServer> => {
  const runtime = ManagedRuntime.make(Health.Default.pipe(Layer.provide(options.database), Layer.orDie))
  await runtime.runPromise(Effect.void)
  const app = makeApp(runtime, { webDir: options.webDir })
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s))
    s.once("error", reject)
  })
  const address = server.address()
  const port = typeof address === "object" && address !== null ? address.port : options.port
  const shownHost = options.host === "0.0.0.0" || options.host === "127.0.0.1" ? "localhost" : options.host
  return {
    url: `http://${shownHost}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await runtime.dispose()
    }
  }
}
