import { createHash } from "node:crypto"
import type { Context, MiddlewareHandler } from "hono"

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

/** The reference page's policy: its one inline script allowed by hash, not by 'unsafe-inline'. */
export const docsPolicy = (html: string) => {
  const hashes = [...html.matchAll(inlineScripts)].map(
    (m) =>
      `'sha256-${createHash("sha256")
        .update(m[1] ?? "")
        .digest("base64")}'`
  )
  return [...common, `script-src 'self' ${hashes.join(" ")}`, "style-src 'self' 'unsafe-inline'"].join("; ")
}

let docsPolicyCache: string | undefined

const policyOf = async (c: Context) => {
  if (c.req.path !== "/api/docs" || !(c.res.headers.get("content-type") ?? "").includes("text/html"))
    return dashboardPolicy
  if (docsPolicyCache === undefined) {
    // Read once (the page is the same for every request); the answer is rebuilt from the text read.
    const html = await c.res.text()
    docsPolicyCache = docsPolicy(html)
    c.res = new Response(html, { status: c.res.status, headers: c.res.headers })
  }
  return docsPolicyCache
}

/** Security headers on every response; API answers (health data) are never cached. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  const policy = await policyOf(c)
  const h = c.res.headers
  h.set("content-security-policy", policy)
  h.set("x-content-type-options", "nosniff")
  h.set("referrer-policy", "no-referrer")
  h.set("x-frame-options", "DENY")
  h.set("cross-origin-opener-policy", "same-origin")
  h.set("cross-origin-resource-policy", "same-origin")
  if (c.req.path.startsWith("/api/") && !h.has("cache-control")) h.set("cache-control", "no-store")
  if (new URL(c.req.url).protocol === "https:") h.set("strict-transport-security", "max-age=31536000")
}
