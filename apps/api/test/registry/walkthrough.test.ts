import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { dialects, type Registry, raw, refusal, startRegistry } from "../support/registry.js"

const pid = (id: string) => Model.PatientId.make(id)

describe.each(dialects)("a patient from screening to 6 months, over HTTP on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind)
  })
  afterAll(() => registry?.close())

  it("registers, screens, blocks, treats and follows up a patient, each answer carrying its verdict", async () => {
    const api = registry.as["clinician-waw"]
    const id = "WAW-9001"
    const created = await api.createPatient({ body: newPatient(id) })
    expect(created.status).toBe("registered")

    const screened = await api.createScreening({
      params: { id: created.patient.id },
      body: eligibleScreening
    })
    // No block yet: every other criterion met, the block criterion open.
    expect(screened.eligibility.verdict).toBe("incomplete")
    expect(screened.eligibility.criteria.find((c) => c.id === "positiveDiagnosticBlock")?.met).toBeNull()

    const block = await api.createBlock({ params: { id: created.patient.id }, body: positiveBlock })
    expect(block.evaluation.reliefPercent).toBeCloseTo(62.5, 10)
    expect(block.evaluation.positive).toBe(true)
    const eligible = await api.getPatient({ params: { id: created.patient.id } })
    expect(eligible.status).toBe("eligible")
    expect(eligible.screening?.eligibility.verdict).toBe("eligible")

    const treated = await api.createProcedure({ params: { id: created.patient.id }, body: procedure })
    expect(treated.summary.lesionsPerSide.right).toBe(6)
    expect(treated.summary.deviations).toEqual([])

    const baseline = await api.createVisit({
      params: { id: created.patient.id },
      body: visit("baseline", 7, -3)
    })
    // ODI: (3+2+3+2+2+3+2+1+2) = 20 of 9 answered sections × 5 = 45 → 44.4 %.
    expect(baseline.odi?.percent).toBeCloseTo((20 / 45) * 100, 10)
    await api.createVisit({ params: { id: created.patient.id }, body: visit("month3", 4, 92) })
    const m6 = await api.createVisit({ params: { id: created.patient.id }, body: visit("month6", 3, 181) })
    const detail = await api.getPatient({ params: { id: created.patient.id } })
    expect(detail.status).toBe("month6")
    expect(detail.visits.map((v) => v.visit.timepoint)).toEqual(["baseline", "month3", "month6"])

    // A correction needs a reason and keeps the previous value in the history.
    const corrected = await api.correctVisit({
      params: { id: created.patient.id, visitId: m6.visit.id },
      body: { nrs: 2, reason: "transcription error: the form says 2" }
    })
    expect(corrected.visit.nrs).toBe(2)
    const history = await api.patientHistory({ params: { id: created.patient.id } })
    const correction = history.items.find((h) => h.action === "correct" && h.entityId === m6.visit.id)
    expect(correction).toMatchObject({
      before: { nrs: 3 },
      after: { nrs: 2 },
      reason: "transcription error: the form says 2",
      username: "clinician-waw"
    })
    expect(history.items.filter((h) => h.action === "create").length).toBe(1 + 1 + 1 + 1 + 3)
  })

  it("refuses an NRS of 11, a VAS of −1 and an ODI answer of 6 field by field and stores nothing", async () => {
    const api = registry.as["clinician-waw"]
    const before = await api.getPatient({ params: { id: pid("WAW-9001") } })
    const bad = { ...visit("month3", 4, 92), nrs: 11, vasMm: -1, odiAnswers: [1, 2, 3, 4, 5, 6, 0, 0, 0, 0] }
    const answer = await raw(registry, "clinician-waw", "POST", "/api/patients/WAW-9001/visits", bad)
    expect(answer.status).toBe(400)
    expect(answer.json.error).toBe("InvalidRequest")
    expect(answer.json.issues?.map((i) => i.path.join("."))).toEqual(["nrs", "vasMm", "odiAnswers.5"])
    expect(answer.json.issues?.[0]?.message).toMatch(/NRS is an integer from 0 to 10; got 11/)
    const after = await api.getPatient({ params: { id: pid("WAW-9001") } })
    expect(after).toEqual(before)
  })

  it("refuses a second 6-month visit, a procedure for a patient who is not eligible, and a visit before the procedure", async () => {
    const api = registry.as["clinician-waw"]
    expect(
      (await refusal(api.createVisit({ params: { id: pid("WAW-9001") }, body: visit("month6", 3, 181) })))
        .status
    ).toBe(409)
    await api.createPatient({ body: newPatient("WAW-9002") })
    await api.createScreening({
      params: { id: pid("WAW-9002") },
      body: { ...eligibleScreening, baselineNrs: 3 }
    })
    const notEligible = await refusal(
      api.createProcedure({ params: { id: pid("WAW-9002") }, body: procedure })
    )
    expect(notEligible).toMatchObject({ status: 409, error: "StepOutOfOrder" })
    expect(notEligible.message).toMatch(/NRS only 3/)
    const early = await refusal(
      api.createVisit({ params: { id: pid("WAW-9002") }, body: visit("month3", 4, 92) })
    )
    expect(early).toMatchObject({ status: 409, error: "StepOutOfOrder" })
    expect((await refusal(api.createPatient({ body: newPatient("WAW-9002") }))).status).toBe(409)
  })

  it("refuses a procedure whose freeze came without a negative stimulation test, naming the field", async () => {
    const api = registry.as["coordinator-waw"]
    await api.createPatient({ body: newPatient("WAW-9003") })
    await api.createScreening({ params: { id: pid("WAW-9003") }, body: eligibleScreening })
    await api.createBlock({ params: { id: pid("WAW-9003") }, body: positiveBlock })
    const [first, ...rest] = procedure.lesions
    const motor = {
      ...first!,
      stimulation: { frequencyHz: 2, voltagesTried: [0.5, 1], motorResponseAtVoltage: 1 }
    }
    const error = await refusal(
      api.createProcedure({
        params: { id: pid("WAW-9003") },
        body: { ...procedure, lesions: [motor, ...rest] }
      })
    )
    expect(error).toMatchObject({ status: 422, error: "RuleViolation" })
    expect(error.issues?.map((i) => i.path.join("."))).toEqual([
      "lesions.0.stimulation.motorResponseAtVoltage"
    ])
    expect(error.message).toMatch(/motor response was seen at 1 V/)
    expect((await api.getPatient({ params: { id: pid("WAW-9003") } })).procedure).toBeNull()
  })

  it("withdraws a patient softly: the record stays, writes are refused, the list hides it unless asked", async () => {
    const api = registry.as["clinician-waw"]
    const withdrawn = await api.withdrawPatient({
      params: { id: pid("WAW-9002") },
      body: { reason: "consent withdrawn" }
    })
    expect(withdrawn.withdrawal?.reason).toBe("consent withdrawn")
    expect(withdrawn.screening).not.toBeNull()
    const write = await refusal(
      api.correctPatient({ params: { id: pid("WAW-9002") }, body: { birthYear: 1970, reason: "typo" } })
    )
    expect(write).toMatchObject({ status: 409, error: "PatientWithdrawn" })
    const hidden = await api.listPatients({ query: { q: "9002" } })
    expect(hidden.items).toEqual([])
    const shown = await api.listPatients({ query: { q: "9002", withdrawn: "include" } })
    expect(shown.items.map((p) => [p.id, p.withdrawn])).toEqual([["WAW-9002", true]])
  })

  it("lists a center's patients a page at a time and filters by status and text", async () => {
    const api = registry.as["coordinator-waw"]
    const seen: Array<string> = []
    let cursor: string | undefined
    do {
      const page = await api.listPatients({
        query: { limit: 25, ...(cursor === undefined ? {} : { cursor }) }
      })
      seen.push(...page.items.map((p) => p.id))
      expect(page.items.every((p) => p.centerId === "waw")).toBe(true)
      cursor = page.nextCursor ?? undefined
    } while (cursor !== undefined)
    expect(new Set(seen).size).toBe(seen.length)
    expect([...seen].sort()).toEqual(seen)
    expect(seen).toContain("WAW-0001")
    const eligible = await api.listPatients({ query: { status: "eligible" } })
    expect(eligible.items.length).toBeGreaterThan(0)
    expect(eligible.items.every((p) => p.status === "eligible" && p.verdict === "eligible")).toBe(true)
    const ineligible = await registry.as.admin.listPatients({ query: { status: "screened", limit: 500 } })
    expect(ineligible.items.some((p) => p.verdict === "ineligible")).toBe(true)
  })

  it("gives the admin the audit trail with filters and pages, and refuses it to a clinician", async () => {
    const admin = registry.as.admin
    const visits = await admin.listAudit({ query: { entity: "visit", user: "clinician-waw" } })
    expect(visits.items.length).toBe(4)
    expect(visits.items.every((a) => a.entity === "visit" && a.username === "clinician-waw")).toBe(true)
    const first = await admin.listAudit({ query: { limit: 10 } })
    expect(first.items).toHaveLength(10)
    const second = await admin.listAudit({ query: { limit: 10, cursor: first.nextCursor! } })
    // newest first: the next page goes back in time
    expect(Number(second.items[0]!.id)).toBeLessThan(Number(first.items.at(-1)!.id))
    const later = await admin.listAudit({ query: { from: "2999-01-01" } })
    expect(later.items).toEqual([])
    expect((await refusal(registry.as["clinician-waw"].listAudit({}))).status).toBe(403)
    // The typed client refuses to send it; sent anyway, the API refuses it too.
    const badDate = await raw(registry, "admin", "GET", "/api/audit?from=yesterday")
    expect(badDate).toMatchObject({ status: 400, json: { issues: [{ path: ["from"] }] } })
  })
})
