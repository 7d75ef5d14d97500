import { createHash } from "node:crypto"
import type { IncomingMessage, ServerResponse } from "node:http"
import type { MiddlewareHandler } from "hono"
import { isHttps } from "./Client.js"

const common = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'"
]

/**
 * The dashboard's policy: scripts only from this origin. Styles allow inline because Observable Plot writes
 * `style` attributes and a `<style>` into each chart's SVG; CSS cannot run code, scripts stay strict.
 */
export const dashboardPolicy = [...common, "script-src 'self'", "style-src 'self' 'unsafe-inline'"].join("; ")

const inlineScripts = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi

/** The reference page's policy: any inline script allowed by its hash only, never by 'unsafe-inline'. */
export const docsPolicy = (html: string) => {
  const hashes = [...html.matchAll(inlineScripts)].map(
    (m) =>
      `'sha256-${createHash("sha256")
        .update(m[1] ?? "")
        .digest("base64")}'`
  )
  return [
    ...common,
    `script-src ${["'self'", ...hashes].join(" ")}`,
    "style-src 'self' 'unsafe-inline'"
  ].join("; ")
}

let docsPolicyCache: string | undefined

/** The reference page's policy, from its HTML (read once: the page is the same for every request). */
export const docsHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  if (!(c.res.headers.get("content-type") ?? "").includes("text/html")) return
  if (docsPolicyCache === undefined) {
    const html = await c.res.text()
    docsPolicyCache = docsPolicy(html)
    c.res = new Response(html, { status: c.res.status, headers: c.res.headers })
  }
  c.res.headers.set("content-security-policy", docsPolicyCache)
}

const fixed: ReadonlyArray<readonly [string, string]> = [
  ["content-security-policy", dashboardPolicy],
  ["x-content-type-options", "nosniff"],
  ["referrer-policy", "no-referrer"],
  ["x-frame-options", "DENY"],
  ["cross-origin-opener-policy", "same-origin"],
  ["cross-origin-resource-policy", "same-origin"]
]

/**
 * Security headers on every response, set on the Node response before the app runs (a header the app
 * sets itself, such as the reference page's policy or a `cache-control`, replaces the default); API
 * answers (health data) are never cached. HSTS on HTTPS: a TLS socket, or a trusted proxy's `X-Forwarded-Proto`.
 */
export const setSecurityHeaders = (
  request: IncomingMessage,
  response: ServerResponse,
  trustProxy = false
): void => {
  for (const [name, value] of fixed) response.setHeader(name, value)
  if (request.url?.startsWith("/api/")) response.setHeader("cache-control", "no-store")
  if (isHttps(request, trustProxy)) response.setHeader("strict-transport-security", "max-age=31536000")
}
