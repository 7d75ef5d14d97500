import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Database from "../../src/Database.js"
import { type RunningServer, startServer } from "../../src/server.js"
import { signIn } from "../attack/client.js"
import { password } from "../support/registry.js"
import { tempDataDir } from "../support/server.js"
import { withEnv } from "./support.js"

// Issue 19, item 11: behind a TLS-terminating proxy (CRYOREG_TRUST_PROXY=1) the proxy's X-Forwarded-Proto
// and X-Forwarded-For are believed; without it they are ignored, as anyone can send them.
const viaProxy = (client: string) => ({
  "x-forwarded-proto": "https",
  "x-forwarded-for": `198.51.100.9, ${client}`
})

const start = async (trust: "0" | "1") => {
  const restore = withEnv({ CRYOREG_TRUST_PROXY: trust, CRYOREG_ADMIN_PASSWORD: password, CRYOREG_DEMO: "0" })
  const lines: Array<{ route: string; address: string }> = []
  try {
    const server = await startServer({
      port: 0,
      host: "127.0.0.1",
      database: Database.sqlite(tempDataDir()),
      requestLog: (line) => lines.push(JSON.parse(line))
    })
    return { server, url: server.url.replace("localhost", "127.0.0.1"), lines }
  } finally {
    restore()
  }
}

describe("behind a trusted TLS-terminating proxy (CRYOREG_TRUST_PROXY=1)", () => {
  let api: { server: RunningServer; url: string; lines: Array<{ route: string; address: string }> }
  beforeAll(async () => {
    api = await start("1")
  })
  afterAll(() => api?.server.close())

  it("sets Secure on the session cookie and sends HSTS when the proxy says HTTPS", async () => {
    const answer = await signIn(api.url, "admin", password, { headers: viaProxy("203.0.113.7") })
    expect(answer.status).toBe(200)
    expect(String(answer.headers["set-cookie"])).toMatch(/cryoreg_session=[^;]+;.*\bSecure\b/)
    expect(answer.headers["strict-transport-security"]).toBe("max-age=31536000")
    const plain = await signIn(api.url, "admin", password, { headers: { "x-forwarded-proto": "http" } })
    expect(String(plain.headers["set-cookie"])).not.toMatch(/\bSecure\b/)
    expect(plain.headers["strict-transport-security"]).toBeUndefined()
  })

  it("throttles, audits and logs the client's address the proxy forwarded, not the proxy's", async () => {
    api.lines.length = 0
    for (let i = 0; i < 5; i++)
      expect((await signIn(api.url, "admin", "wrong", { headers: viaProxy("203.0.113.7") })).status).toBe(401)
    expect((await signIn(api.url, "admin", password, { headers: viaProxy("203.0.113.7") })).status).toBe(429)
    // Another client behind the same proxy (the same socket address) is not shut out.
    const other = await signIn(api.url, "admin", password, { headers: viaProxy("203.0.113.8") })
    expect(other.status).toBe(200)
    const audit = await fetch(`${api.url}/api/audit?user=admin&limit=200`, {
      headers: { authorization: `Bearer ${other.json.token}` }
    }).then(
      (r) => r.json() as Promise<{ items: Array<{ action: string; outcome: string; address: string }> }>
    )
    const failed = audit.items.filter((a) => a.action === "login" && a.outcome !== "ok")
    expect(new Set(failed.map((a) => a.address))).toEqual(new Set(["203.0.113.7"]))
    // newest first
    expect(audit.items[0]).toMatchObject({ action: "login", outcome: "ok", address: "203.0.113.8" })
    const logged = api.lines.filter((l) => l.route === "/api/auth/login").map((l) => l.address)
    expect(new Set(logged)).toEqual(new Set(["203.0.113.7", "203.0.113.8"]))
  })
})

describe("without CRYOREG_TRUST_PROXY the forwarded headers are ignored", () => {
  let api: { server: RunningServer; url: string; lines: Array<{ route: string; address: string }> }
  beforeAll(async () => {
    api = await start("0")
  })
  afterAll(() => api?.server.close())

  it("neither marks the cookie Secure nor sends HSTS over plain HTTP, whatever the headers say", async () => {
    const answer = await signIn(api.url, "admin", password, { headers: viaProxy("203.0.113.7") })
    expect(answer.status).toBe(200)
    expect(String(answer.headers["set-cookie"])).not.toMatch(/\bSecure\b/)
    expect(answer.headers["strict-transport-security"]).toBeUndefined()
  })

  it("counts, audits and logs the socket's address: a forged X-Forwarded-For escapes nothing", async () => {
    for (let i = 0; i < 5; i++)
      expect((await signIn(api.url, "admin", "wrong", { headers: viaProxy(`203.0.113.${i}`) })).status).toBe(
        401
      )
    expect((await signIn(api.url, "admin", password, { headers: viaProxy("203.0.113.99") })).status).toBe(429)
    expect(new Set(api.lines.map((l) => l.address))).toEqual(new Set(["127.0.0.1"]))
  })
})
