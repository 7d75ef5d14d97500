import { getConnInfo } from "@hono/node-server/conninfo"
import type { Context, MiddlewareHandler } from "hono"
import { problem } from "../../Problem.js"
import { tokenOf } from "../Route.js"
import { failureWindow, tokenBuckets } from "./Buckets.js"
import type { Limits } from "./Config.js"

const tooMany = (c: Context, seconds: number, message: string) => {
  const response = problem(c, "TooManyRequests", message)
  response.headers.set("retry-after", String(seconds))
  return response
}

const addressOf = (c: Context): string => {
  try {
    return getConnInfo(c).remote.address ?? "unknown"
  } catch {
    return "unknown" // app.request() in tests: no socket
  }
}

/** Requests per token (bearer or cookie): a token bucket each; 429 with `Retry-After` past it. */
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

// The user name of a sign-in, read from a small body only (the body limit and the schema come later).
const usernameOf = async (c: Context): Promise<string | undefined> => {
  const length = Number(c.req.header("content-length") ?? Number.NaN)
  if (!(length <= 4096)) return undefined
  try {
    // text(), not json(): Hono caches the text as sent, so the route's strict parser still sees duplicate keys.
    const name = (JSON.parse(await c.req.text()) as { username?: unknown } | null)?.username
    return typeof name === "string" ? name.toLowerCase() : undefined
  } catch {
    return undefined
  }
}

/**
 * Sign-in throttling: every attempt counts against its account and its address until it is answered other than 401, so
 * parallel guesses are counted before their (slow, scrypt) answers. Past the limit: 429 with `Retry-After`,
 * whether the password is right or not.
 */
export const loginThrottle = (limits: Limits): MiddlewareHandler => {
  const accounts = failureWindow(limits.loginFailuresPerAccount, limits.loginWindowMs)
  const addresses = failureWindow(limits.loginFailuresPerAddress, limits.loginWindowMs)
  return async (c, next) => {
    if (c.req.method !== "POST") return next()
    const address = addressOf(c)
    const account = await usernameOf(c)
    const wait = Math.max(
      limits.loginFailuresPerAddress === 0 ? 0 : addresses.blocked(address),
      account === undefined || limits.loginFailuresPerAccount === 0 ? 0 : accounts.blocked(account)
    )
    if (wait > 0) return tooMany(c, wait, `too many failed sign-ins: retry in ${wait} s`)
    addresses.fail(address)
    if (account !== undefined) accounts.fail(account)
    await next()
    if (c.res.status === 401) return
    addresses.refund(address)
    if (account === undefined) return
    if (c.res.status === 200) accounts.reset(account)
    else accounts.refund(account)
  }
}
