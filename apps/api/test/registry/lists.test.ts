import { Model, PatientIds } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient } from "../support/inputs.js"
import { dialects, type Registry, raw, refusal, startRegistry } from "../support/registry.js"

const waw = Model.CenterId.make("waw")
const pila = Model.CenterId.make("pila")

describe.each(dialects)("the patients list and the next free id on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind)
  })
  afterAll(() => registry?.close())

  /** Every id of a center, withdrawn patients included, read through the list. */
  const idsOf = async (center: Model.CenterId) =>
    (await registry.as.admin.listPatients({ query: { center, withdrawn: "include", limit: 500 } })).items.map(
      (p) => p.id
    )
  const highest = (ids: ReadonlyArray<string>, prefix: string) =>
    Math.max(...ids.filter((id) => id.startsWith(prefix)).map((id) => Number(id.slice(prefix.length))))

  it("offers a Warsaw coordinator the next Warsaw id, and moves on once it is registered", async () => {
    const coordinator = registry.as["coordinator-waw"]
    const top = highest(await idsOf(waw), "WAW-")
    const offered = await coordinator.nextPatientId({ query: {} })
    expect(offered.id).toBe(`WAW-${String(top + 1).padStart(4, "0")}`)
    // Asking again without registering offers the same id: nothing is reserved.
    expect((await coordinator.nextPatientId({ query: {} })).id).toBe(offered.id)
    await coordinator.createPatient({ body: newPatient(offered.id) })
    expect((await coordinator.nextPatientId({ query: {} })).id).toBe(
      `WAW-${String(top + 2).padStart(4, "0")}`
    )
    // The coordinator's own center may be named; another center is refused.
    expect((await coordinator.nextPatientId({ query: { center: waw } })).id).toBe(
      `WAW-${String(top + 2).padStart(4, "0")}`
    )
    const other = await refusal(coordinator.nextPatientId({ query: { center: pila } }))
    expect(other.status).toBe(403)
  })

  it("gives each center its own sequence, ignoring ids not in the center's form", async () => {
    const pilaTop = highest(await idsOf(pila), "PILA-")
    await registry.as["clinician-pila"].createPatient({ body: newPatient("PILA-special", "pila") })
    expect((await registry.as["clinician-pila"].nextPatientId({ query: {} })).id).toBe(
      PatientIds.numbered(pila, pilaTop + 1)
    )
    expect((await registry.as.admin.nextPatientId({ query: { center: pila } })).id).toBe(
      PatientIds.numbered(pila, pilaTop + 1)
    )
  })

  it("asks an admin to choose the center, in words naming the field", async () => {
    const none = await raw(registry, "admin", "GET", "/api/patients/next-id")
    expect(none.status).toBe(422)
    expect(none.json.issues).toEqual([
      expect.objectContaining({
        code: "required",
        path: ["center"],
        message: "choose the center the patient is registered at"
      })
    ])
    const unknown = await raw(registry, "admin", "GET", "/api/patients/next-id?center=krk")
    expect(unknown.status).toBe(422)
    expect(unknown.json.issues?.[0]?.path).toEqual(["center"])
    expect((await raw(registry, "statistician", "GET", "/api/patients/next-id?center=waw")).status).toBe(403)
  })

  it("filters by the not-eligible verdict, with the total of the filter", async () => {
    const admin = registry.as.admin
    const ineligible = await admin.listPatients({ query: { verdict: "ineligible", limit: 500 } })
    expect(ineligible.items.length).toBeGreaterThan(0)
    expect(ineligible.items.every((p) => p.verdict === "ineligible")).toBe(true)
    expect(ineligible.total).toBe(ineligible.items.length)
    expect(ineligible.total).toBe((await admin.cohort({})).funnel.ineligible)

    // A patient screened with an exclusion that applies joins the filter.
    const coordinator = registry.as["coordinator-waw"]
    const before = await coordinator.listPatients({ query: { verdict: "ineligible" } })
    const { id } = await coordinator.nextPatientId({ query: {} })
    await coordinator.createPatient({ body: newPatient(id) })
    await coordinator.createScreening({
      params: { id },
      body: { ...eligibleScreening, exclusions: { ...eligibleScreening.exclusions, pregnancy: "yes" } }
    })
    const after = await coordinator.listPatients({ query: { verdict: "ineligible", limit: 500 } })
    expect(after.total).toBe(before.total + 1)
    expect(after.items.map((p) => p.id)).toContain(id)
    expect(after.items.every((p) => p.centerId === "waw")).toBe(true)
    // Not eligible is not "screened, awaiting the decision".
    const undecided = await coordinator.listPatients({ query: { verdict: "incomplete", limit: 500 } })
    expect(undecided.items.map((p) => p.id)).not.toContain(id)
  })

  it("counts every page of the filter, not the page: search and status alike", async () => {
    const admin = registry.as.admin
    const all = await admin.listPatients({ query: { limit: 500 } })
    const first = await admin.listPatients({ query: { limit: 5 } })
    expect(first.items).toHaveLength(5)
    expect(first.total).toBe(all.items.length)
    const second = await admin.listPatients({ query: { limit: 5, cursor: first.nextCursor! } })
    expect(second.total).toBe(all.total)

    const searched = await admin.listPatients({ query: { q: "waw-000", limit: 2 } })
    expect(searched.items.map((p) => p.id)).toEqual(["WAW-0001", "WAW-0002"])
    expect(searched.total).toBe(all.items.filter((p) => p.id.toLowerCase().includes("waw-000")).length)

    const month6 = await admin.listPatients({ query: { status: "month6", limit: 3 } })
    expect(month6.total).toBe(all.items.filter((p) => p.status === "month6").length)
    const pilaOnly = await registry.as["clinician-pila"].listPatients({ query: { limit: 1 } })
    expect(pilaOnly.total).toBe(all.items.filter((p) => p.centerId === "pila").length)
  })

  it("refuses an unknown verdict in words", async () => {
    const answer = await raw(registry, "admin", "GET", "/api/patients?verdict=maybe")
    expect(answer.status).toBe(400)
    expect(answer.json.issues?.[0]?.path).toEqual(["verdict"])
  })
})
