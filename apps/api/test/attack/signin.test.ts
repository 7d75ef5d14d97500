import type { AuditRecord } from "@cryoreg/contract"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligiblePatient, openProcedure } from "../live/support.js"
import { newPatient } from "../support/inputs.js"
import { dialects, password, type Registry, raw, startRegistry } from "../support/registry.js"
import { sendRaw, signIn } from "./client.js"

// Issue 19, items 3, 5, 7, 8 and 14, against a real server with the default limits: 5 failures of one
// account from one address, then waits of 1 s, 2 s, 4 s …
const strong = "Plover-Quince-Marlin-4817"
const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

describe.each(dialects)("sign-in throttling and the audit of who signed in (%s)", (kind) => {
  let registry: Registry
  const account = async (username: string, role: "statistician" | "admin" = "statistician") =>
    registry.as.admin.createUser({
      body: { username, displayName: username, role, centerId: null, password: strong }
    })
  const audit = async (query: { user?: string; entity?: string; entityId?: string }) => {
    const items: Array<AuditRecord> = []
    let cursor: string | undefined
    do {
      const page = await registry.as.admin.listAudit({
        query: { ...query, limit: 200, ...(cursor ? { cursor } : {}) }
      })
      items.push(...page.items)
      cursor = page.nextCursor ?? undefined
    } while (cursor !== undefined)
    // the trail answers newest first (in the order rows were written: on PostgreSQL `at` is the transaction's
    // start, so concurrent writes may interleave by a millisecond); these tests read it in the order things happened
    return items.reverse()
  }
  beforeAll(async () => {
    registry = await startRegistry(kind)
  }, 120_000)
  afterAll(() => registry?.close())

  it("counts a sign-in whatever the body's size or encoding (padded past 4 KiB, chunked)", async () => {
    for (const [name, how] of [
      ["padded-body", { pad: 5000 }],
      ["chunked-body", { chunked: true }]
    ] as const) {
      await account(name)
      const statuses: Array<number> = []
      for (let i = 0; i < 8; i++) statuses.push((await signIn(registry.url, name, `wrong-${i}`, how)).status)
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
      expect(statuses.slice(5)).toEqual([429, 429, 429])
      const right = await signIn(registry.url, name, strong, how)
      expect(right.status).toBe(429)
      expect(right.json.token).toBeUndefined()
      expect(Number(right.headers["retry-after"])).toBeGreaterThanOrEqual(1)
    }
  })

  it("makes each further failure from the address wait longer: 1 s, then 2 s", async () => {
    await account("growing-wait")
    for (let i = 0; i < 5; i++) expect((await signIn(registry.url, "growing-wait", "wrong")).status).toBe(401)
    const first = await signIn(registry.url, "growing-wait", "wrong")
    expect([first.status, first.headers["retry-after"]]).toEqual([429, "1"])
    await new Promise((r) => setTimeout(r, 1100))
    expect((await signIn(registry.url, "growing-wait", "wrong")).status).toBe(401)
    const second = await signIn(registry.url, "growing-wait", strong)
    expect([second.status, second.headers["retry-after"]]).toEqual([429, "2"])
    await new Promise((r) => setTimeout(r, 2100))
    expect((await signIn(registry.url, "growing-wait", strong)).status).toBe(200)
    // A success clears the count: five more failures before the next wait.
    for (let i = 0; i < 5; i++) expect((await signIn(registry.url, "growing-wait", "wrong")).status).toBe(401)
  })

  it("counts parallel guesses before their answers", async () => {
    await account("parallel-guess")
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn(registry.url, "parallel-guess", `wrong-${i}`))
    )
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5)
    expect(answers.filter((a) => a.status === 429)).toHaveLength(7)
  })

  it("does not let one address, or another spelling of the name, lock the real user out; an admin lifts a lock", async () => {
    const user = await account("owner-five")
    const spellings = ["OWNER-FIVE", "Owner-Five", "owner-FIVE", "OWNER-five", "Owner-five"]
    for (let i = 0; i < 25; i++) {
      const answer = await signIn(registry.url, spellings[i % spellings.length]!, "guess", {
        from: "127.0.0.2"
      })
      expect([401, 429]).toContain(answer.status)
    }
    // Only the exact name counts: the real user signs in from the very same address.
    expect((await signIn(registry.url, "owner-five", strong, { from: "127.0.0.2" })).status).toBe(200)
    for (let i = 0; i < 25; i++) await signIn(registry.url, "owner-five", "guess", { from: "127.0.0.2" })
    expect((await signIn(registry.url, "owner-five", strong, { from: "127.0.0.2" })).status).toBe(429)
    // Another address is not shut out.
    expect((await signIn(registry.url, "owner-five", strong, { from: "127.0.0.3" })).status).toBe(200)

    const path = `/api/users/${user.id}/unlock`
    expect((await raw(registry, "statistician", "POST", path)).status).toBe(403)
    expect((await raw(registry, null, "POST", path)).status).toBe(401)
    expect((await raw(registry, "admin", "POST", "/api/users/no-such-user/unlock")).status).toBe(404)
    await registry.as.admin.unlockUser({ params: { id: user.id } })
    expect((await signIn(registry.url, "owner-five", strong, { from: "127.0.0.2" })).status).toBe(200)
    const unlocks = (await audit({ entity: "user", entityId: user.id })).filter((a) => a.action === "unlock")
    expect(unlocks).toHaveLength(1)
    expect(unlocks[0]).toMatchObject({ username: "admin", outcome: "ok", address: "127.0.0.1" })
  })

  it("throttles the password change like a sign-in: a stolen session cannot guess the current password", async () => {
    await account("pw-guess")
    const token = (await signIn(registry.url, "pw-guess", strong)).json.token as string
    const change = (currentPassword: string) =>
      sendRaw(
        registry.url,
        "POST",
        "/api/auth/password",
        { currentPassword, newPassword: "Another-Long-Passphrase-2291" },
        { headers: { authorization: `Bearer ${token}` } }
      )
    const statuses: Array<number> = []
    for (let i = 0; i < 7; i++) statuses.push((await change(`wrong-${i}`)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429])
    const right = await change(strong)
    expect(right.status).toBe(429)
    expect(Number(right.headers["retry-after"])).toBeGreaterThanOrEqual(1)
    const rows = (await audit({ user: "pw-guess" })).filter((a) => a.action === "password")
    expect(rows.map((r) => r.outcome)).toEqual([
      ...Array(5).fill("refused: the current password is wrong"),
      "throttled",
      "throttled",
      "throttled"
    ])
  })

  it("never signs a device account in by password, and every refused sign-in costs the same time", async () => {
    const clinician = registry.tokens["clinician-waw"]
    const { id } = await openProcedure(
      registry.server,
      clinician,
      await eligiblePatient(registry.server, clinician)
    )
    const device = `device.${id}`
    const times: Record<"device" | "unknown" | "wrong", Array<number>> = {
      device: [],
      unknown: [],
      wrong: []
    }
    // Interleaved, each round from its own address (no round is throttled), so load on the machine falls
    // on all three alike; medians, so one slow moment does not decide.
    for (let round = 0; round < 9; round++) {
      const from = `127.0.1.${round + 1}`
      for (const [which, name] of [
        ["device", device],
        ["unknown", `nobody-${id.slice(-6).toLowerCase()}`],
        ["wrong", "statistician"]
      ] as const) {
        const answer = await signIn(registry.url, name, "token-only", { from })
        expect(answer.status).toBe(401)
        expect(answer.json.message).toBe("unknown user name or wrong password")
        times[which].push(answer.ms)
      }
    }
    const medians = Object.values(times).map(median)
    expect(Math.max(...medians) / Math.min(...medians)).toBeLessThan(2.5)
    // A device signs in by its token only, whatever the password.
    expect((await signIn(registry.url, device, password)).status).toBe(401)
  })

  it("records sign-ins, failures, logouts, password changes, revocations, exports and refused writes; never a password or token", async () => {
    const user = await account("audited-user")
    const wrongPassword = "Not-The-Password-5521"
    expect((await signIn(registry.url, "audited-user", wrongPassword, { from: "127.0.0.4" })).status).toBe(
      401
    )
    expect((await signIn(registry.url, "no-such-person", wrongPassword, { from: "127.0.0.4" })).status).toBe(
      401
    )
    const token = (await signIn(registry.url, "audited-user", strong, { from: "127.0.0.4" })).json
      .token as string
    const bearer = { authorization: `Bearer ${token}` }
    // The administrator chose the password: the first sign-in replaces it before anything else.
    const newPassword = "Second-Long-Passphrase-7713"
    const changed = await sendRaw(
      registry.url,
      "POST",
      "/api/auth/password",
      { currentPassword: strong, newPassword },
      { headers: bearer, from: "127.0.0.4" }
    )
    expect(changed.status).toBe(204)
    const renewed = (await signIn(registry.url, "audited-user", newPassword, { from: "127.0.0.4" })).json
      .token as string
    const again = { authorization: `Bearer ${renewed}` }
    expect(
      (
        await sendRaw(registry.url, "GET", "/api/export/visits.csv", undefined, {
          headers: again,
          from: "127.0.0.4"
        })
      ).status
    ).toBe(200)
    expect(
      (
        await sendRaw(registry.url, "POST", "/api/auth/logout", undefined, {
          headers: again,
          from: "127.0.0.4"
        })
      ).status
    ).toBe(204)
    const second = (await signIn(registry.url, "audited-user", newPassword)).json.token as string
    await registry.as.admin.revokeSessions({ params: { id: user.id } })

    const byUser = await audit({ user: "audited-user" })
    const summary = byUser.map((a) => [a.action, a.outcome, a.address])
    expect(summary).toEqual([
      ["login", "refused: unknown user name or wrong password", "127.0.0.4"],
      ["login", "ok", "127.0.0.4"],
      ["password", "ok", "127.0.0.4"],
      ["login", "ok", "127.0.0.4"],
      ["export", "ok", "127.0.0.4"],
      ["logout", "ok", "127.0.0.4"],
      ["login", "ok", "127.0.0.1"]
    ])
    expect(byUser.every((a) => a.userId === user.id && Date.parse(a.at) > Date.now() - 120_000)).toBe(true)
    const unknown = await audit({ user: "no-such-person" })
    expect(unknown.map((a) => [a.action, a.userId, a.outcome, a.address])).toEqual([
      ["login", "", "refused: unknown user name or wrong password", "127.0.0.4"]
    ])
    const revoked = (await audit({ entity: "user", entityId: user.id })).filter((a) => a.action === "revoke")
    expect(revoked).toMatchObject([{ username: "admin", outcome: "ok", address: "127.0.0.1" }])

    // A refused write stores nothing, and leaves its own row.
    const existing = newPatient("WAW-0001")
    const refused = await raw(registry, "coordinator-waw", "POST", "/api/patients", existing)
    expect(refused.status).toBe(409)
    const forbidden = await raw(registry, "statistician", "POST", "/api/patients", newPatient("WAW-9999"))
    expect(forbidden.status).toBe(403)
    expect((await raw(registry, "admin", "GET", "/api/patients/WAW-9999")).status).toBe(404)
    const refusals = (await audit({ entity: "request" })).filter((a) => a.action === "refuse")
    expect(refusals.map((a) => [a.username, a.entityId, a.outcome])).toEqual(
      expect.arrayContaining([
        ["coordinator-waw", "POST /api/patients", expect.stringMatching(/^refused: .+ \(409\)$/)],
        ["statistician", "POST /api/patients", "refused: Forbidden (403)"]
      ])
    )

    const everything = JSON.stringify(await audit({}))
    for (const secret of [strong, wrongPassword, newPassword, token, renewed, second, registry.tokens.admin])
      expect(everything).not.toContain(secret)
  })
})
