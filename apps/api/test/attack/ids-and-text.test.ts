import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { newPatient } from "../support/inputs.js"
import { dialects, type Registry, raw, refusal, startRegistry } from "../support/registry.js"

// Issue 19, item 17 and the two "Also" items: ill-formed text, another center's patient ids, the audit
// filter's dates.
describe.each(dialects)("ids, text and dates an attacker sends, on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind)
  })
  afterAll(() => registry?.close())

  it("refuses another center's patient id for its form alone: the same 422 whether the id is taken or not", async () => {
    const taken = (await registry.as.admin.listPatients({ query: { center: Model.CenterId.make("pila") } }))
      .items[0]!.id
    const answers = []
    for (const id of [taken, "PILA-9999"])
      for (const center of ["waw", "pila"]) {
        const answer = await raw(registry, "clinician-waw", "POST", "/api/patients", newPatient(id, center))
        expect(answer.status, `${id} ${center}`).toBe(422)
        expect(answer.json.error).toBe("RuleViolation")
        expect(answer.json.issues).toEqual([
          expect.objectContaining({
            code: "patientIdPrefix",
            path: ["id"],
            message: expect.stringContaining('"WAW-"')
          })
        ])
        answers.push(answer.text)
      }
    expect(new Set(answers).size).toBe(1)
    // Nothing was registered, and the taken id is still Piła's.
    expect((await registry.as.admin.getPatient({ params: { id: taken } })).patient.centerId).toBe("pila")
    expect(
      (await refusal(registry.as.admin.getPatient({ params: { id: Model.PatientId.make("PILA-9999") } })))
        .status
    ).toBe(404)
  })

  it("lets an admin register an id for the center its prefix names, and only for that one", async () => {
    const admin = registry.as.admin
    const wrong = await refusal(admin.createPatient({ body: newPatient("PILA-9998", "waw") }))
    expect(wrong).toMatchObject({ status: 422, issues: [{ path: ["id"] }] })
    expect(wrong.message).toContain('"WAW-"')
    const lower = await refusal(admin.createPatient({ body: newPatient("waw-9998", "waw") }))
    expect(lower.status).toBe(422)
    const created = await admin.createPatient({ body: newPatient("PILA-9998", "pila") })
    expect(created.patient.centerId).toBe("pila")
    // A center that does not take part: refused for that, before the patients are looked up.
    const none = await refusal(admin.createPatient({ body: newPatient("XYZ-0001", "xyz") }))
    expect(none).toMatchObject({ status: 400, issues: [{ path: ["centerId"] }] })
    // A clinician of Piła registers Piła's ids.
    await registry.as["clinician-pila"].createPatient({ body: newPatient("PILA-9997", "pila") })
  })

  it("refuses a lone UTF-16 surrogate in any text with 422 naming the field, and stores nothing", async () => {
    const id = "WAW-6201"
    await registry.as["clinician-waw"].createPatient({ body: newPatient(id) })
    const auditBefore = (await registry.as.admin.listAudit({ query: { entityId: id } })).items.length
    const withdrawal = await raw(
      registry,
      "clinician-waw",
      "POST",
      `/api/patients/${id}/withdraw`,
      '{"reason": "moved abroad \\ud800 for good"}'
    )
    expect(withdrawal.status).toBe(422)
    expect(withdrawal.json).toMatchObject({ error: "IllFormedText", issues: [{ path: ["reason"] }] })
    expect(withdrawal.json.message).toContain("reason")
    const patient = await registry.as.admin.getPatient({ params: { id: Model.PatientId.make(id) } })
    expect(patient.withdrawal).toBeNull()
    expect((await registry.as.admin.listAudit({ query: { entityId: id } })).items.length).toBe(auditBefore)
    // A name, a low surrogate alone, a key: each refused and named.
    const user = await raw(registry, "admin", "POST", "/api/users", {
      username: "stat-surrogate",
      displayName: "Ann \udc00 Smith",
      role: "statistician",
      centerId: null,
      password: "Quartz-harbour-71-lantern"
    })
    expect(user.status).toBe(422)
    expect(user.json.issues).toEqual([
      expect.objectContaining({ path: ["displayName"], message: expect.stringContaining("surrogate") })
    ])
    expect((await registry.as.admin.listUsers({})).items.some((u) => u.username === "stat-surrogate")).toBe(
      false
    )
    const key = await raw(registry, "admin", "POST", `/api/patients/${id}/withdraw`, '{"re\\udbffason": "x"}')
    expect(key.status).toBe(422)
    // Bytes that are not UTF-8 would be read as replacement characters: refused the same way.
    const bytes = await fetch(`${registry.url}/api/patients/${id}/withdraw`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${registry.tokens["clinician-waw"]}`,
        "content-type": "application/json"
      },
      body: Buffer.concat([
        Buffer.from('{"reason": "moved '),
        Buffer.from([0xc3, 0x28]),
        Buffer.from(' abroad"}')
      ])
    })
    expect(bytes.status).toBe(422)
    expect(((await bytes.json()) as { error: string }).error).toBe("IllFormedText")
    expect(
      (await registry.as.admin.getPatient({ params: { id: Model.PatientId.make(id) } })).withdrawal
    ).toBeNull()
    // A whole pair is one character, taken as sent and kept in the audit trail as sent.
    const kept = await raw(
      registry,
      "clinician-waw",
      "POST",
      `/api/patients/${id}/withdraw`,
      '{"reason": "moved abroad \\ud83c\\udf0d"}'
    )
    expect(kept.status).toBe(200)
    const trail = await registry.as.admin.listAudit({ query: { entityId: id } })
    expect(trail.items[0]!.reason).toBe("moved abroad 🌍") // newest first
  })

  it("reads the audit filter's bounds as dates: a far year is refused, not compared as text", async () => {
    const admin = registry.as.admin
    const all = await admin.listAudit({ query: { limit: 500 } })
    expect(all.items.length).toBeGreaterThan(0)
    for (const from of [
      "+275760-09-13T00:00:00Z",
      "-000001-01-01T00:00:00Z",
      "2026-02-30",
      "2026-12-01T25:00:00Z"
    ]) {
      const answer = await raw(registry, "admin", "GET", `/api/audit?from=${encodeURIComponent(from)}`)
      expect(answer.status, from).toBe(400)
      expect(answer.json.issues?.[0]?.path, from).toEqual(["from"])
    }
    const to = await raw(
      registry,
      "admin",
      "GET",
      `/api/audit?to=${encodeURIComponent("+275760-09-13T00:00:00Z")}`
    )
    expect(to.status).toBe(400)
    expect((await admin.listAudit({ query: { from: "2999-12-31T23:59:59Z" } })).items).toEqual([])
    expect((await admin.listAudit({ query: { to: "2000-01-01" } })).items).toEqual([])
    // An offset is read as the instant it names: one minute after the last row in UTC+14 is still after it.
    const last = all.items.at(-1)!.at
    const after = new Date(Date.parse(last) + 60_000 + 14 * 3_600_000).toISOString().slice(0, 19)
    const since = await admin.listAudit({ query: { from: `${after}+14:00`, limit: 500 } })
    expect(since.items.filter((a) => a.at <= last)).toEqual([])
    const until = await admin.listAudit({ query: { to: `${after}+14:00`, limit: 500 } })
    expect(until.items.length).toBe(all.items.length)
  })
})
