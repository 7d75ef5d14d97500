import type { Context, MiddlewareHandler } from "hono"
import { problem } from "../../Problem.js"
import { tokenOf } from "../Route.js"
import { tokenBuckets } from "./Buckets.js"
import type { Limits } from "./Config.js"

const tooMany = (c: Context, seconds: number, message: string) => {
  const response = problem(c, "TooManyRequests", message)
  response.headers.set("retry-after", String(seconds))
  return response
}

/**
 * Requests per token (bearer or cookie): a token bucket each; 429 with `Retry-After` past it. Sign-in
 * throttling is not here: it needs the user name the route decodes, whatever the body's size or encoding
 * (`Auth/Throttle.ts`, called by `Auth.login`).
 */
export const rateLimit = (limits: Limits): MiddlewareHandler => {
  if (limits.ratePerSecond === 0) return (_, next) => next()
  const buckets = tokenBuckets(limits.ratePerSecond, Math.max(1, limits.rateBurst))
  return async (c, next) => {
    const token = tokenOf(c)
    const wait = token === undefined ? 0 : buckets.take(token)
    if (wait > 0) return tooMany(c, wait, `too many requests with this token: retry in ${wait} s`)
    return next()
  }
}
