import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { tableCounts } from "../support/database.js"
import { dialects, type Registry, startRegistry } from "../support/registry.js"
import { download, readCsv } from "./support.js"

interface Report {
  readonly stored: boolean
  readonly dryRun: boolean
  readonly fileHash: string
  readonly counts: Record<string, { added: number; unchanged: number }>
  readonly problems: ReadonlyArray<{
    file: string
    row: number | null
    column: string | null
    rule: string
    message: string
  }>
}

const post = async (registry: Registry, query: string, csv: string, type = "text/csv") => {
  const response = await fetch(`${registry.url}/api/import/redcap${query}`, {
    method: "POST",
    headers: { authorization: `Bearer ${registry.tokens.admin}`, "content-type": type },
    body: csv
  })
  const text = await response.text()
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    text,
    report: (/json/.test(response.headers.get("content-type") ?? "") ? JSON.parse(text) : null) as Report
  }
}

// Replaces one cell of the row `match` picks.
const editCell = (
  csv: string,
  match: (row: Record<string, string>) => boolean,
  column: string,
  value: string
) => {
  const { header, raw, rows } = readCsv(csv)
  const index = rows.findIndex(match)
  expect(index).toBeGreaterThanOrEqual(0)
  raw[index]![header.indexOf(column)] = value
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
  return { csv: [header, ...raw].map((r) => `${r.map(quote).join(",")}\r\n`).join(""), row: index + 2 }
}

describe.each(dialects)("REDCap records import on %s", (kind) => {
  let source: Registry
  let target: Registry
  let exported: string
  beforeAll(async () => {
    source = await startRegistry(kind)
    exported = (await download(source, source.tokens["coordinator-waw"], "/api/export/redcap/records.csv"))
      .text
    await source.close()
    target = await startRegistry(kind, { demo: false })
    await target.as.admin.createCenter({ body: { id: "waw", name: "Warsaw", city: "Warsaw" } as never })
  }, 120_000)
  afterAll(() => target?.close())

  const count = async () => {
    const t = await tableCounts(target)
    return { patients: t.patients, records: t.clinical_records }
  }

  it("refuses a file with a bad row, naming its row and field, and stores nothing", async () => {
    const before = await count()
    const nrs = editCell(exported, (r) => r.redcap_event_name === "month_3_arm_1", "nrs", "11")
    const side = editCell(nrs.csv, (r) => r.redcap_repeat_instrument === "lesion", "lesion_side", "7")
    const { status, report } = await post(target, "?center=waw", side.csv)
    expect(status).toBe(200)
    expect(report.stored).toBe(false)
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: "records.csv",
          row: nrs.row,
          column: "nrs",
          message: expect.stringContaining("from 0 to 10")
        }),
        expect.objectContaining({
          file: "records.csv",
          row: side.row,
          column: "lesion_side",
          message: expect.stringContaining("1 (Left), 2 (Right)")
        })
      ])
    )
    // one problem per bad cell, not a second one for the value then missing
    expect(report.problems.filter((p) => p.row === nrs.row && p.column === "nrs")).toHaveLength(1)
    expect(await count()).toEqual(before)
    const csv = await post(target, "?center=waw&format=csv", side.csv)
    expect(csv.type).toMatch(/^text\/csv/)
    const problems = readCsv(csv.text)
    expect(problems.header).toEqual(["file", "row", "column", "rule", "message"])
    expect(problems.rows).toContainEqual(expect.objectContaining({ row: String(nrs.row), column: "nrs" }))
  })

  it("a date in another format and an unknown event are refused by row and column", async () => {
    const date = editCell(
      exported,
      (r) => r.redcap_event_name === "procedure_arm_1" && r.redcap_repeat_instrument === "",
      "procedure_date",
      "03/12/2025"
    )
    const event = editCell(
      date.csv,
      (r) => r.redcap_event_name === "month_6_arm_1",
      "redcap_event_name",
      "month_12_arm_1"
    )
    const { report } = await post(target, "?center=waw", event.csv)
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: date.row,
          column: "procedure_date",
          message: expect.stringContaining("YYYY-MM-DD")
        }),
        expect.objectContaining({
          row: event.row,
          column: "redcap_event_name",
          message: expect.stringContaining("month_12_arm_1")
        })
      ])
    )
    expect((await count()).patients).toBe(0)
  })

  it("a dry run reports what it would add and stores nothing", async () => {
    const { status, report } = await post(target, "?center=waw&dryRun=1", exported)
    expect(status).toBe(200)
    expect(report).toMatchObject({ dryRun: true, stored: false, problems: [] })
    const patients = new Set(readCsv(exported).rows.map((r) => r.record_id)).size
    expect(report.counts.patients!.added).toBe(patients)
    expect(await count()).toEqual({ patients: 0, records: 0 })
  })

  it("the export read back by the import into an empty registry exports the same file", async () => {
    const { report } = await post(target, "?center=waw", exported)
    expect(report.problems).toEqual([])
    expect(report.stored).toBe(true)
    const again = (await download(target, target.tokens.admin, "/api/export/redcap/records.csv")).text
    expect(again).toBe(exported)
  })

  it("the same file again stores nothing new", async () => {
    const before = await count()
    const { report } = await post(target, "?center=waw", exported)
    expect(report.problems).toEqual([])
    expect(report.counts.patients!.added).toBe(0)
    expect(report.counts.visits!.added).toBe(0)
    expect(report.counts.visits!.unchanged).toBeGreaterThan(0)
    expect(await count()).toEqual(before)
  })

  it("is refused as anything but text/csv", async () => {
    const { status } = await post(target, "?center=waw", exported, "application/json")
    expect(status).toBe(415)
  })
})
