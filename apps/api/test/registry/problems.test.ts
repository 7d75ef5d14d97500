import { ApiError, Problems } from "@cryoreg/contract"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient } from "../support/inputs.js"
import { type Registry, raw, startRegistry } from "../support/registry.js"

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
