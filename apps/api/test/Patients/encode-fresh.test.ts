import { generateDemoRegistry } from "@cryoreg/cohort"
import { Model } from "@cryoreg/domain"
import { describe, expect, it } from "vitest"
import { encode, encodeFresh, encoderOf, freshEncoderOf, type RecordKind } from "../../src/Patients/Decode.js"

// The import stores a record's JSON with `encodeFresh` (its fields in the class's order, not checked a second
// time); what it writes must be byte for byte what `encode` (the forms' path) writes of the same record.
describe("encodeFresh", () => {
  it("writes every record and patient of the demo registry as encode does, byte for byte", () => {
    const registry = generateDemoRegistry({ seed: 1 })
    const records = registry.records
    let compared = 0
    const same = <K extends RecordKind>(kind: K, value: Parameters<typeof encode<K>>[1]) => {
      expect(encodeFresh(kind, value)).toBe(encode(kind, value))
      compared++
    }
    const patient = { fresh: freshEncoderOf(Model.Patient), form: encoderOf(Model.Patient) }
    for (const r of records) {
      expect(JSON.stringify(patient.fresh(r.patient))).toBe(JSON.stringify(patient.form(r.patient)))
      same("screening", r.screening)
      for (const b of r.blocks) same("block", b)
      if (r.procedure !== null) same("procedure", r.procedure)
      for (const v of r.visits) same("visit", v)
      for (const e of r.adverseEvents) same("adverseEvent", e)
    }
    expect(compared).toBeGreaterThan(500)
  })

  it("leaves out an optional field that is undefined, as encode does, and keeps the class's order", () => {
    const event = Model.AdverseEvent.make({
      relatedToProcedure: true,
      resolutionDays: 5,
      onsetDays: 3,
      serious: false,
      severity: "mild",
      description: undefined,
      type: "procedural pain",
      patientId: Model.PatientId.make("WAW-0001"),
      id: Model.AdverseEventId.make("ae-0000000000000001")
    })
    const fresh = encodeFresh("adverseEvent", event)
    expect(fresh).toBe(encode("adverseEvent", event))
    expect(Object.keys(JSON.parse(fresh))[0]).toBe("id")
  })
})
