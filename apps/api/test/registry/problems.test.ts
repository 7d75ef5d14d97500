import { ApiError, Problems } from "@cryoreg/contract"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { type Registry, raw, refusal, startRegistry } from "../support/registry.js"

describe("problems as data: codes, parameters and the error's own fields", () => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry("sqlite")
  })
  afterAll(() => registry?.close())

  it("reports a bad field of a create and of a correction the same way, with every allowed value", async () => {
    const created = await raw(registry, "clinician-waw", "POST", "/api/patients", {
      ...newPatient("WAW-0901"),
      sex: "unknown"
    })
    expect(created.status).toBe(400)
    const body = created.json as unknown as { issues: ReadonlyArray<unknown> }
    const sex = {
      code: "oneOf",
      path: ["sex"],
      params: { allowed: ["female", "male"] }
    }
    expect(body.issues).toEqual([expect.objectContaining(sex)])
    await registry.as["clinician-waw"].createPatient({ body: newPatient("WAW-0902") })
    const corrected = await raw(registry, "clinician-waw", "PATCH", "/api/patients/WAW-0902", {
      sex: "unknown",
      reason: "typo"
    })
    expect(corrected.status).toBe(400)
    const issues = (corrected.json as unknown as { issues: ReadonlyArray<{ code: string; message: string }> })
      .issues
    expect(issues).toEqual([expect.objectContaining(sex)])
    expect(issues[0]?.message).toBe((body.issues[0] as { message: string }).message)
    expect(issues[0]?.message).toContain('"female", "male"')
  })

  it("answers a second screening with the error's own fields and no HTTP verb in its sentence", async () => {
    const api = registry.as["clinician-waw"]
    await api.createPatient({ body: newPatient("WAW-0903") })
    await api.createScreening({ params: { id: "WAW-0903" as never }, body: eligibleScreening })
    const again = await api
      .createScreening({ params: { id: "WAW-0903" as never }, body: eligibleScreening })
      .catch((e: unknown) => e)
    expect(again).toBeInstanceOf(ApiError)
    expect(Problems.is(again, "AlreadyRecorded")).toBe(true)
    expect(Problems.is(again, "NotFound")).toBe(false)
    expect(Problems.field(again, "record")).toBe("screening")
    expect((again as ApiError).message).not.toMatch(/PATCH|POST|PUT/)
  })

  it("says which field holds a value taken already: code `taken`, the field's path and the value", async () => {
    const api = registry.as["clinician-waw"]
    await api.createPatient({ body: newPatient("WAW-0904") })
    const patient = await refusal(api.createPatient({ body: newPatient("WAW-0904") }))
    expect(patient.status).toBe(409)
    expect(patient.error).toBe("AlreadyRecorded")
    expect(patient.issues).toEqual([
      expect.objectContaining({
        code: "taken",
        path: ["id"],
        params: { value: "WAW-0904", record: "patient" }
      })
    ])
    await api.createScreening({ params: { id: "WAW-0904" as never }, body: eligibleScreening })
    const baseline = { ...visit("baseline", 6, -10), date: eligibleScreening.date }
    await api.createVisit({ params: { id: "WAW-0904" as never }, body: baseline })
    const again = await refusal(api.createVisit({ params: { id: "WAW-0904" as never }, body: baseline }))
    expect(again.issues).toEqual([
      expect.objectContaining({
        code: "taken",
        path: ["timepoint"],
        params: { value: "baseline", record: "visit" }
      })
    ])
    const user = {
      username: "coordinator-twice",
      displayName: "Twice",
      role: "coordinator",
      centerId: "waw",
      password: "lantern-quarry-bicycle-47"
    }
    expect((await raw(registry, "admin", "POST", "/api/users", user)).status).toBe(201)
    const twice = await raw(registry, "admin", "POST", "/api/users", { ...user, displayName: "Other" })
    expect(twice.status).toBe(409)
    expect((twice.json as { issues: unknown }).issues).toEqual([
      expect.objectContaining({
        code: "taken",
        path: ["username"],
        params: { value: "coordinator-twice", record: "user" }
      })
    ])
    const center = await raw(registry, "admin", "POST", "/api/centers", { id: "waw", name: "W", city: "W" })
    expect(center.status).toBe(409)
    expect((center.json as { issues: unknown }).issues).toEqual([
      expect.objectContaining({ code: "taken", path: ["id"], params: { value: "waw", record: "center" } })
    ])
  })

  it("refuses a male patient's pregnancy other than no beside the question, and names a missing earlier step", async () => {
    const api = registry.as["clinician-waw"]
    await api.createPatient({ body: { ...newPatient("WAW-0905"), sex: "male" } })
    const early = await refusal(
      api.createVisit({ params: { id: "WAW-0905" as never }, body: visit("baseline", 6, -10) })
    )
    expect(early.error).toBe("StepOutOfOrder")
    expect((early as unknown as { problem: { missing: string } }).problem.missing).toBe("screening")
    const pregnant = {
      ...eligibleScreening,
      exclusions: { ...eligibleScreening.exclusions, pregnancy: "yes" }
    }
    const refused = await refusal(
      api.createScreening({ params: { id: "WAW-0905" as never }, body: pregnant as typeof eligibleScreening })
    )
    expect(refused.status).toBe(422)
    expect(refused.issues).toEqual([
      expect.objectContaining({
        code: "notForSex",
        path: ["exclusions", "pregnancy"],
        params: { sex: "male", allowed: ["no"] }
      })
    ])
    await api.createScreening({ params: { id: "WAW-0905" as never }, body: eligibleScreening })
    const corrected = await refusal(
      api.correctScreening({
        params: { id: "WAW-0905" as never },
        body: { exclusions: pregnant.exclusions, reason: "asked again" } as never
      })
    )
    expect(corrected.issues[0]?.code).toBe("notForSex")
  })

  it("reports every independent problem of a procedure in one answer: the side and the future date", async () => {
    const api = registry.as["clinician-waw"]
    const id = "WAW-0906" as never
    await api.createPatient({ body: { ...newPatient("WAW-0906"), treatedSide: "left" } })
    await api.createScreening({ params: { id }, body: eligibleScreening })
    await api.createBlock({ params: { id }, body: positiveBlock })
    const refused = await refusal(
      api.createProcedure({ params: { id }, body: { ...procedure, date: "2030-01-15" as never } })
    )
    expect(refused.status).toBe(422)
    const codes = new Set(refused.issues.map((i) => i.code))
    expect(codes).toEqual(new Set(["side", "dateInFuture"]))
    expect(refused.issues.find((i) => i.code === "dateInFuture")?.path).toEqual(["date"])
  })

  it("tells a missing route from a missing record by its tag", async () => {
    const missing = await raw(registry, "clinician-waw", "GET", "/api/no-such-thing")
    expect(missing.status).toBe(404)
    expect(Problems.is(missing.json, "NoSuchRoute")).toBe(true)
    const record = await registry.as["clinician-waw"]
      .getPatient({ params: { id: "WAW-9999" as never } })
      .catch((e: unknown) => e)
    expect(Problems.is(record, "NotFound")).toBe(true)
  })

  it("words a refused role in the clinic's words, with the role as a field", async () => {
    const refused = await raw(registry, "statistician", "GET", "/api/patients")
    expect(refused.status).toBe(403)
    const body = refused.json as unknown as { message: string; role: string }
    expect(body.role).toBe("statistician")
    expect(body.message).not.toMatch(/may not patients/)
    expect(body.message).toContain("may not use this part of the registry")
  })
})
