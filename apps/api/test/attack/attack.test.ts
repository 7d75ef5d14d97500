import { makeClient } from "@cryoreg/contract"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { textbookPosts } from "../live/support.js"
import { execute, tableCounts } from "../support/database.js"
import { eligibleScreening, newPatient, positiveBlock, procedure } from "../support/inputs.js"
import { dialects, type Registry, raw, startRegistry } from "../support/registry.js"

// The attack suite, on SQLite and on PostgreSQL with row-level security: every operation of the OpenAPI
// document × every caller, then tokens, injections, hostile bodies and ids, stale corrections, and
// procedures. Each attempt that must be refused is counted by area; the totals are printed at the end.
type Tally = Map<string, { tried: number; refused: number }>
const counter = (tally: Tally, area: string) => {
  tally.set(area, { tried: 0, refused: 0 })
  return (refused: boolean) => {
    const counts = tally.get(area)!
    counts.tried++
    if (refused) counts.refused++
    return refused
  }
}
const report = (dialect: string, tally: Tally) => {
  const rows = [...tally].map(([area, t]) => `  ${area.padEnd(16)} ${t.tried} tried, ${t.refused} refused`)
  const tried = [...tally.values()].reduce((n, t) => n + t.tried, 0)
  const refused = [...tally.values()].reduce((n, t) => n + t.refused, 0)
  return [
    `attack suite (${dialect}): ${tried} attempts that must be refused, ${refused} refused`,
    ...rows
  ].join("\n")
}

type Caller =
  | "anonymous"
  | "admin"
  | "coordinator-waw"
  | "clinician-waw"
  | "clinician-pila"
  | "statistician"
  | "device"
const roleOf: Record<Exclude<Caller, "anonymous">, string> = {
  admin: "admin",
  "coordinator-waw": "coordinator",
  "clinician-waw": "clinician",
  "clinician-pila": "clinician",
  statistician: "statistician",
  device: "device"
}

interface Operation {
  readonly method: string
  readonly path: string
  readonly roles: ReadonlyArray<string> | "public"
  readonly name: string
}

const injections = [
  "' OR '1'='1",
  "'; DROP TABLE patients; --",
  '" OR ""="',
  "%' OR 1=1 --",
  "1; SELECT * FROM users",
  "\\' UNION SELECT password_hash FROM users --",
  "WAW-0001' --"
]

describe.each(dialects)("the attack suite (%s)", (dialect) => {
  const tally: Tally = new Map()
  let registry: Registry
  let operations: Array<Operation>
  let tokens: Record<Exclude<Caller, "anonymous">, string>
  let ids: {
    patient: string
    block: string
    visit: string
    event: string
    procedure: string
    otherProcedure: string
  }
  beforeAll(async () => {
    registry = await startRegistry(dialect)
    const doc = (await (await fetch(`${registry.url}/api/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<string, { operationId: string; "x-roles": ReadonlyArray<string> | "public" }>
      >
    }
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        roles: op["x-roles"],
        name: op.operationId
      }))
    )
    const admin = registry.as.admin
    const ae = (await admin.listAdverseEvents({})).items.find((e) => e.centerId === "waw")!
    const d = await admin.getPatient({ params: { id: ae.patientId } })
    // Two live procedures: one in Warsaw (its device token is the device caller), one in Piła.
    const live = async (api: typeof admin, id: string) => {
      const opened = await api.createLiveProcedure({
        params: { id: newPatient(id).id },
        body: {
          side: "right",
          lesionsPerSide: 6,
          deviceSerial: "CF-A13-0042",
          operator: "Dr A. Nowak",
          date: "2026-11-30"
        }
      })
      return opened
    }
    const waw = registry.as["clinician-waw"]
    await waw.createPatient({ body: newPatient("WAW-6001") })
    await waw.createScreening({ params: { id: newPatient("WAW-6001").id }, body: eligibleScreening })
    await waw.createBlock({ params: { id: newPatient("WAW-6001").id }, body: positiveBlock })
    const pila = registry.as["clinician-pila"]
    await pila.createPatient({ body: newPatient("PILA-6001", "pila") })
    await pila.createScreening({ params: { id: newPatient("PILA-6001").id }, body: eligibleScreening })
    await pila.createBlock({ params: { id: newPatient("PILA-6001").id }, body: positiveBlock })
    const mine = await live(waw, "WAW-6001")
    const theirs = await live(pila, "PILA-6001")
    tokens = { ...registry.tokens, device: mine.deviceToken }
    ids = {
      patient: d.patient.id,
      block: d.blocks[0]!.block.id,
      visit: d.visits[0]!.visit.id,
      event: ae.id,
      procedure: mine.procedure.id,
      otherProcedure: theirs.procedure.id
    }
  })
  afterAll(() => {
    console.log(report(dialect, tally))
    return registry?.close()
  })

  const fill = (path: string, procedure = ids.procedure) =>
    path
      .replace(
        "{id}",
        path.startsWith("/api/procedures")
          ? procedure
          : path.startsWith("/api/users")
            ? "no-such-user"
            : ids.patient
      )
      .replace("{blockId}", ids.block)
      .replace("{visitId}", ids.visit)
      .replace("{eventId}", ids.event)

  const send = (
    caller: Caller,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {}
  ) =>
    raw(
      registry,
      null,
      method,
      path,
      method === "GET" ? undefined : (body ?? {}),
      caller === "anonymous" ? headers : { authorization: `Bearer ${tokens[caller]}`, ...headers }
    )

  it("refuses every documented operation to a caller without a session", async () => {
    const attempt = counter(tally, "no session")
    for (const op of operations.filter((o) => o.roles !== "public")) {
      const answer = await send("anonymous", op.method, fill(op.path))
      expect(attempt(answer.status === 401), `${op.method} ${op.path}`).toBe(true)
    }
  })

  it("refuses every documented operation to every role it does not admit", async () => {
    const attempt = counter(tally, "roles")
    for (const op of operations.filter((o) => o.roles !== "public")) {
      for (const caller of Object.keys(roleOf) as Array<Exclude<Caller, "anonymous">>) {
        if ((op.roles as ReadonlyArray<string>).includes(roleOf[caller])) continue
        const answer = await send(caller, op.method, fill(op.path))
        expect(attempt(answer.status === 403), `${caller} ${op.method} ${op.path}: ${answer.status}`).toBe(
          true
        )
      }
    }
  })

  it("answers another center's records 404 through every path id, the stream included", async () => {
    const attempt = counter(tally, "center walls")
    // Exactly the answer for a record that does not exist (a body is decoded before the record is looked up,
    // so an empty body is a 400 for both).
    for (const op of operations.filter((o) => o.path.includes("{id}") && !o.path.startsWith("/api/users"))) {
      if (!(op.roles as ReadonlyArray<string>).includes("clinician")) continue
      const answer = await send("clinician-pila", op.method, fill(op.path))
      const none = await send(
        "clinician-pila",
        op.method,
        fill(op.path, "prc-0000000000000000").replace(ids.patient, "WAW-0000")
      )
      const same =
        answer.status === none.status && answer.json.error === none.json.error && answer.status >= 400
      expect(
        attempt(same),
        `clinician-pila ${op.method} ${op.path}: ${answer.status} vs ${none.status}`
      ).toBe(true)
    }
    // The Warsaw device token reaches nothing of Piła's procedure.
    for (const op of operations.filter((o) => o.path.startsWith("/api/procedures/{id}"))) {
      if (!(op.roles as ReadonlyArray<string>).includes("device")) continue
      const answer = await send("device", op.method, fill(op.path, ids.otherProcedure))
      const none = await send("device", op.method, fill(op.path, "prc-0000000000000000"))
      const same =
        answer.status === none.status && answer.json.error === none.json.error && answer.status >= 400
      expect(attempt(same), `device ${op.method} ${op.path}: ${answer.status} vs ${none.status}`).toBe(true)
    }
  })

  it("refuses tampered, expired, revoked and logged-out tokens and cookies", async () => {
    const attempt = counter(tally, "sessions")
    const login = async () =>
      (
        await registry.anonymous.login({
          body: { username: "clinician-waw", password: "test-password-for-the-registry" }
        })
      ).token
    const me = (headers: Record<string, string>) =>
      send("anonymous", "GET", "/api/auth/me", undefined, headers)
    const token = await login()
    expect((await me({ authorization: `Bearer ${token}` })).status).toBe(200)
    for (const forged of [
      // one character changed (a token ending in "A" would be sent unchanged by `…A`: 1 run in 64)
      `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`,
      token.toUpperCase(),
      `${token}x`,
      "",
      "null",
      "x".repeat(5000)
    ]) {
      expect(attempt((await me({ authorization: `Bearer ${forged}` })).status === 401)).toBe(true)
      expect(attempt((await me({ cookie: `cryoreg_session=${forged}` })).status === 401)).toBe(true)
    }
    // Expired: the session's expiry moved into the past in the database.
    const expiring = await login()
    const { createHash } = await import("node:crypto")
    await execute(registry, "UPDATE sessions SET expires_at = ? WHERE token_hash = ?", [
      "2000-01-01T00:00:00.000Z",
      createHash("sha256").update(expiring).digest("hex")
    ])
    expect(attempt((await me({ authorization: `Bearer ${expiring}` })).status === 401)).toBe(true)
    // Logged out.
    const out = await login()
    await send("anonymous", "POST", "/api/auth/logout", {}, { authorization: `Bearer ${out}` })
    expect(attempt((await me({ authorization: `Bearer ${out}` })).status === 401)).toBe(true)
    // Revoked by an admin: every session of the account ends.
    const revoked = await login()
    const user = (await me({ authorization: `Bearer ${revoked}` })).json as unknown as {
      user: { id: string }
    }
    const revoke = await send("admin", "POST", `/api/users/${user.user.id}/revoke-sessions`)
    expect(revoke.status).toBe(204)
    expect(attempt((await me({ authorization: `Bearer ${revoked}` })).status === 401)).toBe(true)
    expect(attempt((await me({ authorization: `Bearer ${tokens["clinician-waw"]}` })).status === 401)).toBe(
      true
    )
    tokens["clinician-waw"] = await login()
  })

  it("treats SQL in every query parameter and text field as data", async () => {
    const attempt = counter(tally, "injection")
    const before = await tableCounts(registry)
    for (const s of injections) {
      const q = encodeURIComponent(s)
      const list = await send("clinician-pila", "GET", `/api/patients?q=${q}&limit=500`)
      expect(list.status).toBe(200)
      const items = (list.json as unknown as { items: Array<{ centerId: string }> }).items
      expect(attempt(items.every((p) => p.centerId === "pila") && items.length === 0)).toBe(true)
      for (const query of [`center=${q}`, `status=${q}`, `cursor=${q}`, `withdrawn=${q}`]) {
        const answer = await send("clinician-pila", "GET", `/api/patients?${query}`)
        const leaked = answer.status === 200 && JSON.stringify(answer.json).includes('"centerId":"waw"')
        expect(attempt(answer.status < 500 && !leaked), `${query}: ${answer.status}`).toBe(true)
      }
      for (const query of [`entity=${q}`, `user=${q}`, `entityId=${q}`, `cursor=${q}`]) {
        const answer = await send("admin", "GET", `/api/audit?${query}`)
        expect(
          attempt(
            (answer.status < 500 &&
              (answer.json as unknown as { items?: Array<unknown> }).items?.length !== undefined) ||
              answer.status === 400
          )
        ).toBe(true)
      }
      const path = await send("clinician-pila", "GET", `/api/patients/${q}`)
      expect(attempt(path.status === 400 || path.status === 404)).toBe(true)
      // Text fields are stored verbatim: the reason and the description come back as written. (Each
      // correction changes the birth year: one that changes nothing is refused.)
      const reason = await send("clinician-waw", "PATCH", `/api/patients/${ids.patient}`, {
        birthYear: 1953 + (injections.indexOf(s) % 2),
        reason: s
      })
      expect(reason.status).toBe(200)
      const ae = await send(
        "clinician-waw",
        "PATCH",
        `/api/patients/${ids.patient}/adverse-events/${ids.event}`,
        {
          type: "other",
          description: s,
          reason: s
        }
      )
      // Every field of an adverse event is correctable (type and description included): kept as written.
      expect(
        attempt(ae.status === 200 && (ae.json as { description?: string }).description === s),
        `${ae.status} ${ae.text}`
      ).toBe(true)
    }
    const history = (await registry.as.admin.patientHistory({ params: { id: newPatient(ids.patient).id } }))
      .items
    expect(injections.every((s) => history.some((h) => h.reason === s))).toBe(true)
    const after = await tableCounts(registry)
    // Only the corrections' audit rows were added (the patient's and the adverse event's); nothing was
    // dropped or read out.
    expect({ ...after, audit_log: before.audit_log, sessions: before.sessions }).toEqual({ ...before })
    expect(after.audit_log).toBe(before.audit_log! + 2 * injections.length)
  })

  it("refuses oversized, deeply nested and duplicate-key bodies, and traversal in ids", async () => {
    const attempt = counter(tally, "hostile bodies")
    const url = `/api/patients/${ids.patient}/visits`
    // The server answers 413 from Content-Length before reading; fetch may see the socket close before it reads that.
    const big = await send("clinician-waw", "POST", url, { nrs: 1, pad: "x".repeat(1536 * 1024) }).catch(
      () => ({ status: 413 })
    )
    expect(attempt(big.status === 413)).toBe(true)
    const deep = await send("clinician-waw", "POST", url, JSON.parse(`${"[".repeat(200)}${"]".repeat(200)}`))
    expect(attempt(deep.status === 400 && deep.json.error === "MalformedJson")).toBe(true)
    const dup = await raw(registry, null, "POST", url, '{"timepoint":"month3","nrs":1,"nrs":11}', {
      authorization: `Bearer ${tokens["clinician-waw"]}`
    })
    expect(attempt(dup.status === 400 && /"nrs" twice/.test(dup.json.message ?? ""))).toBe(true)
    for (const id of [
      "..%2F..%2Fetc%2Fpasswd",
      "%2e%2e%2f%2e%2e%2fetc",
      "WAW-0001%00",
      "..",
      "WAW-0001%2F..%2F..%2Fusers"
    ]) {
      for (const path of [`/api/patients/${id}`, `/api/procedures/${id}`, `/api/patients/${id}/history`]) {
        const answer = await send("admin", "GET", path)
        expect(attempt(answer.status === 400 || answer.status === 404), `${path}: ${answer.status}`).toBe(
          true
        )
        expect(answer.text).not.toMatch(/root:|password_hash/)
      }
    }
    const stat = await fetch(`${registry.url}/..%2f..%2f..%2fetc%2fpasswd`)
    expect(attempt(!(await stat.text()).includes("root:"))).toBe(true)
  })

  it("refuses a correction made against an older version of every kind of record (412), storing nothing", async () => {
    const attempt = counter(tally, "stale versions")
    const before = await tableCounts(registry)
    const file = await registry.as.admin.getPatient({ params: { id: newPatient(ids.patient).id } })
    const corrections = operations.filter((o) => o.method === "PATCH" && o.path.startsWith("/api/patients"))
    expect(corrections.length).toBeGreaterThanOrEqual(6)
    for (const op of corrections) {
      for (const stale of ['"0000000000000000000000"', 'W/"stale"', '"", "also-stale"']) {
        const answer = await send(
          "clinician-waw",
          "PATCH",
          fill(op.path),
          { reason: "a form opened before a colleague's correction" },
          { "if-match": stale }
        )
        const current = (answer.json as { current?: { version?: string } }).current
        expect(
          attempt(answer.status === 412 && typeof current?.version === "string"),
          `${op.path} ${stale}: ${answer.status}`
        ).toBe(true)
      }
    }
    const after = await tableCounts(registry)
    expect([after.patients, after.clinical_records]).toEqual([before.patients, before.clinical_records])
    expect(await registry.as.admin.getPatient({ params: { id: file.patient.id } })).toEqual(file)
  })

  it("refuses a second procedure while a live one is open, and a withdrawn patient's device writes", async () => {
    const attempt = counter(tally, "procedures")
    // a session of its own: the sessions test revoked the one the registry signed in with
    const waw = makeClient({ baseUrl: registry.url, token: tokens["clinician-waw"] })
    // WAW-6001's live procedure is open: a recorded one is refused, as is a second live one.
    const recorded = await send("clinician-waw", "POST", "/api/patients/WAW-6001/procedure", procedure)
    expect(attempt(recorded.status === 409 && recorded.json.error === "ProcedureExists")).toBe(true)
    const second = await send("clinician-waw", "POST", "/api/patients/WAW-6001/procedure/live", {
      side: "right",
      lesionsPerSide: 6,
      deviceSerial: "CF-A13-0042",
      operator: "Dr A. Nowak",
      date: "2026-11-30"
    })
    expect(attempt(second.status === 409 && second.json.error === "ProcedureExists")).toBe(true)
    const record = await waw.getPatient({ params: { id: newPatient("WAW-6001").id } })
    expect(record.procedure).toBeNull()
    expect(record.liveProcedure?.id).toBe(ids.procedure)
    // Withdrawal aborts the open procedure: its device's later writes are refused and change nothing.
    const id = newPatient("WAW-6002").id
    await waw.createPatient({ body: newPatient("WAW-6002") })
    await waw.createScreening({ params: { id }, body: eligibleScreening })
    await waw.createBlock({ params: { id }, body: positiveBlock })
    const opened = await waw.createLiveProcedure({
      params: { id },
      body: {
        side: "right",
        lesionsPerSide: 6,
        deviceSerial: "CF-A13-0043",
        operator: "Dr A. Nowak",
        date: "2026-11-30"
      }
    })
    const withdrawn = await waw.withdrawPatient({ params: { id }, body: { reason: "moved abroad" } })
    expect(withdrawn.liveProcedure).toBeNull()
    const device = { authorization: `Bearer ${opened.deviceToken}` }
    for (const post of textbookPosts(["L5"]).slice(0, 4)) {
      const answer =
        post.kind === "samples"
          ? await send(
              "anonymous",
              "POST",
              `/api/procedures/${opened.procedure.id}/telemetry`,
              {
                samples: post.samples
              },
              device
            )
          : await send(
              "anonymous",
              "POST",
              `/api/procedures/${opened.procedure.id}/events`,
              {
                firstIndex: post.firstIndex,
                events: post.events
              },
              device
            )
      // the procedure ended with the withdrawal: its device is told so (410 ProcedureEnded), and nothing is written
      expect(attempt(answer.status === 410), `${post.kind}: ${answer.status}`).toBe(true)
      expect(answer.json).toMatchObject({ error: "ProcedureEnded", ended: "aborted" })
    }
    const state = await waw.getLiveProcedure({ params: { id: opened.procedure.id } })
    expect(state.procedure).toMatchObject({ mode: "aborted", abortReason: "moved abroad" })
  })
})
