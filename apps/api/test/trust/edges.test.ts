import { makeClient } from "@cryoreg/contract"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { newPatient } from "../support/inputs.js"
import { password, type Registry, startRegistry } from "../support/registry.js"
import { cookieOf, send, withEnv } from "./support.js"

const login = (r: Registry, username: string, pass = password) =>
  send(r.url, "POST", "/api/auth/login", { body: { username, password: pass } })

describe("security headers, CSRF and session revocation (SQLite)", () => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry("sqlite", { demo: false })
  })
  afterAll(() => registry?.close())

  it("sets the security headers on answers, refusals and unknown routes", async () => {
    for (const [path, status] of [
      ["/api/health", 200],
      ["/api/patients", 401],
      ["/api/nothing-here", 404]
    ] as const) {
      const answer = await send(registry.url, "GET", path)
      expect(answer.status).toBe(status)
      const csp = answer.headers.get("content-security-policy") ?? ""
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toMatch(/script-src[^;]*unsafe/)
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff")
      expect(answer.headers.get("referrer-policy")).toBe("no-referrer")
      expect(answer.headers.get("x-frame-options")).toBe("DENY")
      expect(answer.headers.get("cache-control")).toBe("no-store")
    }
  })

  it("serves the reference page with its scripts from the registry only, no inline script allowed", async () => {
    const page = await send(registry.url, "GET", "/api/docs")
    expect(page.status).toBe(200)
    const scripts = page.headers.get("content-security-policy")?.match(/script-src ([^;]*)/)?.[1] ?? ""
    expect(scripts).toBe("'self'")
  })

  it("refuses a cookie-authenticated write without the CSRF header, and stores nothing", async () => {
    const cookie = cookieOf((await login(registry, "admin")).headers)
    const attempt = await send(registry.url, "POST", "/api/patients", {
      body: newPatient("CSRF-0001"),
      headers: { cookie }
    })
    expect(attempt.status).toBe(403)
    expect(attempt.json.error).toBe("CsrfRejected")
    const read = await send(registry.url, "GET", "/api/patients/CSRF-0001", { headers: { cookie } })
    expect(read.status).toBe(404)
    // Reads need no header; the dashboard's client sends it on every call.
    expect((await send(registry.url, "GET", "/api/auth/me", { headers: { cookie } })).status).toBe(200)
    const logout = await send(registry.url, "POST", "/api/auth/logout", { headers: { cookie } })
    expect(logout.status).toBe(403)
    const allowed = await send(registry.url, "POST", "/api/auth/logout", {
      headers: { cookie, "x-cryoreg-csrf": "1" }
    })
    expect(allowed.status).toBe(204)
  })

  it("leaves a sign-in body to the route's strict parser after the throttle has read it", async () => {
    const response = await fetch(`${registry.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"username":"admin","username":"other","password":"${password}"}`
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error).toBe("MalformedJson")
  })

  it("lets a bearer-token write through without the header", async () => {
    const answer = await send(registry.url, "POST", "/api/patients", {
      body: newPatient("WAW-0002"),
      headers: { authorization: `Bearer ${registry.tokens.admin}` }
    })
    expect(answer.status).toBe(400) // no center "waw" in an empty registry: refused by the rules, not by CSRF
    expect(answer.json.error).not.toBe("CsrfRejected")
  })

  it("lets an admin end every session of an account, audited; others may not", async () => {
    const admin = registry.as.admin
    const user = await admin.createUser({
      body: {
        username: "stat-2",
        displayName: "Second statistician",
        role: "statistician",
        centerId: null,
        password: "a-long-enough-password"
      }
    })
    const tokens = await Promise.all(
      [1, 2].map(async () => (await login(registry, "stat-2", "a-long-enough-password")).json.token as string)
    )
    const me = (t: string) =>
      send(registry.url, "GET", "/api/auth/me", { headers: { authorization: `Bearer ${t}` } })
    expect((await me(tokens[0]!)).status).toBe(200)
    const byStatistician = await send(registry.url, "POST", `/api/users/${user.id}/revoke-sessions`, {
      headers: { authorization: `Bearer ${tokens[0]}` }
    })
    expect(byStatistician.status).toBe(403)
    await admin.revokeSessions({ params: { id: user.id } })
    for (const t of tokens) expect((await me(t)).status).toBe(401)
    const unknown = await send(registry.url, "POST", "/api/users/no-such-user/revoke-sessions", {
      headers: { authorization: `Bearer ${registry.tokens.admin}` }
    })
    expect(unknown.status).toBe(404)
    const audit = await admin.listAudit({ query: { entity: "user", entityId: user.id } })
    expect(audit.items.map((a) => a.action)).toContain("revoke")
    // A new sign-in works again.
    expect((await login(registry, "stat-2", "a-long-enough-password")).status).toBe(200)
  })
})

describe("rate limits and sign-in throttling (SQLite, low limits)", () => {
  let registry: Registry
  let restore: () => void
  beforeAll(async () => {
    restore = withEnv({
      CRYOREG_RATE_LIMIT: "2",
      CRYOREG_RATE_BURST: "12",
      CRYOREG_LOGIN_FAILURES_PER_ACCOUNT: "3",
      CRYOREG_LOGIN_FAILURES_PER_ADDRESS: "6"
    })
    registry = await startRegistry("sqlite", { demo: false })
  })
  afterAll(async () => {
    restore()
    await registry?.close()
  })

  it("answers 429 with Retry-After to a token past its burst, and not to another token", async () => {
    const bearer = { authorization: `Bearer ${registry.tokens.admin}` }
    const statuses: Array<number> = []
    let retryAfter: string | null = null
    for (let i = 0; i < 14; i++) {
      const answer = await send(registry.url, "GET", "/api/auth/me", { headers: bearer })
      statuses.push(answer.status)
      if (answer.status === 429) {
        retryAfter = answer.headers.get("retry-after")
        expect(answer.json.error).toBe("TooManyRequests")
      }
    }
    // The sign-in spent one request of the burst; a request or two may refill while these run.
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(13)
    expect(statuses.at(-1)).toBe(429)
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1)
    const other = (await login(registry, "admin")).json.token as string
    const fresh = await send(registry.url, "GET", "/api/auth/me", {
      headers: { authorization: `Bearer ${other}` }
    })
    expect(fresh.status).toBe(200)
  })

  it("throttles an account from an address after 3 failed sign-ins, right password or not, then the address after 6", async () => {
    // A fresh token: the suite's admin token spent its burst above.
    const token = (await login(registry, "admin")).json.token as string
    await makeClient({ baseUrl: registry.url, token }).createUser({
      body: {
        username: "stat-3",
        displayName: "S3",
        role: "statistician",
        centerId: null,
        password: "pw-of-the-third-statistician"
      }
    })
    for (let i = 0; i < 3; i++) expect((await login(registry, "admin", `wrong-${i}`)).status).toBe(401)
    const blocked = await login(registry, "admin")
    expect(blocked.status).toBe(429)
    // The first wait is a second; each further failure from this address doubles it (test/attack/signin.test.ts).
    expect(Number(blocked.headers.get("retry-after"))).toBe(1)
    expect(blocked.json.token).toBeUndefined()
    // Another account from the same address still signs in (3 failures of 6 counted for the address).
    expect((await login(registry, "stat-3", "pw-of-the-third-statistician")).status).toBe(200)
    for (let i = 0; i < 3; i++) expect((await login(registry, `nobody-${i}`, "x")).status).toBe(401)
    expect((await login(registry, "stat-3", "pw-of-the-third-statistician")).status).toBe(429)
  })
})
