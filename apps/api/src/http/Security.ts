import type { Hono } from "hono"
import type { Runtime } from "./Route.js"
import { type Limits, readLimits } from "./Security/Config.js"
import { csrfProtection } from "./Security/Csrf.js"
import { docsHeaders } from "./Security/Headers.js"
import { loginThrottle, rateLimit } from "./Security/Limits.js"
import { type LogSink, requestLog } from "./Security/RequestLog.js"

export type { LogSink } from "./Security/RequestLog.js"

/** What the edge is told: its limits (from the environment by default) and where request logs go. */
export interface SecurityOptions {
  readonly limits?: Limits
  /** A sink for the JSON request lines; without one nothing is logged (in-process tests). */
  readonly requestLog?: LogSink | undefined
}

/**
 * The edge, mounted before every route: the request log (outermost, so it sees every answer), the
 * reference page's script policy (the other security headers are set on the Node response: `server.ts`), CSRF protection of cookie-authenticated writes, per-token rate limits and sign-in throttling.
 */
export const security = (app: Hono, runtime: Runtime, options: SecurityOptions = {}) => {
  const limits = options.limits ?? readLimits()
  if (options.requestLog !== undefined) app.use("*", requestLog(runtime, options.requestLog))
  app.use("/api/docs", docsHeaders)
  app.use("/api/*", csrfProtection)
  app.use("/api/*", rateLimit(limits))
  app.use("/api/auth/login", loginThrottle(limits))
}
