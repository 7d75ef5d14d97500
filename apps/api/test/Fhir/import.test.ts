import { createHash } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { tableCounts } from "../support/database.js"
import { dialects, type Registry, raw, startRegistry } from "../support/registry.js"

// biome-ignore lint/suspicious/noExplicitAny: test data edited field by field
type Json = Record<string, any>
interface Outcome {
  readonly resourceType: string
  readonly issue: Array<{ severity: string; code: string; diagnostics: string; expression?: Array<string> }>
}

/** A treated patient's $everything, renamed to a new id (so it can be imported beside the original). */
const everythingAs = async (registry: Registry, id: string, newId: string) => {
  const answer = await raw(registry, "admin", "GET", `/api/fhir/Patient/${id}/$everything`)
  return JSON.parse(answer.text.split(id).join(newId)) as Json
}

const resourceOf = (bundle: Json, test: (r: Json) => boolean) =>
  bundle.entry.find((e: Json) => test(e.resource)).resource
const indexOf = (bundle: Json, test: (r: Json) => boolean) =>
  bundle.entry.findIndex((e: Json) => test(e.resource))
const isNrs = (r: Json) =>
  r.resourceType === "Observation" && JSON.stringify(r.code).includes("72514-3") && r.encounter !== undefined

describe.each(dialects)("FHIR import on %s", (kind) => {
  let registry: Registry
  let waw: string
  let pila: string
  beforeAll(async () => {
    registry = await startRegistry(kind)
    // patients followed to 6 months with an adverse event: every kind of record
    const events = (await registry.as.admin.listAdverseEvents({})).items
    const followed = new Set(
      (await registry.as.admin.listPatients({ query: { status: "month6", limit: 500 } })).items.map(
        (p) => p.id
      )
    )
    waw = events.find((e) => e.centerId === "waw" && followed.has(e.patientId))!.patientId
    pila = events.find((e) => e.centerId === "pila" && followed.has(e.patientId))!.patientId
  }, 120_000)
  afterAll(() => registry?.close())

  it("stores a patient of the importer's center, each record audited with the file's sha-256", async () => {
    const bundle = await everythingAs(registry, waw, "WAW-0901")
    const body = JSON.stringify(bundle)
    const answer = await raw(registry, "clinician-waw", "POST", "/api/fhir", body, {
      "content-type": "application/fhir+json"
    })
    expect(answer.status, answer.text).toBe(200)
    const detail = await registry.as["clinician-waw"].getPatient({ params: { id: "WAW-0901" as never } })
    const original = await registry.as.admin.getPatient({ params: { id: waw as never } })
    expect(
      detail.visits.map((v) => [v.visit.timepoint, v.visit.nrs, v.visit.vasMm, v.visit.odiAnswers])
    ).toEqual(original.visits.map((v) => [v.visit.timepoint, v.visit.nrs, v.visit.vasMm, v.visit.odiAnswers]))
    expect(detail.procedure?.procedure.lesions).toEqual(original.procedure?.procedure.lesions)
    const hash = createHash("sha256").update(body).digest("hex")
    const history = await registry.as.admin.patientHistory({ params: { id: "WAW-0901" as never } })
    const created = history.items.filter((r) => r.action === "create")
    const records =
      1 +
      (detail.screening ? 1 : 0) +
      detail.blocks.length +
      (detail.procedure ? 1 : 0) +
      detail.visits.length +
      detail.adverseEvents.length
    expect(created.length).toBe(records)
    expect(created.every((r) => r.reason?.includes(`(fhir), file sha-256 ${hash}`))).toBe(true)
  })

  it("refuses the whole Bundle, naming every refused entry with its FHIRPath and rule, and stores nothing", async () => {
    const bundle = await everythingAs(registry, waw, "WAW-0902")
    const other = await everythingAs(registry, pila, "PILA-0902")
    const nrs = resourceOf(bundle, isNrs)
    nrs.valueInteger = 11
    const procedure = resourceOf(
      bundle,
      (r) => r.resourceType === "Procedure" && JSON.stringify(r).includes("/lesion")
    )
    procedure.performedDateTime = "2027-01-01"
    const event = bundle.entry.find((e: Json) => e.resource.resourceType === "AdverseEvent")
    if (event !== undefined) event.resource.severity.coding[0].code = "grave"
    const mixed = { ...bundle, entry: [...bundle.entry, ...other.entry] }
    const before = await tableCounts(registry)
    const answer = await raw(registry, "clinician-waw", "POST", "/api/fhir", mixed)
    expect(answer.status).toBe(422)
    const outcome = answer.json as unknown as Outcome
    expect(outcome.resourceType).toBe("OperationOutcome")
    const said = outcome.issue.map((i) => `${i.expression?.join()} | ${i.diagnostics}`)
    const nrsAt = indexOf(mixed, isNrs)
    expect(
      said.some(
        (s) =>
          s.startsWith(`Bundle.entry[${nrsAt}].resource.valueInteger |`) &&
          /NRS is an integer from 0 to 10; got 11/.test(s)
      )
    ).toBe(true)
    const pilaAt = indexOf(mixed, (r) => r.resourceType === "Patient" && r.id === "PILA-0902")
    expect(
      said.some(
        (s) =>
          s.startsWith(`Bundle.entry[${pilaAt}].resource.managingOrganization.identifier.value |`) &&
          /patients of the importing center only/.test(s)
      )
    ).toBe(true)
    if (event !== undefined) expect(said.some((s) => /severity/.test(s) && /grave/.test(s))).toBe(true)
    expect(said.every((s) => /\(rule: .+\)$/.test(s))).toBe(true)
    expect(await tableCounts(registry)).toEqual(before)
  })

  it("refuses what the forms' rules refuse (a procedure after today), with the rule named, and stores nothing", async () => {
    const bundle = await everythingAs(registry, waw, "WAW-0903")
    const procedure = resourceOf(
      bundle,
      (r) => r.resourceType === "Procedure" && JSON.stringify(r).includes("/lesion")
    )
    procedure.performedDateTime = "2027-01-01"
    const before = await tableCounts(registry)
    const answer = await raw(registry, "clinician-waw", "POST", "/api/fhir", bundle)
    expect(answer.status).toBe(422)
    const at = indexOf(bundle, (r) => r === procedure)
    const issues = (answer.json as unknown as Outcome).issue
    expect(
      issues.some((i) => i.diagnostics.includes(`entry ${at}:`) && /2027-01-01/.test(i.diagnostics))
    ).toBe(true)
    expect(await tableCounts(registry)).toEqual(before)
  })

  it("answers a dry run with the report and stores nothing; refuses what is not a Bundle, in words", async () => {
    const bundle = await everythingAs(registry, waw, "WAW-0904")
    const before = await tableCounts(registry)
    const dry = await raw(registry, "coordinator-waw", "POST", "/api/fhir?dryRun=1", bundle)
    expect(dry.status).toBe(200)
    expect((dry.json as unknown as Outcome).issue[0]!.diagnostics).toMatch(
      /^dry run, nothing stored: would add 1 patients and \d+ records into center waw/
    )
    expect(await tableCounts(registry)).toEqual(before)
    const notBundle = await raw(registry, "admin", "POST", "/api/fhir", { resourceType: "Patient" })
    expect(notBundle.status).toBe(422)
    expect(notBundle.text).toMatch(/send a FHIR Bundle/)
    const searchset = await raw(registry, "admin", "POST", "/api/fhir", {
      resourceType: "Bundle",
      type: "searchset",
      entry: []
    })
    expect(searchset.text).toMatch(/transaction or collection/)
    expect((await raw(registry, "statistician", "POST", "/api/fhir", bundle)).status).toBe(403)
    expect(
      (await raw(registry, "admin", "POST", "/api/fhir", "x", { "content-type": "text/plain" })).status
    ).toBe(415)
  })
})
