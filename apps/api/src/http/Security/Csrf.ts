import type { MiddlewareHandler } from "hono"
import { getCookie } from "hono/cookie"
import { problem } from "../../Problem.js"
import { sessionCookie } from "../Route.js"

/** The header a cookie-authenticated write must carry (`@cryoreg/contract`'s client sends it on every call). */
export const csrfHeader = "x-cryoreg-csrf"

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"])

/**
 * CSRF: a write that the browser authenticates with the session cookie (no `Authorization` header) must
 * carry `X-Cryoreg-Csrf`. Another site cannot set a custom header without a CORS preflight, which this
 * API never grants; bearer-token callers are not exposed (a browser never attaches their token by itself).
 */
export const csrfProtection: MiddlewareHandler = async (c, next) => {
  if (
    !safeMethods.has(c.req.method) &&
    c.req.header("authorization") === undefined &&
    getCookie(c, sessionCookie) !== undefined &&
    c.req.header(csrfHeader) === undefined
  )
    return problem(
      c,
      "CsrfRejected",
      `a write authenticated by the session cookie must carry the ${csrfHeader} header`
    )
  return next()
}
