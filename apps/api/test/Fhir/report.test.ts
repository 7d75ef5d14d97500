import type { ImportReport } from "@cryoreg/contract"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { tableCounts } from "../support/database.js"
import { type Registry, raw, startRegistry } from "../support/registry.js"

// biome-ignore lint/suspicious/noExplicitAny: test data edited field by field
type Json = Record<string, any>

const fhir = { "content-type": "application/fhir+json" }

// `POST /api/import/fhir`: a Bundle through the import, answered as the report the dashboard words.
describe("a FHIR Bundle's import report on sqlite", () => {
  let registry: Registry
  let waw: string
  beforeAll(async () => {
    registry = await startRegistry("sqlite")
    // a patient followed to 6 months with an adverse event: every kind of record
    const events = (await registry.as.admin.listAdverseEvents({})).items
    const followed = new Set(
      (await registry.as.admin.listPatients({ query: { status: "month6", limit: 500 } })).items.map(
        (p) => p.id
      )
    )
    waw = events.find((e) => e.centerId === "waw" && followed.has(e.patientId))!.patientId
  }, 120_000)
  afterAll(() => registry?.close())

  const bundleAs = async (id: string, newId: string) => {
    const answer = await raw(registry, "admin", "GET", `/api/fhir/Patient/${id}/$everything`)
    return JSON.parse(answer.text.split(id).join(newId)) as Json
  }
  const report = async (body: string, query = "?dryRun=1") => {
    const answer = await raw(registry, "coordinator-waw", "POST", `/api/import/fhir${query}`, body, fhir)
    return { status: answer.status, text: answer.text, report: answer.json as unknown as ImportReport }
  }

  it("answers every problem of the Bundle with its entry, FHIRPath, rule and code, and stores nothing", async () => {
    const bundle = await bundleAs(waw, "WAW-0951")
    const nrsAt = bundle.entry.findIndex(
      (e: Json) =>
        e.resource.resourceType === "Observation" && JSON.stringify(e.resource.code).includes("72514-3")
    )
    bundle.entry[nrsAt].resource.valueInteger = 11
    const eventAt = bundle.entry.findIndex((e: Json) => e.resource.resourceType === "AdverseEvent")
    bundle.entry[eventAt].resource.subject.reference = "Patient/nobody"
    bundle.entry.push({
      resource: { resourceType: "Basic", id: "x" },
      request: { method: "POST", url: "Basic" }
    })
    const before = await tableCounts(registry)
    const answer = await report(JSON.stringify(bundle))
    expect(answer.status, answer.text).toBe(200)
    expect(answer.report.format).toBe("fhir")
    expect(answer.report.stored).toBe(false)
    const problems = answer.report.problems
    expect(problems.find((p) => p.code === "resourceNotImported")).toMatchObject({
      file: "bundle.json",
      row: bundle.entry.length - 1,
      column: `Bundle.entry[${bundle.entry.length - 1}].resource.resourceType`,
      ruleCode: "file",
      params: { value: "Basic" }
    })
    expect(problems.find((p) => p.code === "referenceUnresolved")).toMatchObject({
      row: eventAt,
      column: `Bundle.entry[${eventAt}].resource.subject`,
      ruleCode: "reference",
      params: { value: "Patient/nobody" }
    })
    expect(problems.find((p) => p.code === "range")).toMatchObject({
      row: nrsAt,
      column: `Bundle.entry[${nrsAt}].resource.valueInteger`,
      ruleCode: "format",
      params: { min: 0, max: 10 }
    })
    // every problem as data for the dashboard to word
    for (const p of problems) {
      expect(p.code, p.message).toBeDefined()
      expect(p.ruleCode, p.message).toBeDefined()
    }
    expect(await tableCounts(registry)).toEqual(before)
    const csv = await report(JSON.stringify(bundle), "?dryRun=1&format=csv")
    const lines = csv.text.split("\r\n")
    expect(lines[0]).toBe("file,row,column,rule,message")
    expect(lines).toContain(
      `bundle.json,${eventAt},Bundle.entry[${eventAt}].resource.subject,references resolve inside the Bundle,"the reference ""Patient/nobody"" names no entry of the Bundle"`
    )
  })

  it("says an empty file, a file that is not a Bundle and a Bundle without patients, in codes", async () => {
    expect((await report("")).report.problems).toEqual([
      expect.objectContaining({ file: "bundle.json", code: "emptyFile", ruleCode: "file" })
    ])
    expect((await report("{")).report.problems).toEqual([expect.objectContaining({ code: "notJson" })])
    expect((await report(JSON.stringify({ resourceType: "Patient" }))).report.problems).toEqual([
      expect.objectContaining({ code: "notBundle", column: "Bundle" })
    ])
    const none = await report(JSON.stringify({ resourceType: "Bundle", type: "collection", entry: [] }))
    expect(none.report.problems).toEqual([
      expect.objectContaining({
        code: "noPatients",
        message: "the Bundle has no Patient: there is nothing to import"
      })
    ])
    const searchset = await report(JSON.stringify({ resourceType: "Bundle", type: "searchset", entry: [] }))
    expect(searchset.report.problems).toEqual([
      expect.objectContaining({ code: "bundleType", params: { value: "searchset" } })
    ])
    // a clinician may send a Bundle to /api/fhir, but imports from the dashboard are a coordinator's
    const clinician = await raw(registry, "clinician-waw", "POST", "/api/import/fhir?dryRun=1", "{}", fhir)
    expect(clinician.status).toBe(403)
    const csv = await raw(registry, "coordinator-waw", "POST", "/api/import/fhir", "x", {
      "content-type": "text/csv"
    })
    expect(csv.status).toBe(415)
  })

  it("names the file as the upload does, a Polish name too", async () => {
    const answer = await raw(registry, "coordinator-waw", "POST", "/api/import/fhir?dryRun=1", "", {
      ...fhir,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent("pakiet łódź.json")}`
    })
    expect((answer.json as unknown as ImportReport).problems).toEqual([
      expect.objectContaining({
        file: "pakiet łódź.json",
        code: "emptyFile",
        params: { file: "pakiet łódź.json" }
      })
    ])
  })

  it("stores a clean Bundle on a real run, as /api/fhir does", async () => {
    const bundle = await bundleAs(waw, "WAW-0952")
    const answer = await report(JSON.stringify(bundle), "")
    expect(answer.report.problems).toEqual([])
    expect(answer.report.stored).toBe(true)
    expect(answer.report.patientIds).toEqual(["WAW-0952"])
  })
})
