import { Effect } from "effect"
import type { Hono } from "hono"
import * as AppConfig from "../AppConfig.js"
import type { Runtime } from "./Route.js"
import { clientOf } from "./Security/Client.js"
import { type Limits, readLimits } from "./Security/Config.js"
import { csrfProtection } from "./Security/Csrf.js"
import { docsHeaders } from "./Security/Headers.js"
import { rateLimit } from "./Security/Limits.js"
import { type LogSink, requestLog } from "./Security/RequestLog.js"

export type { LogSink } from "./Security/RequestLog.js"

/** What the edge is told: its limits (from the environment by default) and where request logs go. */
export interface SecurityOptions {
  readonly limits?: Limits
  /** A sink for the JSON request lines; without one nothing is logged (in-process tests). */
  readonly requestLog?: LogSink | undefined
  /** Whether a TLS-terminating proxy's `X-Forwarded-*` headers are believed (`CRYOREG_TRUST_PROXY`). */
  readonly trustProxy?: boolean
}

/**
 * The edge, mounted before every route: who the client is (address, HTTPS), the request log (outermost, so it sees every answer), the
 * reference page's script policy (the other security headers are set on the Node response: `server.ts`), CSRF protection of cookie-authenticated writes, and per-token rate limits (sign-in throttling is the auth service's: it needs the decoded user name).
 */
export const security = (app: Hono, runtime: Runtime, options: SecurityOptions = {}) => {
  const limits = options.limits ?? readLimits()
  app.use("*", clientOf(options.trustProxy ?? Effect.runSync(AppConfig.trustProxy)))
  if (options.requestLog !== undefined) app.use("*", requestLog(runtime, options.requestLog))
  app.use("/api/docs", docsHeaders)
  app.use("/api/*", csrfProtection)
  app.use("/api/*", rateLimit(limits))
}
