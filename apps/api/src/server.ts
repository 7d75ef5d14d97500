import { readFileSync } from "node:fs"
import { createServer } from "node:http"
import type { SqlClient } from "@effect/sql"
import { getRequestListener } from "@hono/node-server"
import { Effect, Layer, ManagedRuntime } from "effect"
import * as AppConfig from "./AppConfig.js"
import { makeApp } from "./app.js"
import { type Bootstrapped, bootstrap } from "./Bootstrap.js"
import type { DatabaseInfo } from "./Database.js"
import { closeExports } from "./Fhir/Mount.js"
import { setSecurityHeaders } from "./http/Security/Headers.js"
import { closeStreams } from "./LiveProcedures/Stream.js"
import type { RowSecurity } from "./RowSecurity.js"
import { servicesLayer } from "./Services.js"
import { Today } from "./Today.js"

const version: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version

export interface StartOptions {
  readonly port: number
  readonly host: string
  readonly webDir?: string | undefined
  /** Where the JSON request log goes (`main.ts`: stdout); none when absent. */
  readonly requestLog?: ((line: string) => void) | undefined
  readonly database: Layer.Layer<SqlClient.SqlClient | DatabaseInfo | RowSecurity, unknown>
  /** A fixed "today" (YYYY-MM-DD) instead of the clock's date in `CRYOREG_TIME_ZONE`: for tests. */
  readonly today?: string | undefined
  /** Believe a TLS-terminating proxy's `X-Forwarded-*` headers (default: `CRYOREG_TRUST_PROXY`). */
  readonly trustProxy?: boolean | undefined
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
  // No tracer is exported, so spans (one per SQL statement and service call) are not made at all.
  const runtime = ManagedRuntime.make(
    servicesLayer.pipe(
      Layer.provideMerge(options.today === undefined ? Today.Default : Today.fixed(options.today)),
      Layer.provideMerge(options.database),
      Layer.provideMerge(Layer.setTracerEnabled(false)),
      Layer.orDie
    )
  )
  const bootstrapped = await runtime.runPromise(bootstrap)
  const trustProxy = options.trustProxy ?? Effect.runSync(AppConfig.trustProxy)
  const app = makeApp(runtime, {
    webDir: options.webDir,
    version,
    requestLog: options.requestLog,
    trustProxy
  })
  // Hono's listener under Node's own server, which sets the fixed security headers first (cheaper there
  // than on every Response).
  const listener = getRequestListener(app.fetch)
  const server = createServer((request, response) => {
    setSecurityHeaders(request, response, trustProxy)
    void listener(request, response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port, options.host, () => resolve())
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
      await closeExports(runtime)
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await runtime.dispose()
    }
  }
}
