import { createHash } from "node:crypto"
import { join } from "node:path"
import { PgClient } from "@effect/sql-pg"
import Database from "better-sqlite3"
import { Effect, Layer, Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Db from "../../src/Database.js"
import { type RunningServer, startServer } from "../../src/server.js"
import { eligiblePatient, openProcedure, send, sevenLevels, textbookPosts } from "../live/support.js"
import { freshDatabase } from "../support/postgres.js"
import { dialects, type Registry, raw, startRegistry } from "../support/registry.js"
import { tempDataDir } from "../support/server.js"
import { spawnApi } from "../trust/process.js"

// Issue 19, items 4, 6, 9 and 10: streams that outlive their session, device tokens that outlive their
// procedure or their opener, weak passwords, and unbounded streams per session — against a real server.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A live-procedure stream as a client holds it: when it ended (null while open) and what it received. */
const follow = async (url: string, token: string) => {
  const controller = new AbortController()
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, accept: "text/event-stream" },
    signal: controller.signal
  })
  const body = response.status === 200 ? "" : await response.text()
  let text = ""
  let endedAt: number | null = null
  const reading = (async () => {
    const reader = response.body?.getReader()
    if (reader === undefined) return
    const decoder = new TextDecoder()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      text += decoder.decode(value, { stream: true })
    }
  })()
    .catch(() => undefined)
    .finally(() => {
      endedAt = Date.now()
    })
  void reading
  return {
    status: response.status,
    body,
    text: () => text,
    endedAt: () => endedAt,
    close: () => controller.abort()
  }
}
type Followed = Awaited<ReturnType<typeof follow>>

/** How long after `since` the stream ended, waiting at most `ms` (null: still open). */
const endedWithin = async (stream: Followed, since: number, ms: number) => {
  while (stream.endedAt() === null && Date.now() - since < ms) await sleep(20)
  const at = stream.endedAt()
  return at === null ? null : at - since
}

/** Runs one statement on the registry's database, as a second client would (SQLite file or PostgreSQL). */
const onDatabase = async (registry: Registry, statement: string, params: ReadonlyArray<string>) => {
  if (registry.dataDir !== null) {
    const db = new Database(join(registry.dataDir, "cryoreg.sqlite"))
    try {
      db.prepare(statement).run(...params)
    } finally {
      db.close()
    }
    return
  }
  let i = 0
  const pgStatement = statement.replace(/\?/g, () => `$${++i}`)
  await Effect.runPromise(
    Effect.flatMap(PgClient.PgClient, (sql) => sql.unsafe(pgStatement, [...params])).pipe(
      Effect.provide(PgClient.layer({ url: Redacted.make(registry.pgUrl!) }).pipe(Layer.orDie))
    )
  )
}

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex")

describe.each(dialects)("sessions, device tokens, streams and passwords (%s)", (kind) => {
  let registry: Registry
  let server: RunningServer
  let second: RunningServer
  let staff: { id: string; password: string }
  beforeAll(async () => {
    registry = await startRegistry(kind)
    server = registry.server
    // A second API process on the same database (another server in this process, its own runtime).
    second = await startServer({
      port: 0,
      host: "127.0.0.1",
      database:
        registry.dataDir !== null
          ? Db.sqlite(registry.dataDir)
          : Db.postgresql(Redacted.make(registry.pgUrl!))
    })
    const password = "a-second-warsaw-clinician-password"
    const created = await registry.as.admin.createUser({
      body: {
        username: "clinician-waw-b",
        displayName: "Second clinician, Warsaw",
        role: "clinician",
        centerId: "waw" as never,
        password
      }
    })
    // The administrator chose that password: the clinician's first sign-in replaces it with their own.
    const first = await raw(registry, null, "POST", "/api/auth/login", {
      username: "clinician-waw-b",
      password
    })
    const token = (first.json as { token: string }).token
    const own = "the-second-warsaw-clinician-own-password"
    const changed = await raw(
      registry,
      null,
      "POST",
      "/api/auth/password",
      { currentPassword: password, newPassword: own },
      { authorization: `Bearer ${token}` }
    )
    expect(changed.status, changed.text).toBe(204)
    staff = { id: created.id, password: own }
  })
  afterAll(async () => {
    await second?.close()
    await registry?.close()
  })

  const signIn = async (username: string, password: string) => {
    const answer = await raw(registry, null, "POST", "/api/auth/login", { username, password })
    expect(answer.status, answer.text).toBe(200)
    return (answer.json as { token: string }).token
  }
  const asToken = (token: string, method: string, path: string, body?: unknown) =>
    raw(registry, null, method, path, body, { authorization: `Bearer ${token}` })
  const streamOf = (id: string, token: string, on = registry.url) =>
    follow(`${on}/api/procedures/${id}/stream`, token)
  const probe = (token: string, id: string) =>
    asToken(token, "POST", `/api/procedures/${id}/telemetry`, {
      samples: [{ seq: 0, t: 0, tipTemperatureC: 20, pressureBar: 55 }]
    })

  describe("item 4: a stream ends within a second of its session", () => {
    it("on logout", async () => {
      const token = await signIn("clinician-waw-b", staff.password)
      const { id } = await openProcedure(server, token, await eligiblePatient(server, token))
      const watcher = await signIn("clinician-waw-b", staff.password)
      const stream = await streamOf(id, watcher)
      expect(stream.status).toBe(200)
      await sleep(200)
      const at = Date.now()
      expect((await asToken(watcher, "POST", "/api/auth/logout")).status).toBe(204)
      expect(await endedWithin(stream, at, 3000)).toBeLessThan(1000)
      expect(stream.text()).toContain(": session ended")
      stream.close()
    })

    it("on an administrator's revocation, also through another API process", async () => {
      const token = await signIn("clinician-pila", "test-password-for-the-registry")
      const { id } = await openProcedure(server, token, await eligiblePatient(server, token, "pila"))
      const pila = await signIn("clinician-pila", "test-password-for-the-registry")
      const here = await streamOf(id, pila)
      const there = await streamOf(id, pila, second.url.replace("localhost", "127.0.0.1"))
      expect([here.status, there.status]).toEqual([200, 200])
      await sleep(200)
      const me = (await asToken(pila, "GET", "/api/auth/me")).json as unknown as { user: { id: string } }
      const at = Date.now()
      // Revoked through the other process: this process learns it from the database.
      const revoke = await fetch(
        `${second.url.replace("localhost", "127.0.0.1")}/api/users/${me.user.id}/revoke-sessions`,
        { method: "POST", headers: { authorization: `Bearer ${registry.tokens.admin}` } }
      )
      expect(revoke.status).toBe(204)
      expect(await endedWithin(here, at, 3000)).toBeLessThan(1500)
      expect(await endedWithin(there, at, 3000)).toBeLessThan(1500)
    })

    it("on expiry", async () => {
      const token = await signIn("clinician-waw-b", staff.password)
      const { id } = await openProcedure(server, token, await eligiblePatient(server, token))
      const stream = await streamOf(id, token)
      expect(stream.status).toBe(200)
      await sleep(200)
      const at = Date.now()
      await onDatabase(registry, "UPDATE sessions SET expires_at = ? WHERE token_hash = ?", [
        "2000-01-01T00:00:00.000Z",
        hashOf(token)
      ])
      expect(await endedWithin(stream, at, 3000)).toBeLessThan(1000)
    })

    it("a device token has no stream to outlive its procedure: following one is refused", async () => {
      const token = await signIn("clinician-waw-b", staff.password)
      const { id, deviceToken } = await openProcedure(server, token, await eligiblePatient(server, token))
      const stream = await streamOf(id, deviceToken)
      expect(stream.status).toBe(403)
    })
  })

  describe("item 9: a device token ends with its procedure and with its opener's sessions", () => {
    it("after the procedure completes, the device's token is refused", async () => {
      const token = await signIn("clinician-waw-b", staff.password)
      const { id, deviceToken } = await openProcedure(server, token, await eligiblePatient(server, token))
      await send(server, deviceToken, id, textbookPosts(sevenLevels))
      expect((await asToken(token, "GET", `/api/procedures/${id}`)).json).toMatchObject({
        procedure: { mode: "completed" }
      })
      // 410 ProcedureEnded: refused, and told why (not a 401 that sends the device to sign in again)
      expect((await probe(deviceToken, id)).status).toBe(410)
      expect((await asToken(deviceToken, "GET", `/api/procedures/${id}`)).status).toBe(410)
      expect((await asToken(deviceToken, "GET", "/api/auth/me")).json).toMatchObject({
        error: "ProcedureEnded",
        ended: "completed"
      })
    })

    it("after an administrator revokes the sessions of the staff member who opened it", async () => {
      const opener = await signIn("clinician-waw-b", staff.password)
      const { id, deviceToken } = await openProcedure(server, opener, await eligiblePatient(server, opener))
      expect((await probe(deviceToken, id)).status).toBe(200)
      // Another clinician's device is not touched.
      const other = await openProcedure(
        server,
        registry.tokens["clinician-waw"],
        await eligiblePatient(server, registry.tokens["clinician-waw"])
      )
      const revoke = await raw(registry, "admin", "POST", `/api/users/${staff.id}/revoke-sessions`)
      expect(revoke.status).toBe(204)
      expect((await probe(deviceToken, id)).status).toBe(401)
      expect((await probe(other.deviceToken, other.id)).status).toBe(200)
      // Staff of the center may issue a new token: the procedure goes on with it.
      const reissued = await raw(registry, "clinician-waw", "POST", `/api/procedures/${id}/device-token`)
      expect(reissued.status).toBe(201)
      const fresh = (reissued.json as unknown as { deviceToken: string }).deviceToken
      expect((await probe(fresh, id)).status).toBe(200)
    })
  })

  describe("item 10: open streams per session are capped", () => {
    it("answers 429 past 10 streams of one session; a closed stream frees its slot", async () => {
      const token = await signIn("clinician-waw", "test-password-for-the-registry")
      const { id } = await openProcedure(server, token, await eligiblePatient(server, token))
      const streams: Array<Followed> = []
      try {
        for (let i = 0; i < 10; i++) {
          const stream = await streamOf(id, token)
          expect(stream.status).toBe(200)
          streams.push(stream)
        }
        const refused = await streamOf(id, token)
        expect(refused.status).toBe(429)
        const problem = JSON.parse(refused.body) as { error: string; message: string }
        expect(problem.error).toBe("TooManyRequests")
        expect(problem.message).toContain("the most allowed at once")
        // Another session of the same account is not held back.
        const another = await streamOf(id, await signIn("clinician-waw", "test-password-for-the-registry"))
        expect(another.status).toBe(200)
        another.close()
        streams.shift()!.close()
        let again: Followed | null = null
        for (let tries = 0; tries < 50 && again?.status !== 200; tries++) {
          await sleep(50)
          again = await streamOf(id, token)
        }
        expect(again?.status).toBe(200)
        streams.push(again!)
      } finally {
        for (const stream of streams) stream.close()
      }
    })
  })

  describe("item 6: weak passwords are refused, saying why", () => {
    const weak: ReadonlyArray<readonly [string, string]> = [
      [" ".repeat(12), "not only blanks"],
      ["password1234", "harder to guess"],
      ["aaaaaaaaaaaa", "harder to guess"],
      ["123456789012", "harder to guess"],
      ["new-clinicalnew-clinical", "more than the user name"],
      ["short-one", "choose a longer password"]
    ]

    it("for accounts an administrator creates", async () => {
      for (const [password, why] of weak) {
        const answer = await raw(registry, "admin", "POST", "/api/users", {
          username: "new-clinical",
          displayName: "New clinician",
          role: "clinician",
          centerId: "waw",
          password
        })
        expect(answer.status, JSON.stringify(password)).toBe(400)
        expect(answer.json.error).toBe("InvalidRequest")
        expect(answer.json.issues?.[0]?.path).toEqual(["password"])
        expect(answer.json.issues?.[0]?.message).toContain(why)
      }
      const users = (await registry.as.admin.listUsers({})).items.map((u) => u.username)
      expect(users).not.toContain("new-clinical")
    })

    it("for a user's own change, the password unchanged", async () => {
      const token = await signIn("clinician-waw-b", staff.password)
      const own = [
        ...weak.filter(([p]) => !p.startsWith("new-clinical")),
        ["clinician-waw-bclinician-waw-b", "user name"]
      ]
      for (const [password, why] of own as ReadonlyArray<readonly [string, string]>) {
        const answer = await asToken(token, "POST", "/api/auth/password", {
          currentPassword: staff.password,
          newPassword: password
        })
        expect(answer.status, JSON.stringify(password)).toBe(400)
        expect(answer.json.issues?.[0]?.path).toEqual(["newPassword"])
        expect(answer.json.issues?.[0]?.message).toContain(why)
      }
      expect((await asToken(token, "GET", "/api/auth/me")).status).toBe(200)
      await signIn("clinician-waw-b", staff.password)
    })

    it("for the first start's CRYOREG_ADMIN_PASSWORD: the server does not start, and says why", async () => {
      const pg = kind === "postgresql" ? await freshDatabase() : null
      try {
        const store = pg === null ? { dataDir: tempDataDir() } : { databaseUrl: pg.url }
        // A server that starts all the same is stopped at once (and the test fails).
        const refusal = await spawnApi(store, { CRYOREG_ADMIN_PASSWORD: "password1234" }).then(
          (api) => api.kill().then(() => null),
          (error: Error) => error.message
        )
        expect(refusal).toMatch(
          /cryoreg cannot start: CRYOREG_ADMIN_PASSWORD is refused for the account "admin": choose a password that is harder to guess/
        )
      } finally {
        await pg?.drop()
      }
    })
  })
})
