import type { Client } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { dialects, type Registry, raw, refusal, startRegistry } from "../support/registry.js"
import { infection, treatedPatient } from "../support/treated.js"

const pid = (id: string) => Model.PatientId.make(id)

/** A treated Warsaw patient followed up to 6 months. */
const treated = (api: Client, id: string) =>
  treatedPatient(api, id, {
    visits: [
      ["baseline", 7, -2],
      ["month3", 3, 90],
      ["month6", 2, 182]
    ]
  })

describe.each(dialects)("corrections and retractions of records entered in error, on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind)
  })
  afterAll(() => registry?.close())

  it("corrects an adverse event's type and onset with a reason; the history shows them before and after", async () => {
    const api = registry.as["clinician-waw"]
    const id = await treated(api, "WAW-9501")
    const reported = await api.createAdverseEvent({ params: { id }, body: infection })
    const corrected = await api.correctAdverseEvent({
      params: { id, eventId: reported.id },
      body: { type: "local hematoma", onsetDays: 1, reason: "the discharge letter says hematoma on day 1" }
    })
    expect(corrected).toMatchObject({ type: "local hematoma", onsetDays: 1, severity: "moderate" })
    expect((await api.getPatient({ params: { id } })).adverseEvents).toEqual([corrected])
    const history = await api.patientHistory({ params: { id } })
    expect(history.items.find((h) => h.action === "correct" && h.entityId === reported.id)).toMatchObject({
      before: { type: "infection", onsetDays: 6 },
      after: { type: "local hematoma", onsetDays: 1 },
      reason: "the discharge letter says hematoma on day 1"
    })
    // The correction is decoded as a whole: a resolution before the corrected onset is refused.
    const early = await raw(
      registry,
      "clinician-waw",
      "PATCH",
      `/api/patients/${id}/adverse-events/${reported.id}`,
      {
        onsetDays: 25,
        reason: "onset was later"
      }
    )
    expect(early.status).toBe(400)
    expect(early.json.issues?.map((i) => i.path.join("."))).toEqual(["resolutionDays"])
  })

  it("retracts a 3-month visit entered in error: gone from the record and the analysis, in the history, its slot free again", async () => {
    const api = registry.as["coordinator-waw"]
    const id = await treated(api, "WAW-9502")
    const { report: before } = await registry.as.statistician.report({})
    const month3 = (await api.getPatient({ params: { id } })).visits.find(
      (v) => v.visit.timepoint === "month3"
    )!
    const detail = await api.retractVisit({
      params: { id, visitId: month3.visit.id },
      body: { reason: "entered for the wrong patient" }
    })
    expect(detail.visits.map((v) => v.visit.timepoint)).toEqual(["baseline", "month6"])
    expect(await api.getPatient({ params: { id } })).toEqual(detail)
    const { report: after } = await registry.as.statistician.report({})
    expect(after.coverage.table2.nrs.m3).toBe(before.coverage.table2.nrs.m3 - 1)
    expect(after.coverage.table2.nrs.baseline).toBe(before.coverage.table2.nrs.baseline)
    const history = await api.patientHistory({ params: { id } })
    expect(history.items.at(-1)).toMatchObject({
      action: "retract",
      entity: "visit",
      entityId: month3.visit.id,
      before: { timepoint: "month3", nrs: 3 },
      after: null,
      reason: "entered for the wrong patient",
      username: "coordinator-waw"
    })
    // The slot is free: the right 3-month visit can be entered, and counts again.
    await api.createVisit({ params: { id }, body: visit("month3", 4, 93) })
    const again = await api.getPatient({ params: { id } })
    expect(again.visits.map((v) => [v.visit.timepoint, v.visit.nrs])).toEqual([
      ["baseline", 7],
      ["month3", 4],
      ["month6", 2]
    ])
    const { report: restored } = await registry.as.statistician.report({})
    expect(restored.coverage.table2.nrs.m3).toBe(before.coverage.table2.nrs.m3)
    // Retracted once: a second retraction finds nothing.
    const twice = await refusal(
      api.retractVisit({ params: { id, visitId: month3.visit.id }, body: { reason: "again" } })
    )
    expect(twice).toMatchObject({ status: 404, error: "NotFound" })
  })

  it("retracts a diagnostic block entered in error: eligibility is judged again without it", async () => {
    const api = registry.as["clinician-waw"]
    const id = pid("WAW-9503")
    await api.createPatient({ body: newPatient(id) })
    await api.createScreening({ params: { id }, body: eligibleScreening })
    const block = await api.createBlock({ params: { id }, body: positiveBlock })
    expect((await api.getPatient({ params: { id } })).status).toBe("eligible")
    const detail = await api.retractBlock({
      params: { id, blockId: block.block.id },
      body: { reason: "the block was another patient's" }
    })
    expect(detail.blocks).toEqual([])
    expect(detail.status).toBe("screened")
    expect(detail.screening?.eligibility.verdict).toBe("incomplete")
    expect((await api.listPatients({ query: { q: "9503" } })).items[0]?.status).toBe("screened")
    const history = await api.patientHistory({ params: { id } })
    expect(history.items.at(-1)).toMatchObject({
      action: "retract",
      entity: "diagnosticBlock",
      reason: "the block was another patient's"
    })
    // Without a positive block, the procedure waits.
    expect(await refusal(api.createProcedure({ params: { id }, body: procedure }))).toMatchObject({
      status: 409,
      error: "StepOutOfOrder"
    })
  })

  it("retracts an adverse event entered in error: gone from the record, the safety list and Table 7", async () => {
    const api = registry.as["clinician-waw"]
    const id = await treated(api, "WAW-9504")
    const { report: before } = await registry.as.statistician.report({})
    const event = await api.createAdverseEvent({ params: { id }, body: infection })
    const { report: reported } = await registry.as.statistician.report({})
    expect(reported.table7).not.toEqual(before.table7)
    const detail = await api.retractAdverseEvent({
      params: { id, eventId: event.id },
      body: { reason: "reported twice" }
    })
    expect(detail.adverseEvents).toEqual([])
    expect((await registry.as.admin.listAdverseEvents({})).items.map((e) => e.id)).not.toContain(event.id)
    const { report: after } = await registry.as.statistician.report({})
    expect(after.table7).toEqual(before.table7)
    const history = await api.patientHistory({ params: { id } })
    expect(history.items.at(-1)).toMatchObject({
      action: "retract",
      entity: "adverseEvent",
      before: { type: "infection" },
      reason: "reported twice"
    })
  })

  it("refuses a retraction without a reason, of another center's patient as not found, and of a withdrawn patient's record; stores nothing", async () => {
    const api = registry.as["clinician-waw"]
    const id = await treated(api, "WAW-9505")
    const event = await api.createAdverseEvent({ params: { id }, body: infection })
    const detail = await api.getPatient({ params: { id } })
    const visitId = detail.visits[0]!.visit.id
    const blockId = detail.blocks[0]!.block.id
    const paths = [
      `/api/patients/${id}/visits/${visitId}/retract`,
      `/api/patients/${id}/blocks/${blockId}/retract`,
      `/api/patients/${id}/adverse-events/${event.id}/retract`
    ]
    for (const path of paths) {
      for (const body of [{}, { reason: "" }]) {
        const answer = await raw(registry, "clinician-waw", "POST", path, body)
        expect(answer.status, path).toBe(400)
        expect(answer.json.issues?.map((i) => i.path.join("."))).toEqual(["reason"])
      }
      const elsewhere = await raw(registry, "clinician-pila", "POST", path, { reason: "entered in error" })
      expect(elsewhere.status, path).toBe(404)
      expect(elsewhere.json.error).toBe("NotFound")
    }
    expect(await api.getPatient({ params: { id } })).toEqual(detail)
    await api.withdrawPatient({ params: { id }, body: { reason: "moved abroad" } })
    const withdrawn = await raw(registry, "clinician-waw", "POST", paths[2]!, { reason: "entered in error" })
    expect(withdrawn).toMatchObject({ status: 409, json: { error: "PatientWithdrawn" } })
    const history = await api.patientHistory({ params: { id } })
    expect(history.items.filter((h) => h.action === "retract")).toEqual([])
  })

  it("refuses analgesic boxes that contradict a drug named with 422 naming the box, and stores nothing", async () => {
    const api = registry.as["clinician-waw"]
    const id = pid("WAW-9506")
    await api.createPatient({ body: newPatient(id) })
    await api.createScreening({ params: { id }, body: eligibleScreening })
    const before = await api.getPatient({ params: { id } })
    const tramadolAsNsaid = {
      ...visit("baseline", 7, -2),
      analgesics: { drugs: ["tramadol"], nsaids: true, combinationAnalgesics: false, opioidContaining: false }
    }
    const answer = await raw(registry, "clinician-waw", "POST", `/api/patients/${id}/visits`, tramadolAsNsaid)
    expect(answer.status).toBe(422)
    expect(answer.json.error).toBe("RuleViolation")
    expect(answer.json.issues).toEqual([
      {
        code: "analgesicContradiction",
        path: ["analgesics", "opioidContaining"],
        params: { drug: "tramadol", category: "opioidContaining" },
        message: 'tramadol is opioid-containing (ATC N02AX02): tick "Opioid-containing" or remove the drug'
      }
    ])
    expect(await api.getPatient({ params: { id } })).toEqual(before)
    // A category alone (the drug's name unknown) stays possible, and so does the drug with its box ticked.
    const alone = await api.createVisit({
      params: { id },
      body: { ...visit("baseline", 7, -2), analgesics: { drugs: [], nsaids: true, opioidContaining: false } }
    })
    expect(alone.visit.analgesics).toEqual({ drugs: [], nsaids: true, opioidContaining: false })
    const fixed = await api.correctVisit({
      params: { id, visitId: alone.visit.id },
      body: {
        analgesics: { drugs: ["tramadol"], nsaids: false, opioidContaining: true },
        reason: "the patient named the drug"
      }
    })
    expect(fixed.visit.analgesics.drugs).toEqual(["tramadol"])
    // A correction that unticks the drug's box is refused the same way.
    const unticked = await raw(
      registry,
      "clinician-waw",
      "PATCH",
      `/api/patients/${id}/visits/${alone.visit.id}`,
      {
        analgesics: { drugs: ["tramadol"], opioidContaining: false },
        reason: "checking"
      }
    )
    expect(unticked.status).toBe(422)
    expect(unticked.json.issues?.[0]?.path).toEqual(["analgesics", "opioidContaining"])
  })
})
