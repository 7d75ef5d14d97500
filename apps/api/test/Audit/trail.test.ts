import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient } from "../support/inputs.js"
import { dialects, type Registry, raw, refusal, startRegistry } from "../support/registry.js"

const today = "2026-12-07"

describe.each(dialects)("the audit trail as the administrator reads it, on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind, { today })
  }, 120_000)
  afterAll(() => registry?.close())

  it("keeps a refused write as what was tried and the patient its route names, never needing the route", async () => {
    const api = registry.as["clinician-waw"]
    const patient = newPatient("WAW-7001")
    const id = Model.PatientId.make(patient.id)
    await api.createPatient({ body: patient })
    const refused = await refusal(
      api.createScreening({ params: { id }, body: { ...eligibleScreening, date: "2026-12-08" } })
    )
    expect(refused.status).toBe(422)
    const page = await registry.as.admin.listAudit({ query: { action: "refuse", patient: id } })
    expect(page.items).toHaveLength(1)
    // the patient as typed in lower case finds the same records
    const typed = await registry.as.admin.listAudit({ query: { action: "refuse", patient: "waw-7001" } })
    expect(typed.items.map((r) => r.id)).toEqual(page.items.map((r) => r.id))
    const csv = await registry.as.admin.exportAudit({ query: { action: "refuse", patient: "Waw-7001" } })
    expect(csv.trim().split("\n")).toHaveLength(2)
    expect(csv).toContain("WAW-7001")
    // why it was refused, as codes a client words: the screening's date after today
    expect(page.items[0]?.after).toMatchObject({
      error: "RuleViolation",
      issues: [{ code: "dateInFuture", path: ["date"], params: { today } }]
    })
    expect(page.items[0]).toMatchObject({
      entity: "request",
      patientId: "WAW-7001",
      attempt: "createScreening",
      username: "clinician-waw",
      outcomeCode: { code: "refused", params: { error: "RuleViolation", status: 422 } }
    })
    // A route without a patient names none; a statistician's refused write names the act all the same.
    await refusal(registry.as.statistician.createPatient({ body: newPatient("WAW-7002") }))
    const forbidden = await registry.as.admin.listAudit({ query: { action: "refuse", user: "statistician" } })
    expect(forbidden.items[0]).toMatchObject({ attempt: "createPatient", patientId: null })
  })

  it("lists the newest first, pages back in time, and counts every match", async () => {
    const admin = registry.as.admin
    const first = await admin.listAudit({ query: { limit: 10 } })
    expect(first.items).toHaveLength(10)
    const ids = first.items.map((r) => Number(r.id))
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    const second = await admin.listAudit({ query: { limit: 10, cursor: first.nextCursor! } })
    expect(Number(second.items[0]!.id)).toBeLessThan(ids.at(-1)!)
    expect(second.total).toBe(first.total)
    expect(first.total).toBeGreaterThan(100)
    // The total is of the filters, not of the page.
    const logins = await admin.listAudit({ query: { action: "login", limit: 1 } })
    expect(logins.items).toHaveLength(1)
    expect(logins.total).toBeGreaterThan(1)
    expect(logins.total).toBeLessThan(first.total)
    // The newest row is the last act: this page's own read is not audited, the sign-in before it is.
    const latest = (await admin.listAudit({ query: { limit: 1 } })).items[0]!
    const all = await admin.listAudit({ query: { limit: 500 } })
    expect(Number(latest.id)).toBe(Math.max(...all.items.map((r) => Number(r.id))))
  })

  it("downloads the CSV in the list's order, newest first", async () => {
    const csv = await raw(registry, "admin", "GET", "/api/audit/audit.csv?action=login")
    expect(csv.status).toBe(200)
    const at = String(csv.text)
      .trim()
      .split("\r\n")
      .slice(1)
      .map((l) => l.split(",")[0]!)
    expect(at.length).toBeGreaterThan(1)
    expect(at).toEqual([...at].sort().reverse())
  })
})
