import type { ProcedureInput } from "@cryoreg/contract"
import { Model, Protocol } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock } from "../support/inputs.js"
import { dialects, type Registry, raw, startRegistry } from "../support/registry.js"

const { cryo } = Protocol.study
const pid = (id: string) => Model.PatientId.make(id)
const levels = ["L5", "S1", "S2", "S3", "L5", "S1", "S2"] as const

/**
 * A procedure as the dashboard's form builds it from its defaults: 7 right-sided lesions, each a negative
 * test up to the protocol's voltage and one freeze of the protocol's length at its target temperature,
 * thaw end not recorded, each lesion 3 minutes after the previous one.
 */
const asTheFormBuildsIt: ProcedureInput = {
  date: "2026-03-16",
  operator: "Dr A. Nowak",
  side: "right",
  deviceSerial: "CF-A13-0042",
  durationMinutes: 35,
  lesions: levels.map((level, i) => ({
    side: "right",
    level,
    stimulation: {
      frequencyHz: cryo.stimulation.frequencyHz,
      voltagesTried: [0.5, 1, 1.5, 2],
      motorResponseAtVoltage: null
    },
    freezeCycles: [
      {
        startedAt: 300 + i * 180,
        endedAt: 300 + i * 180 + cryo.freezeSeconds,
        thawCompletedAt: null,
        targetTemperatureC: cryo.targetTemperatureC,
        reachedTemperatureC: cryo.targetTemperatureC
      }
    ]
  }))
}

describe.each(dialects)("a procedure entered after the fact, over HTTP on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind)
    const api = registry.as["coordinator-waw"]
    for (const id of ["WAW-9101", "WAW-9102"]) {
      await api.createPatient({ body: newPatient(id) })
      await api.createScreening({ params: { id: pid(id) }, body: eligibleScreening })
      await api.createBlock({ params: { id: pid(id) }, body: positiveBlock })
    }
  })
  afterAll(() => registry?.close())

  it("stores 7 lesions whose thaw times were not recorded (201) and judges them from what was recorded", async () => {
    const answer = await raw(
      registry,
      "coordinator-waw",
      "POST",
      "/api/patients/WAW-9101/procedure",
      asTheFormBuildsIt
    )
    expect(answer.status).toBe(201)
    const patient = await registry.as["coordinator-waw"].getPatient({ params: { id: pid("WAW-9101") } })
    expect(patient.status).toBe("treated")
    expect(patient.procedure?.summary.lesionsPerSide).toEqual({ left: 0, right: 7 })
    expect(patient.procedure?.summary.deviations).toEqual([])
    expect(patient.procedure?.procedure.lesions.map((l) => l.freezeCycles[0]?.thawCompletedAt)).toEqual(
      levels.map(() => null)
    )
  })

  it("refuses a cycle that ends before it starts and a lesion with a motor response, each by its field, and stores nothing", async () => {
    const lesions = asTheFormBuildsIt.lesions.map((l) => ({ ...l, freezeCycles: [...l.freezeCycles] }))
    lesions[2]!.freezeCycles[0] = { ...lesions[2]!.freezeCycles[0]!, endedAt: 600 }
    lesions[5] = {
      ...lesions[5]!,
      stimulation: { frequencyHz: 2, voltagesTried: [0.5, 1], motorResponseAtVoltage: 1 }
    }
    const answer = await raw(registry, "coordinator-waw", "POST", "/api/patients/WAW-9102/procedure", {
      ...asTheFormBuildsIt,
      lesions
    })
    expect(answer.status).toBe(422)
    expect(answer.json.error).toBe("RuleViolation")
    expect(answer.json.message).toMatch(
      /^Lesion 3: The freeze end .*; Lesion 6: No freeze is allowed after this test/
    )
    expect(answer.json.issues?.map((i) => i.path.join("."))).toEqual([
      "lesions.2.freezeCycles.0.endedAt",
      "lesions.5.stimulation.motorResponseAtVoltage"
    ])
    expect(answer.json.issues?.[0]?.message).toBe(
      "The freeze end of lesion 3, cycle 1 (10:00) is before the freeze start of lesion 3, cycle 1 (11:00); the times of a procedure go forward"
    )
    const patient = await registry.as["coordinator-waw"].getPatient({ params: { id: pid("WAW-9102") } })
    expect(patient.procedure).toBeNull()
  })

  it("shows a recorded 60 s freeze that reached only −40 °C as deviations on the patient's record", async () => {
    const api = registry.as["coordinator-waw"]
    const lesions = asTheFormBuildsIt.lesions.map((l) => ({ ...l, freezeCycles: [...l.freezeCycles] }))
    const first = lesions[0]!.freezeCycles[0]!
    lesions[0]!.freezeCycles[0] = { ...first, endedAt: first.startedAt + 60, reachedTemperatureC: -40 }
    await api.createProcedure({ params: { id: pid("WAW-9102") }, body: { ...asTheFormBuildsIt, lesions } })
    const patient = await api.getPatient({ params: { id: pid("WAW-9102") } })
    expect(patient.procedure?.summary.deviations.map((d) => [d.kind, d.lesion])).toEqual([
      ["target-not-reached", 0],
      ["freeze-too-short", 0]
    ])
  })
})
