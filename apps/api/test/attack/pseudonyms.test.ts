import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { dialects, type Registry, raw, startRegistry } from "../support/registry.js"

// Issue 19, items 1 and 2: the statistician reads pseudonymized data only; no live procedure of a real
// patient, no real patient id in the cohort overview.
const realId = /\b(?:WAW|PILA)-[A-Z0-9]+\b/

describe.each(dialects)("the statistician's pseudonymization on %s", (kind) => {
  let registry: Registry
  let procedureId: string
  const patientId = "WAW-6101"
  beforeAll(async () => {
    registry = await startRegistry(kind, { today: "2026-12-07" })
    const waw = registry.as["clinician-waw"]
    const eligible = async (patient: string) => {
      const id = Model.PatientId.make(patient)
      await waw.createPatient({ body: newPatient(patient) })
      await waw.createScreening({ params: { id }, body: eligibleScreening })
      await waw.createBlock({ params: { id }, body: positiveBlock })
      return id
    }
    const id = await eligible(patientId)
    // Treated on 2026-03-16: the 3-month visit late (out of window), the 6-month one overdue.
    const treated = await eligible("WAW-6102")
    await waw.createProcedure({ params: { id: treated }, body: procedure })
    await waw.createVisit({ params: { id: treated }, body: visit("month3", 4, 120) })
    const opened = await waw.createLiveProcedure({
      params: { id },
      body: {
        side: "right",
        lesionsPerSide: 6,
        deviceSerial: "CF-A13-0042",
        operator: "Dr A. Nowak",
        date: "2026-11-30"
      }
    })
    procedureId = opened.procedure.id
  })
  afterAll(() => registry?.close())

  const liveReads = () => [
    "/api/procedures",
    `/api/procedures?patient=${patientId}`,
    `/api/procedures/${procedureId}`,
    `/api/procedures/${procedureId}/telemetry`,
    `/api/procedures/${procedureId}/stream`
  ]

  it("refuses the statistician every patient-level live-procedure read (403), and says nothing of the patient", async () => {
    for (const path of liveReads()) {
      const answer = await raw(registry, "statistician", "GET", path)
      expect(answer.status, path).toBe(403)
      expect((answer.json as { error: string }).error, path).toBe("Forbidden")
      expect(answer.text, path).not.toMatch(realId)
      expect(answer.text, path).not.toContain("Nowak")
    }
  })

  it("still answers the clinical roles on the same routes", async () => {
    for (const path of liveReads().filter((p) => !p.endsWith("/stream"))) {
      const answer = await raw(registry, "clinician-waw", "GET", path)
      expect(answer.status, path).toBe(200)
    }
    const listed = await registry.as.admin.listLiveProcedures({
      query: { patient: Model.PatientId.make(patientId) }
    })
    expect(listed.items.map((p) => p.id)).toEqual([procedureId])
  })

  it("gives the statistician the cohort overview with the exports' pseudonyms, never a real patient id", async () => {
    const real = await registry.as.admin.cohort({})
    expect(real.overdue.map((o) => o.patientId)).toContain("WAW-6102")
    expect(real.outOfWindow.map((o) => o.patientId)).toContain("WAW-6102")
    const answer = await raw(registry, "statistician", "GET", "/api/analysis/cohort")
    expect(answer.status).toBe(200)
    expect(answer.text).not.toMatch(realId)
    const seen = await registry.as.statistician.cohort({})
    const ids = [...seen.overdue, ...seen.outOfWindow].map((o) => o.patientId)
    expect(ids.every((id) => /^P-[0-9a-f]{12}$/.test(id))).toBe(true)
    // The counts and the figures are the same as the clinical roles see.
    expect(seen.funnel).toEqual(real.funnel)
    expect(seen.overdue.map((o) => o.daysOverdue).sort()).toEqual(
      real.overdue.map((o) => o.daysOverdue).sort()
    )
    expect(seen.outOfWindow.length).toBe(real.outOfWindow.length)
    // The same pseudonym as the statistician's export of the visits: one person, one `P-…` across both.
    const exported = new Set((await registry.as.statistician.exportVisits({})).items.map((r) => r.patient))
    const outOfWindow = seen.outOfWindow.map((o) => o.patientId)
    expect(outOfWindow.length).toBeGreaterThan(0)
    expect(outOfWindow.filter((id) => !exported.has(id))).toEqual([])
    // A clinician of a center still reads the real ids of their own patients.
    const pila = await registry.as["clinician-pila"].cohort({})
    expect([...pila.overdue, ...pila.outOfWindow].every((o) => o.patientId.startsWith("PILA-"))).toBe(true)
  })
})
