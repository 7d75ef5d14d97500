import type { Client, PatientDetail } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { openProcedure, send, sevenLevels, textbookPosts } from "../live/support.js"
import { eligibleScreening, newPatient, positiveBlock } from "../support/inputs.js"
import { dialects, type Registry, raw, startRegistry } from "../support/registry.js"
import { infection, treatedPatient } from "../support/treated.js"

const pid = (id: string) => Model.PatientId.make(id)

/** A treated Warsaw patient with one record of every kind. */
const treated = (api: Client, id: string) => treatedPatient(api, id, { adverseEvents: [infection] })

/**
 * Each kind of record: the path of its correction, the record name of its `unchanged` issue, and a
 * correction that names every field with the value stored (what a form sends when only a reason was typed).
 */
const kinds = (d: PatientDetail) => {
  const p = `/api/patients/${d.patient.id}`
  const { id: _p, centerId: _c, ...patient } = d.patient
  const { id: _s, patientId: _sp, ...screening } = d.screening!.screening
  const { id: _b, patientId: _bp, ...block } = d.blocks[0]!.block
  const { id: _r, patientId: _rp, centerId: _rc, ...recorded } = d.procedure!.procedure
  const { id: _v, patientId: _vp, ...baseline } = d.visits[0]!.visit
  const { id: _e, patientId: _ep, ...event } = d.adverseEvents[0]!
  return [
    { record: "patient", path: p, same: patient },
    { record: "screening", path: `${p}/screening`, same: screening },
    { record: "diagnosticBlock", path: `${p}/blocks/${d.blocks[0]!.block.id}`, same: block },
    { record: "procedure", path: `${p}/procedure`, same: recorded },
    { record: "visit", path: `${p}/visits/${d.visits[0]!.visit.id}`, same: baseline },
    { record: "adverseEvent", path: `${p}/adverse-events/${d.adverseEvents[0]!.id}`, same: event }
  ] as const
}

describe.each(dialects)(
  "a correction must change something; a recorded procedure's lesions are corrected, on %s",
  (dialect) => {
    let registry: Registry
    beforeAll(async () => {
      registry = await startRegistry(dialect)
    })
    afterAll(() => registry?.close())

    // the coordinator's audit rows since `from`, whatever they are about (a refused write has a row of its own)
    const auditSince = async (from: string) =>
      (await registry.as.admin.listAudit({ query: { user: "coordinator-waw", from } })).items

    it("refuses a correction of each kind of record that changes no value: 400 `unchanged`, no version, no audit row", async () => {
      const api = registry.as["coordinator-waw"]
      const id = await treated(api, "WAW-9701")
      const detail = await api.getPatient({ params: { id } })
      const history = await api.patientHistory({ params: { id } })
      const since = new Date().toISOString()
      for (const { record, path, same } of kinds(detail)) {
        // only a reason, and every field with the value stored: both change nothing
        for (const body of [{ reason: "checked against the chart" }, { ...same, reason: "typed again" }]) {
          const answer = await raw(registry, "coordinator-waw", "PATCH", path, body)
          expect({ record, body: Object.keys(body).length, status: answer.status }).toEqual({
            record,
            body: Object.keys(body).length,
            status: 400
          })
          expect(answer.json).toMatchObject({
            error: "InvalidRequest",
            issues: [{ code: "unchanged", path: [], params: { record } }]
          })
          expect(answer.json.message).toMatch(/changes nothing/)
        }
      }
      expect(await api.getPatient({ params: { id } })).toEqual(detail)
      expect(await api.patientHistory({ params: { id } })).toEqual(history)
      expect(await auditSince(since)).toEqual([])
      // One value changed among the same ones: a correction, whose history names only that value changed.
      const baseline = detail.visits[0]!.visit
      const [, , , , visitKind] = kinds(detail)
      await api.correctVisit({
        params: { id, visitId: baseline.id },
        body: { ...visitKind.same, nrs: 6, reason: "NRS misread" }
      })
      const last = (await api.patientHistory({ params: { id } })).items.at(-1)!
      expect(last).toMatchObject({ action: "correct", entityId: baseline.id, reason: "NRS misread" })
      const before = last.before as Record<string, unknown>
      const after = last.after as Record<string, unknown>
      expect(
        Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      ).toEqual(["nrs"])
      expect(await auditSince(since)).toMatchObject([{ action: "correct", entityId: baseline.id }])
    })

    it("judges a stale version before an unchanged one: a colleague's correction is shown, not `unchanged`", async () => {
      const api = registry.as["coordinator-waw"]
      const id = await treated(api, "WAW-9702")
      const detail = await api.getPatient({ params: { id } })
      const baseline = detail.visits[0]!.visit
      const opened = detail.versions[baseline.id]!
      await api.correctVisit({ params: { id, visitId: baseline.id }, body: { nrs: 5, reason: "colleague" } })
      const stale = await raw(
        registry,
        "coordinator-waw",
        "PATCH",
        `/api/patients/${id}/visits/${baseline.id}`,
        { nrs: 7, reason: "the form's values" },
        { "if-match": `"${opened}"` }
      )
      expect(stale.status).toBe(412)
      expect(stale.json.error).toBe("RecordChanged")
    })

    it("corrects a recorded procedure's lesions (level, stimulation, a cycle's times, one more lesion) under the freeze protocol", async () => {
      const api = registry.as["clinician-waw"]
      const id = await treated(api, "WAW-9703")
      const opened = await api.getPatient({ params: { id } })
      const stored = opened.procedure!
      expect(stored.mode).toBe("recorded")
      const lesions = stored.procedure.lesions.map((l) => structuredClone(l)) as Array<Model.Lesion>
      const third = lesions[2]!
      const cycle = third.freezeCycles[0]!
      const changed = [
        ...lesions.slice(0, 2),
        {
          ...third,
          level: "S2" as const,
          stimulation: { ...third.stimulation, voltagesTried: [0.5, 1, 2] },
          freezeCycles: [
            { ...cycle, endedAt: cycle.endedAt + 10, reachedTemperatureC: -74 },
            ...third.freezeCycles.slice(1)
          ]
        },
        ...lesions.slice(3),
        {
          ...lesions[5]!,
          freezeCycles: lesions[5]!.freezeCycles.map((c) => ({
            ...c,
            startedAt: c.startedAt + 400,
            endedAt: c.endedAt + 400,
            thawCompletedAt: c.thawCompletedAt === null ? null : c.thawCompletedAt + 400
          }))
        }
      ]
      const view = await api.correctProcedure({
        params: { id },
        body: { lesions: changed, reason: "the chart lists a seventh lesion; lesion 3 was at S2" }
      })
      expect(view.procedure.lesions).toEqual(changed)
      expect(view.summary.lesionsPerSide.right).toBe(7)
      const again = await api.getPatient({ params: { id } })
      expect(again.procedure!.procedure.lesions).toEqual(changed)
      expect(again.versions[stored.procedure.id]).not.toBe(opened.versions[stored.procedure.id])
      const last = (await api.patientHistory({ params: { id } })).items.at(-1)!
      expect(last).toMatchObject({
        action: "correct",
        entity: "procedure",
        reason: "the chart lists a seventh lesion; lesion 3 was at S2"
      })
      expect((last.before as { lesions: Array<unknown> }).lesions).toEqual(stored.procedure.lesions)
      expect((last.after as { lesions: Array<unknown> }).lesions).toEqual(changed)
      // The same lesions sent again: nothing changes, nothing is stored.
      const same = await raw(registry, "clinician-waw", "PATCH", `/api/patients/${id}/procedure`, {
        lesions: changed,
        reason: "again"
      })
      expect(same.status).toBe(400)
      expect(same.json.issues?.map((i) => i.path)).toEqual([[]])
    })

    it("refuses a lesion correction the freeze protocol does not allow, at the lesion's field, and stores nothing", async () => {
      const api = registry.as["clinician-waw"]
      const id = await treated(api, "WAW-9704")
      const stored = (await api.getPatient({ params: { id } })).procedure!
      const history = await api.patientHistory({ params: { id } })
      const lesions = stored.procedure.lesions.map((l) => structuredClone(l)) as Array<Model.Lesion>
      // a motor response at 1 V: no freeze is allowed after that test
      lesions[1] = { ...lesions[1]!, stimulation: { ...lesions[1]!.stimulation, motorResponseAtVoltage: 1 } }
      const refused = await raw(registry, "clinician-waw", "PATCH", `/api/patients/${id}/procedure`, {
        lesions,
        reason: "motor response was seen"
      })
      expect(refused.status).toBe(422)
      expect(refused.json).toMatchObject({ error: "RuleViolation" })
      expect(refused.json.issues?.[0]).toMatchObject({ code: "freezeProtocol" })
      expect(refused.json.issues?.[0]?.path.slice(0, 2)).toEqual(["lesions", 1])
      // a level the protocol does not know: the schema's issue, at the field
      const bad = stored.procedure.lesions.map((l, i) => (i === 0 ? { ...l, level: "S5" } : l))
      const unknownLevel = await raw(registry, "clinician-waw", "PATCH", `/api/patients/${id}/procedure`, {
        lesions: bad,
        reason: "level"
      })
      expect(unknownLevel.status).toBe(400)
      expect(unknownLevel.json.issues?.map((i) => i.path.join("."))).toContain("lesions.0.level")
      expect((await api.getPatient({ params: { id } })).procedure).toEqual(stored)
      expect(await api.patientHistory({ params: { id } })).toEqual(history)
    })

    it("keeps a live procedure's lesions as the probe recorded them; its operator is corrected", async () => {
      const api = registry.as["clinician-waw"]
      const id = pid("WAW-9705")
      await api.createPatient({ body: newPatient(id) })
      await api.createScreening({ params: { id }, body: eligibleScreening })
      await api.createBlock({ params: { id }, body: positiveBlock })
      const live = await openProcedure(registry.server, registry.tokens["clinician-waw"], id)
      await send(registry.server, live.deviceToken, live.id, textbookPosts(sevenLevels))
      const stored = (await api.getPatient({ params: { id } })).procedure!
      expect(stored.mode).toBe("completed")
      const history = await api.patientHistory({ params: { id } })
      const lesions = stored.procedure.lesions.map((l, i) => (i === 2 ? { ...l, level: "S2" as const } : l))
      const refused = await raw(registry, "clinician-waw", "PATCH", `/api/patients/${id}/procedure`, {
        lesions,
        reason: "level misread"
      })
      expect(refused.status).toBe(422)
      expect(refused.json).toMatchObject({
        error: "RuleViolation",
        issues: [{ code: "recordedByProbe", path: ["lesions"] }]
      })
      expect(await api.patientHistory({ params: { id } })).toEqual(history)
      // the lesions as stored, with a corrected operator: accepted
      const view = await api.correctProcedure({
        params: { id },
        body: { lesions: stored.procedure.lesions, operator: "Dr Z. Nowak", reason: "operator misspelt" }
      })
      expect(view.procedure.operator).toBe("Dr Z. Nowak")
      expect(view.procedure.lesions).toEqual(stored.procedure.lesions)
      expect(view.mode).toBe("completed")
    })
  }
)
