import { Effect, Option } from "effect"
import type { MiddlewareHandler } from "hono"
import { routePath } from "hono/route"
import { Auth } from "../../Auth.js"
import { type Runtime, tokenOf } from "../Route.js"
import { client } from "./Client.js"

/** One request as the log records it: never a body, a query, a path's values, a token or a password. */
export interface RequestLine {
  readonly time: string
  readonly method: string
  /** The route's pattern (`/api/patients/:id`), not the path: ids of patients stay out of the log. */
  readonly route: string
  readonly status: number
  readonly ms: number
  readonly user: string | null
  /** The client's address (behind a trusted proxy, the one it forwarded). */
  readonly address: string
}

/** Where log lines go (stdout in `main.ts`). */
export type LogSink = (line: string) => void

// A token belongs to one user for its whole life, so its owner is looked up once (bounded cache).
const owners = (runtime: Runtime) => {
  const cache = new Map<string, string>()
  return async (token: string): Promise<string | null> => {
    const known = cache.get(token)
    if (known !== undefined) return known
    const session = await runtime.runPromise(Effect.flatMap(Auth, (auth) => auth.authenticate(token)))
    if (Option.isNone(session)) return null
    if (cache.size >= 10_000) cache.delete(cache.keys().next().value!)
    cache.set(token, session.value.user.id)
    return session.value.user.id
  }
}

/** Writes one JSON line per request to `sink` once it is answered. */
export const requestLog = (runtime: Runtime, sink: LogSink): MiddlewareHandler => {
  const ownerOf = owners(runtime)
  return async (c, next) => {
    const started = performance.now()
    await next()
    const ms = Math.round((performance.now() - started) * 10) / 10
    const pattern = routePath(c)
    const token = tokenOf(c)
    const user = token === undefined || c.res.status === 401 ? null : await ownerOf(token).catch(() => null)
    const line: RequestLine = {
      time: new Date().toISOString(),
      method: c.req.method,
      route: pattern === "" || pattern === "*" ? "(none)" : pattern,
      status: c.res.status,
      ms,
      user,
      address: client(c).address
    }
    sink(JSON.stringify(line))
  }
}
