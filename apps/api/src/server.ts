import { readFileSync } from "node:fs"
import type { SqlClient } from "@effect/sql"
import { type ServerType, serve } from "@hono/node-server"
import { Layer, ManagedRuntime } from "effect"
import { makeApp } from "./app.js"
import { type Bootstrapped, bootstrap } from "./Bootstrap.js"
import type { DatabaseInfo } from "./Database.js"
import { closeStreams } from "./LiveProcedures/Stream.js"
import type { RowSecurity } from "./RowSecurity.js"
import { servicesLayer } from "./Services.js"

const version: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version

export interface StartOptions {
  readonly port: number
  readonly host: string
  readonly webDir?: string | undefined
  /** Where the JSON request log goes (`main.ts`: stdout); none when absent. */
  readonly requestLog?: ((line: string) => void) | undefined
  readonly database: Layer.Layer<SqlClient.SqlClient | DatabaseInfo | RowSecurity, unknown>
}

/** A running server: its URL, what the first start created, and how to stop it (closing the database too). */
export interface RunningServer {
  readonly url: string
  readonly bootstrapped: Bootstrapped
  /** Every route the app answers (method and Hono path), for the documentation check. */
  readonly routes: ReadonlyArray<{ readonly method: string; readonly path: string }>
  readonly close: () => Promise<void>
}

/** Opens the database, runs migrations, creates the first accounts (and the demo) when empty, and listens. */
export const startServer = async (options: StartOptions): Promise<RunningServer> => {
  const runtime = ManagedRuntime.make(servicesLayer.pipe(Layer.provideMerge(options.database), Layer.orDie))
  const bootstrapped = await runtime.runPromise(bootstrap)
  const app = makeApp(runtime, { webDir: options.webDir, version, requestLog: options.requestLog })
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s))
    s.once("error", reject)
  })
  const address = server.address()
  const port = typeof address === "object" && address !== null ? address.port : options.port
  const shownHost = options.host === "0.0.0.0" || options.host === "127.0.0.1" ? "localhost" : options.host
  return {
    url: `http://${shownHost}:${port}`,
    bootstrapped,
    routes: app.routes.map((r) => ({ method: r.method, path: r.path })),
    close: async () => {
      await closeStreams(runtime)
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await runtime.dispose()
    }
  }
}
