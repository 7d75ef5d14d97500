import { generateDemoRegistry } from "@cryoreg/cohort"
import type { ImportReport } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { TidyUpload } from "../../src/Imports/Tidy/Parse.js"
import { tidyUploadOf } from "../../src/Imports/Tidy.js"
import { tableCounts } from "../support/database.js"
import { type Account, dialects, type Registry, startRegistry } from "../support/registry.js"

const templateFiles = ["visits.csv", "procedures.csv", "adverse-events.csv"] as const
const fields = {
  "visits.csv": "visits",
  "procedures.csv": "procedures",
  "adverse-events.csv": "adverseEvents"
} as const

/** Uploads files as the dashboard does: multipart/form-data, one field per file. */
const upload = async (
  registry: Registry,
  account: Account,
  files: Partial<Record<(typeof templateFiles)[number], string | Uint8Array>>,
  query = ""
) => {
  // The tests build large files synchronously for seconds, in the server's process: a turn of the event loop
  // first lets the server's keep-alive timer close an idle connection before fetch takes it again
  // (else ECONNRESET on a loaded machine).
  await new Promise((resolve) => setTimeout(resolve, 20))
  const form = new FormData()
  for (const [name, content] of Object.entries(files))
    form.append(fields[name as keyof typeof fields], new Blob([content as BlobPart]), name)
  const response = await fetch(`${registry.url}/api/import/tidy${query}`, {
    method: "POST",
    headers: { authorization: `Bearer ${registry.tokens[account]}` },
    body: form
  })
  const text = await response.text()
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    text,
    report: (response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : null) as ImportReport
  }
}

const filesOf = (u: TidyUpload) => ({
  "visits.csv": u.visits!.bytes,
  "procedures.csv": u.procedures!.bytes,
  "adverse-events.csv": u.adverseEvents!.bytes
})

describe.each(dialects)("the tidy CSV import over HTTP on %s", (kind) => {
  let registry: Registry
  const template: Record<string, string> = {}
  beforeAll(async () => {
    registry = await startRegistry(kind, { today: "2026-12-07" })
  }, 120_000)
  afterAll(() => registry?.close())

  it("serves each file of the template to a coordinator, not to a clinician", async () => {
    for (const file of templateFiles) {
      const response = await fetch(`${registry.url}/api/import/tidy/template/${file}`, {
        headers: { authorization: `Bearer ${registry.tokens["coordinator-waw"]}` }
      })
      expect(response.status).toBe(200)
      expect(response.headers.get("content-type")).toMatch(/^text\/csv/)
      // saved under its own name (not the route's ":file")
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${file}"`)
      template[file] = await response.text()
      expect(template[file]!.split("\r\n")[0]).toMatch(/^patient_id,/)
    }
    const clinician = await fetch(`${registry.url}/api/import/tidy/template/visits.csv`, {
      headers: { authorization: `Bearer ${registry.tokens["clinician-waw"]}` }
    })
    expect(clinician.status).toBe(403)
  })

  it("imports the template's example as it is: a dry run first stores nothing, then the real run stores it", async () => {
    const before = await tableCounts(registry)
    const dry = await upload(registry, "coordinator-waw", template, "?dryRun=1")
    expect(dry.status).toBe(200)
    expect(dry.report.problems).toEqual([])
    expect(dry.report.counts).toEqual({
      patients: { added: 1, unchanged: 0 },
      screenings: { added: 1, unchanged: 0 },
      blocks: { added: 1, unchanged: 0 },
      procedures: { added: 1, unchanged: 0 },
      visits: { added: 3, unchanged: 0 },
      adverseEvents: { added: 1, unchanged: 0 }
    })
    expect(await tableCounts(registry)).toEqual(before)
    const real = await upload(registry, "coordinator-waw", template)
    expect(real.report.stored).toBe(true)
    const patient = await registry.as["coordinator-waw"].getPatient({
      params: { id: Model.PatientId.make("WAW-0201") }
    })
    expect(patient.status).toBe("month6")
    expect(patient.procedure?.procedure.lesions.map((l) => [l.level, l.freezeCycles.length])).toEqual([
      ["S1", 2],
      ["S2", 2]
    ])
    expect(patient.visits.map((v) => v.visit.analgesics.drugs)).toEqual([
      ["ibuprofen", "tramadol"],
      ["ibuprofen"],
      []
    ])
  })

  it("a second upload of the same files stores nothing new and says so", async () => {
    const before = await tableCounts(registry)
    const again = await upload(registry, "coordinator-waw", template)
    expect(again.report.stored).toBe(false)
    expect(again.report.earlier).not.toBeNull()
    expect(again.report.counts.visits).toEqual({ added: 0, unchanged: 3 })
    expect(await tableCounts(registry)).toEqual(before)
  })

  it("refuses the whole upload for one bad row, naming file, row and column of every problem, as JSON and as CSV", async () => {
    const before = await tableCounts(registry)
    const visits = template["visits.csv"]!.replaceAll("WAW-0201", "WAW-0202")
      .replace(",month3,2026-06-15,", ",month3,2026-06-15,")
      .split("\r\n")
    // row 4 (baseline): NRS "eleven"; row 6 (month 6): an ODI answer of 9
    visits[3] = visits[3]!.replace(",7,68,", ",eleven,68,")
    visits[5] = visits[5]!.replace(",2,21,2,", ",2,21,9,")
    const files = {
      "visits.csv": visits.join("\r\n"),
      "procedures.csv": template["procedures.csv"]!.replaceAll("WAW-0201", "WAW-0202"),
      "adverse-events.csv": template["adverse-events.csv"]!.replaceAll("WAW-0201", "WAW-0202")
    }
    const answer = await upload(registry, "coordinator-waw", files)
    expect(answer.report.stored).toBe(false)
    expect(answer.report.problems.map((p) => [p.file, p.row, p.column])).toEqual([
      ["visits.csv", 4, "nrs"],
      ["visits.csv", 6, "odi_1"]
    ])
    expect(answer.report.problems[0]!.message).toMatch(/"eleven" is not a number/)
    expect(answer.report.problems[1]!.message).toMatch(/0.*5/)
    // the same problems as data, for the dashboard to word in the user's language
    expect(answer.report.problems[0]).toMatchObject({
      ruleCode: "format",
      code: "notNumber",
      params: { value: "eleven" }
    })
    expect(answer.report.problems[1]).toMatchObject({
      ruleCode: "format",
      code: "range",
      params: { min: 0, max: 5 }
    })
    expect(await tableCounts(registry)).toEqual(before)
    const csv = await upload(registry, "coordinator-waw", files, "?format=csv")
    expect(csv.type).toMatch(/^text\/csv/)
    expect(csv.text.split("\r\n").slice(0, 3)).toEqual([
      "file,row,column,rule,message",
      expect.stringMatching(/^visits\.csv,4,nrs,value allowed in this column,/),
      expect.stringMatching(/^visits\.csv,6,odi_1,value allowed in this column,/)
    ])
  })

  it("refuses a patient of another center and a file of unknown columns, and a clinician may not import", async () => {
    const pila = template["visits.csv"]!.replaceAll("WAW-0201,waw", "PILA-0201,pila")
    const answer = await upload(registry, "coordinator-waw", { "visits.csv": pila })
    expect(answer.report.problems[0]).toMatchObject({
      file: "visits.csv",
      row: 2,
      column: "center",
      ruleCode: "center",
      code: "otherCenter",
      params: { center: "waw", given: "pila" }
    })
    const unknown = await upload(registry, "coordinator-waw", {
      "visits.csv": `patient_id,timepoint,pain\r\nWAW-0203,screening,7\r\n`
    })
    expect(unknown.report.problems).toEqual([
      expect.objectContaining({ file: "visits.csv", row: 1, column: "pain" })
    ])
    expect((await upload(registry, "clinician-waw", template)).status).toBe(403)
  })

  it("refuses a file of thousands of rows for one bad row in its middle, naming that row, and stores nothing; corrected, stores it whole", async () => {
    const treated = generateDemoRegistry({ seed: 1 }).treated.filter((r) => r.patient.centerId === "waw")
    const n = 700
    const records = Array.from({ length: n }, (_, i) => treated[i % treated.length]!)
    const idOf = (i: number) => `WAW-${String(70_000 + i)}`
    // a record repeated gets a new id each time: numbered by position
    let k = 0
    const good = tidyUploadOf(records, () => idOf(k++))
    const middle = idOf(n / 2)
    const bad = records.map((r, i) =>
      i === n / 2
        ? {
            ...r,
            visits: r.visits.map((v) => (v.timepoint === "month3" ? { ...v, date: "2027-03-01" } : v))
          }
        : r
    ) as typeof records
    k = 0
    const refused = tidyUploadOf(bad, () => idOf(k++))
    const lines = new TextDecoder().decode(refused.visits!.bytes).split("\r\n")
    const row = lines.findIndex((l) => l.startsWith(`${middle},`) && l.includes(",month3,")) + 1
    expect(lines.length).toBeGreaterThan(3000)
    expect(row).toBeGreaterThan(1500)
    const before = await tableCounts(registry)
    const answer = await upload(registry, "coordinator-waw", filesOf(refused))
    expect(answer.report.stored).toBe(false)
    // the 3-month visit after today, and so the 6-month visit (the next row) before it
    expect(lines[row]).toMatch(new RegExp(`^${middle},.*,month6,`))
    expect(answer.report.problems.map((p) => [p.file, p.row, p.column, p.rule])).toEqual([
      ["visits.csv", row, "date", "study rule"],
      ["visits.csv", row + 1, "date", "study rule"]
    ])
    expect(answer.report.problems[0]!.message).toMatch(/2027-03-01/)
    expect(answer.report.problems[1]!.message).toMatch(/2027-03-01/)
    expect(await tableCounts(registry)).toEqual(before)

    const stored = await upload(registry, "coordinator-waw", filesOf(good))
    expect(stored.report.problems).toEqual([])
    expect(stored.report.stored).toBe(true)
    const c = stored.report.counts
    const rows = Object.values(c).reduce((sum, x) => sum + x.added, 0)
    expect(c.patients.added).toBe(n)
    expect(c.visits.added).toBe(3 * n)
    const after = await tableCounts(registry)
    expect(after.patients! - before.patients!).toBe(n)
    expect(after.clinical_records! - before.clinical_records!).toBe(rows - n)
    // one audit row per patient and record stored, and the import's own row
    expect(after.audit_log! - before.audit_log!).toBe(rows)
    expect(after.imports! - before.imports!).toBe(1)
  }, 180_000)

  it("imports the demo cohort's Warsaw records, renumbered, into records equal to the demo's", async () => {
    const records = generateDemoRegistry({ seed: 1 }).records.filter((r) => r.patient.centerId === "waw")
    const renumber = (id: string) =>
      id.replace(/^WAW-(\d+)$/, (_, n) => `WAW-${String(Number(n) + 5000).padStart(4, "0")}`)
    const answer = await upload(
      registry,
      "coordinator-waw",
      filesOf(tidyUploadOf(records, (r) => renumber(r.patient.id)))
    )
    expect(answer.report.problems).toEqual([])
    expect(answer.report.stored).toBe(true)
    expect(answer.report.counts.patients.added).toBe(records.length)
    const api = registry.as["coordinator-waw"]
    for (const r of records.slice(0, 12)) {
      const demo = await api.getPatient({ params: { id: r.patient.id } })
      const imported = await api.getPatient({ params: { id: Model.PatientId.make(renumber(r.patient.id)) } })
      expect([imported.status, imported.screening?.eligibility]).toEqual([
        demo.status,
        demo.screening?.eligibility
      ])
      expect(imported.visits.map((v) => [v.visit.timepoint, v.odi, v.visit.nrs])).toEqual(
        demo.visits.map((v) => [v.visit.timepoint, v.odi, v.visit.nrs])
      )
      expect(imported.procedure?.summary).toEqual(demo.procedure?.summary)
      expect(imported.adverseEvents.length).toBe(demo.adverseEvents.length)
    }
  }, 60_000)
})
