import type { ImportReport } from "@cryoreg/contract"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { tableCounts } from "../support/database.js"
import { dialects, type Registry, startRegistry } from "../support/registry.js"
import { download, readCsv } from "./support.js"

// A REDCap records file with several different bad cells, through POST /api/import/redcap on a real
// database: every problem in one pass, each with its code, row (the header is row 1), REDCap column and
// the row's record_id, and nothing stored, in a dry run and in a real run.

const post = async (registry: Registry, query: string, csv: string) => {
  const response = await fetch(`${registry.url}/api/import/redcap${query}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${registry.tokens.admin}`,
      "content-type": "text/csv",
      "content-disposition": "attachment; filename*=UTF-8''rekordy%20%C5%82%C3%B3d%C5%BA.csv"
    },
    body: csv
  })
  const text = await response.text()
  expect(response.status, text).toBe(200)
  return JSON.parse(text) as ImportReport
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

/** The exported file, edited cell by cell: each edit names the row it changed (as a spreadsheet counts). */
class Records {
  readonly header: Array<string>
  readonly raw: Array<Array<string>>
  readonly rows: Array<Record<string, string>>
  constructor(csv: string) {
    const { header, raw, rows } = readCsv(csv)
    this.header = header
    this.raw = raw
    this.rows = rows
  }
  /** Sets `column` of the first row `match` picks that no edit took yet; its row number and record_id. */
  set(match: (row: Record<string, string>) => boolean, column: string, value: string) {
    const index = this.rows.findIndex((r, i) => !this.taken.has(i) && match(r))
    expect(index, column).toBeGreaterThanOrEqual(0)
    const col = this.header.indexOf(column)
    expect(col, column).toBeGreaterThanOrEqual(0)
    this.taken.add(index)
    const recordId = this.rows[index]!.record_id!
    this.raw[index]![col] = value
    return { row: index + 2, column, recordId }
  }
  private readonly taken = new Set<number>()
  text(header = this.header) {
    return [header, ...this.raw].map((r) => `${r.map(quote).join(",")}\r\n`).join("")
  }
}

describe.each(dialects)("a REDCap records file with bad cells on %s", (kind) => {
  let target: Registry
  let exported: string
  beforeAll(async () => {
    const source = await startRegistry(kind)
    exported = (await download(source, source.tokens["coordinator-waw"], "/api/export/redcap/records.csv"))
      .text
    await source.close()
    target = await startRegistry(kind, { demo: false })
    await target.as.admin.createCenter({ body: { id: "waw", name: "Warsaw", city: "Warsaw" } as never })
  }, 120_000)
  afterAll(() => target?.close())

  it("answers every problem with its code, row, REDCap column and record_id, and stores nothing", async () => {
    const file = new Records(exported)
    const event =
      (name: string, instrument = "") =>
      (r: Record<string, string>) =>
        r.redcap_event_name === name && r.redcap_repeat_instrument === instrument
    const expected: ReadonlyArray<{
      row: number
      column: string
      recordId: string
      code: string
      params?: Record<string, unknown>
    }> = [
      {
        ...file.set(event("baseline_arm_1"), "nrs", "eleven"),
        code: "notNumber",
        params: { value: "eleven" }
      },
      { ...file.set(event("month_3_arm_1"), "nrs", "11"), code: "range", params: { min: 0, max: 10 } },
      { ...file.set(event("procedure_arm_1", "lesion"), "lesion_side", "7"), code: "oneOf" },
      { ...file.set(event("procedure_arm_1"), "procedure_date", "03/12/2025"), code: "date" },
      { ...file.set(event("screening_arm_1"), "imaging_done", "2"), code: "notYesNoCode" },
      { ...file.set(event("month_6_arm_1"), "analgesic_class___1", "x"), code: "notCheckboxCode" },
      { ...file.set(event("screening_arm_1"), "patient_complete", "5"), code: "completeStatus" },
      {
        ...file.set(event("month_6_arm_1"), "redcap_event_name", "month_12_arm_1"),
        code: "unknownEvent",
        params: { value: "month_12_arm_1" }
      },
      {
        ...file.set(event("month_3_arm_1"), "redcap_repeat_instrument", "lesion"),
        code: "unknownRepeatInstrument",
        params: { value: "lesion", event: "month_3_arm_1" }
      }
    ]
    // nine cells of at least two patients
    expect(new Set(expected.map((e) => e.recordId)).size).toBeGreaterThan(1)
    const before = await tableCounts(target)
    for (const dryRun of ["1", "0"]) {
      const report = await post(target, `?center=waw&dryRun=${dryRun}`, file.text())
      expect(report.stored).toBe(false)
      expect(report.format).toBe("redcap")
      for (const e of expected) {
        const found = report.problems.filter((p) => p.row === e.row && p.column === e.column)
        // one problem per bad cell, with its code and the row's patient
        expect(found, `${e.column} ${e.row}`).toHaveLength(1)
        expect(found[0], `${e.column} ${e.row}`).toMatchObject({
          file: "rekordy łódź.csv",
          code: e.code,
          ruleCode: expect.any(String),
          params: { ...e.params, recordId: e.recordId }
        })
      }
      // every problem of the file is coded, and names its row's patient where it has a row
      for (const p of report.problems) {
        expect(p.code, p.message).toBeDefined()
        if (p.row !== null && p.row > 1) expect(p.params?.recordId, p.message).toEqual(expect.any(String))
      }
      expect(await tableCounts(target)).toEqual(before)
    }
  })

  it("names a checkbox column of no choice and a column of no field in the header", async () => {
    const file = new Records(exported)
    const header = file.header.map((h) =>
      h === "analgesic_class___3" ? "analgesic_class___9" : h === "ae_related" ? "ae_relation" : h
    )
    const before = await tableCounts(target)
    const report = await post(target, "?center=waw", file.text(header))
    expect(report.stored).toBe(false)
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 1,
          column: "analgesic_class___9",
          code: "unknownCheckboxCode",
          params: expect.objectContaining({ field: "analgesic_class", value: "9" })
        }),
        expect.objectContaining({
          row: 1,
          column: "ae_relation",
          code: "unknownField",
          params: { value: "ae_relation" }
        })
      ])
    )
    expect(await tableCounts(target)).toEqual(before)
  })
})
