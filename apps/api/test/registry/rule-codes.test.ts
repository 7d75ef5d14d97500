import type { Client } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure } from "../support/inputs.js"
import { type Registry, raw, refusal, startRegistry } from "../support/registry.js"

// Every refusal that was once the general "invalid" carries a code of its own and the parameters a client
// words it with (the dashboard, in Polish or English), beside the English message for API users.
describe("the rules' own issue codes, over HTTP on sqlite", () => {
  let registry: Registry
  let api: Client
  const id = Model.PatientId.make("WAW-8901")
  const event = {
    type: "local hematoma",
    severity: "mild",
    serious: false,
    onsetDays: 5,
    resolutionDays: 2,
    relatedToProcedure: true
  } as const
  beforeAll(async () => {
    registry = await startRegistry("sqlite", { today: "2026-12-07" })
    api = registry.as["clinician-waw"]
    await api.createPatient({ body: newPatient(id) })
    await api.createScreening({ params: { id }, body: eligibleScreening })
    await api.createBlock({ params: { id }, body: positiveBlock })
    await api.createProcedure({ params: { id }, body: procedure })
  })
  afterAll(() => registry?.close())

  const issueOf = async (promise: Promise<unknown>) => {
    const e = await refusal(promise)
    expect(e.issues).toHaveLength(1)
    return e.issues[0]
  }

  it("an adverse event resolved before its onset: resolutionBeforeOnset with the onset", async () => {
    const issue = await issueOf(api.createAdverseEvent({ params: { id }, body: event }))
    expect(issue).toEqual({
      code: "resolutionBeforeOnset",
      path: ["resolutionDays"],
      params: { onsetDays: 5 },
      message: "resolution cannot come before onset"
    })
  })

  it("an adverse event of type other without its description: otherNeedsDescription", async () => {
    const issue = await issueOf(
      api.createAdverseEvent({ params: { id }, body: { ...event, type: "other", resolutionDays: null } })
    )
    expect(issue).toMatchObject({ code: "otherNeedsDescription", path: ["description"] })
    expect((await api.getPatient({ params: { id } })).adverseEvents).toEqual([])
  })

  it("an administrator's own account: ownAccount with the act refused", async () => {
    const me = (await registry.as.admin.me({})).user
    const issue = await issueOf(registry.as.admin.deactivateUser({ params: { id: me.id } }))
    expect(issue).toMatchObject({ code: "ownAccount", path: ["id"], params: { act: "deactivate" } })
    const reset = await issueOf(registry.as.admin.resetPassword({ params: { id: me.id } }))
    expect(reset?.params).toEqual({ act: "resetPassword" })
  })

  it("a selection matching no patient: noMatch", async () => {
    const issue = await issueOf(
      registry.as.admin.createAnalysisSet({
        body: { name: "nobody", selection: { treatedFrom: "2000-01-01", treatedTo: "2000-01-02" } }
      })
    )
    expect(issue).toMatchObject({ code: "noMatch", path: ["selection"] })
  })

  it("treated to before treated from: dateOrder naming the other field and its date", async () => {
    const issue = await issueOf(
      registry.as.admin.createAnalysisSet({
        body: { name: "reversed", selection: { treatedFrom: "2026-03-01", treatedTo: "2026-02-01" } }
      })
    )
    expect(issue).toMatchObject({
      code: "dateOrder",
      path: ["selection", "treatedTo"],
      params: { relation: "notBefore", otherField: "selection.treatedFrom", otherDate: "2026-03-01" }
    })
  })

  it("a lone surrogate in a text: illFormedText at the field", async () => {
    const answer = await raw(
      registry,
      "clinician-waw",
      "POST",
      `/api/patients/${id}/withdraw`,
      '{"reason": "a \\ud800 b"}'
    )
    expect(answer.status).toBe(422)
    expect(answer.json.issues).toEqual([expect.objectContaining({ code: "illFormedText", path: ["reason"] })])
  })
})
