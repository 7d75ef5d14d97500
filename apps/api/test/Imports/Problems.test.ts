import type { ImportReport } from "@cryoreg/contract"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { tableCounts } from "../support/database.js"
import { type Account, type Registry, startRegistry } from "../support/registry.js"

// What an import's report says: every problem of every row in one pass, each with its code and parameters
// (the dashboard words them), on a real SQLite file through the HTTP route.

const fields = {
  "visits.csv": "visits",
  "procedures.csv": "procedures",
  "adverse-events.csv": "adverseEvents"
}
type FileName = keyof typeof fields

const upload = async (
  registry: Registry,
  account: Account,
  files: Partial<Record<FileName, string>>,
  query = "?dryRun=1"
) => {
  await new Promise((resolve) => setTimeout(resolve, 20))
  const form = new FormData()
  for (const [name, content] of Object.entries(files))
    form.append(fields[name as FileName], new Blob([content]), name)
  const response = await fetch(`${registry.url}/api/import/tidy${query}`, {
    method: "POST",
    headers: { authorization: `Bearer ${registry.tokens[account]}` },
    body: form
  })
  const text = await response.text()
  const json = response.headers.get("content-type")?.includes("json") === true
  return { status: response.status, text, report: (json ? JSON.parse(text) : null) as ImportReport }
}

/** A CSV file of the template edited cell by cell (the template's cells hold no commas). */
class Sheet {
  readonly header: Array<string>
  readonly rows: Array<Array<string>>
  constructor(text: string) {
    const lines = text.split("\r\n").filter((l) => l !== "")
    this.header = lines[0]!.split(",")
    this.rows = lines.slice(1).map((l) => l.split(","))
  }
  /** The data row of `patient` at `timepoint` (visits.csv) or its first row. */
  row(patient: string, timepoint?: string) {
    const t = this.header.indexOf("timepoint")
    return this.rows.find((r) => r[0] === patient && (timepoint === undefined || r[t] === timepoint))!
  }
  set(row: Array<string>, column: string, value: string) {
    const i = this.header.indexOf(column)
    if (i < 0) throw new Error(`no column ${column}`)
    row[i] = value
    return this
  }
  /** The line number a row has in the file (the header is line 1). */
  lineOf(row: Array<string>) {
    return this.rows.indexOf(row) + 2
  }
  /** The rows of the template's one patient, copied for `patient` (some time points left out). */
  static of(template: string, patient: string, without: ReadonlyArray<string> = []) {
    const sheet = new Sheet(template.replaceAll("WAW-0201", patient))
    const t = sheet.header.indexOf("timepoint")
    sheet.rows.splice(0, sheet.rows.length, ...sheet.rows.filter((r) => !without.includes(r[t] ?? "")))
    return sheet
  }
  /** Several sheets of the same file as one, their rows in order. */
  static join(...sheets: Array<Sheet>) {
    const joined = new Sheet(`${sheets[0]!.header.join(",")}\r\n`)
    for (const s of sheets) joined.rows.push(...s.rows)
    return joined
  }
  text() {
    return `${[this.header.join(","), ...this.rows.map((r) => r.join(","))].join("\r\n")}\r\n`
  }
}

describe("an import's report on sqlite", () => {
  let registry: Registry
  const template: Record<string, string> = {}
  beforeAll(async () => {
    registry = await startRegistry("sqlite", { today: "2026-12-07" })
    for (const file of Object.keys(fields)) {
      const response = await fetch(`${registry.url}/api/import/tidy/template/${file}`, {
        headers: { authorization: `Bearer ${registry.tokens["coordinator-waw"]}` }
      })
      template[file] = await response.text()
    }
  }, 120_000)
  afterAll(() => registry?.close())

  it("reports every problem of every row in one pass: once they are corrected, the next pass finds none", async () => {
    // WAW-0301: NRS "eleven" at baseline; at 3 months an unknown drug, half the ODI blank, and no procedure
    const a = Sheet.of(template["visits.csv"]!, "WAW-0301")
    a.set(a.row("WAW-0301", "baseline"), "nrs", "eleven")
    const month3 = a.row("WAW-0301", "month3")
    a.set(month3, "analgesics", "foobarol")
    for (const k of [1, 2, 3, 4, 5]) a.set(month3, `odi_${k}`, "")
    // WAW-0302: a sex that is none, and an NRS of 12 at baseline (a visit checked for its values only)
    const b = Sheet.of(template["visits.csv"]!, "WAW-0302")
    for (const row of b.rows) b.set(row, "sex", "x")
    b.set(b.row("WAW-0302", "baseline"), "nrs", "12")
    // and a row whose patient is not named
    const c = Sheet.of(template["visits.csv"]!, "", ["screening", "block", "month3", "month6"])
    const visits = Sheet.join(a, b, c)
    const procedures = template["procedures.csv"]!.replaceAll("WAW-0201", "WAW-0302")
    const before = await tableCounts(registry)
    const answer = await upload(registry, "coordinator-waw", {
      "visits.csv": visits.text(),
      "procedures.csv": procedures
    })
    expect(answer.status, answer.text).toBe(200)
    expect(answer.report.stored).toBe(false)
    expect(await tableCounts(registry)).toEqual(before)
    const line = (patient: string, timepoint: string) => visits.lineOf(visits.row(patient, timepoint))
    const problems = answer.report.problems
    const at = (row: number) => problems.filter((p) => p.row === row).map((p) => p.code)
    // the file's cells first (the parser's), then each patient's records in the study's order
    expect(at(line("WAW-0301", "baseline"))).toEqual(["notNumber"])
    expect(at(line("WAW-0301", "month3")).sort()).toEqual(["analgesic", "odi", "stageMissing"])
    expect(at(line("WAW-0301", "month6"))).toEqual(["stageMissing"])
    expect(
      problems.find((p) => p.row === line("WAW-0301", "month3") && p.code === "stageMissing")
    ).toMatchObject({
      ruleCode: "order",
      message: "patient WAW-0301 has a 3-month visit but no procedure: add the procedure to procedures.csv",
      params: {
        patient: "WAW-0301",
        record: "visit",
        timepoint: "month3",
        stage: "procedure",
        addTo: "procedures.csv"
      }
    })
    expect(problems.find((p) => p.code === "analgesic")).toMatchObject({
      column: "analgesics",
      params: { drugs: ["foobarol"] }
    })
    expect(at(line("WAW-0302", "screening")).sort()).toEqual(["oneOf", "patientUnchecked"])
    expect(problems.find((p) => p.code === "oneOf")?.column).toBe("sex")
    expect(at(line("WAW-0302", "baseline"))).toEqual(["range"])
    expect(problems.find((p) => p.code === "range")?.column).toBe("nrs")
    const unnamed = visits.lineOf(visits.rows.find((r) => r[0] === "")!)
    expect(problems.find((p) => p.row === unnamed)).toMatchObject({
      column: "patient_id",
      code: "patientIdMissing",
      message: "the patient's id is missing: the row cannot be checked further"
    })
    // every problem has a code, and the rule a code and its words
    for (const p of problems) {
      expect(p.code, p.message).toBeDefined()
      expect(p.ruleCode, p.message).toBeDefined()
      expect(p.rule).not.toBe("")
    }
    expect(problems.length).toBe(9)

    // corrected as the report says (the unnamed row taken out): nothing new appears
    a.set(a.row("WAW-0301", "baseline"), "nrs", "7")
    a.set(month3, "analgesics", "ibuprofen")
    for (const k of [1, 2, 3, 4, 5]) a.set(month3, `odi_${k}`, "2")
    for (const row of b.rows) b.set(row, "sex", "female")
    b.set(b.row("WAW-0302", "baseline"), "nrs", "7")
    const fixed = await upload(registry, "coordinator-waw", {
      "visits.csv": Sheet.join(a, b).text(),
      "procedures.csv": `${procedures}${procedures
        .split("\r\n")
        .slice(1)
        .filter((l) => l !== "")
        .map((l) => l.replaceAll("WAW-0302", "WAW-0301"))
        .join("\r\n")}\r\n`
    })
    expect(fixed.report.problems).toEqual([])
    expect(fixed.report.patientIds).toEqual(["WAW-0301", "WAW-0302"])
  })

  it("names the stage a record lacks and the file it goes in, and not a stage that is in the file but refused", async () => {
    // WAW-0311: a procedure without a diagnostic block; WAW-0312: a block and a visit without a screening;
    // WAW-0313: visits and an adverse event without a procedure; WAW-0314: a procedure whose screening was refused
    const noBlock = Sheet.of(template["visits.csv"]!, "WAW-0311", ["block", "month3", "month6"])
    const noScreening = Sheet.of(template["visits.csv"]!, "WAW-0312", ["screening", "month3", "month6"])
    const noProcedure = Sheet.of(template["visits.csv"]!, "WAW-0313")
    const refused = Sheet.of(template["visits.csv"]!, "WAW-0314", ["month3", "month6"])
    refused.set(refused.row("WAW-0314", "screening"), "baseline_nrs", "seven")
    const visits = Sheet.join(noBlock, noScreening, noProcedure, refused)
    const procedures = ["WAW-0311", "WAW-0314"]
      .map((id) => template["procedures.csv"]!.replaceAll("WAW-0201", id).split("\r\n"))
      .flatMap((lines, i) => (i === 0 ? lines : lines.slice(1)))
      .filter((l) => l !== "")
    const answer = await upload(registry, "coordinator-waw", {
      "visits.csv": visits.text(),
      "procedures.csv": `${procedures.join("\r\n")}\r\n`,
      "adverse-events.csv": template["adverse-events.csv"]!.replaceAll("WAW-0201", "WAW-0313")
    })
    const missing = answer.report.problems.filter((p) => p.code === "stageMissing")
    expect(missing.map((p) => [p.file, p.row, p.params?.patient, p.params?.record, p.params?.stage])).toEqual(
      [
        ["procedures.csv", 2, "WAW-0311", "procedure", "block"],
        ["visits.csv", visits.lineOf(visits.row("WAW-0312", "block")), "WAW-0312", "block", "screening"],
        ["visits.csv", visits.lineOf(visits.row("WAW-0312", "baseline")), "WAW-0312", "visit", "screening"],
        ["visits.csv", visits.lineOf(visits.row("WAW-0313", "month3")), "WAW-0313", "visit", "procedure"],
        ["visits.csv", visits.lineOf(visits.row("WAW-0313", "month6")), "WAW-0313", "visit", "procedure"],
        ["adverse-events.csv", 2, "WAW-0313", "adverseEvent", "procedure"]
      ]
    )
    expect(missing.map((p) => p.message)).toEqual([
      "patient WAW-0311 has a procedure but no diagnostic block: add the diagnostic block to visits.csv",
      "patient WAW-0312 has a diagnostic block but no screening: add the screening to visits.csv",
      "patient WAW-0312 has a baseline visit but no screening: add the screening to visits.csv",
      "patient WAW-0313 has a 3-month visit but no procedure: add the procedure to procedures.csv",
      "patient WAW-0313 has a 6-month visit but no procedure: add the procedure to procedures.csv",
      "patient WAW-0313 has an adverse event but no procedure: add the procedure to procedures.csv"
    ])
    expect(missing.map((p) => p.params?.addTo)).toEqual([
      "visits.csv",
      "visits.csv",
      "visits.csv",
      "procedures.csv",
      "procedures.csv",
      "procedures.csv"
    ])
    // WAW-0314's screening is in the file, refused for its NRS: that is said once, at its cell
    const of0314 = answer.report.problems.filter((p) =>
      visits.rows.some((r) => r[0] === "WAW-0314" && visits.lineOf(r) === p.row && p.file === "visits.csv")
    )
    expect(of0314.map((p) => [p.column, p.code])).toEqual([["baseline_nrs", "notNumber"]])
    expect(answer.report.problems.some((p) => p.params?.patient === "WAW-0314")).toBe(false)
  })

  it("says a file is empty, has its header only, or is missing, and answers the rule in words in its CSV", async () => {
    const header = template["visits.csv"]!.split("\r\n")[0]!
    const empty = await upload(registry, "coordinator-waw", { "visits.csv": "" })
    expect(empty.report.problems).toEqual([
      expect.objectContaining({ file: "visits.csv", row: null, code: "emptyFile", ruleCode: "file" })
    ])
    const headerOnly = await upload(registry, "coordinator-waw", { "visits.csv": `${header}\r\n` })
    expect(headerOnly.report.problems).toEqual([
      expect.objectContaining({
        file: "visits.csv",
        code: "noRows",
        params: { file: "visits.csv" },
        message: "visits.csv has its header only: add a row per patient and time point"
      })
    ])
    const none = await upload(registry, "coordinator-waw", { "procedures.csv": template["procedures.csv"]! })
    expect(none.report.problems.map((p) => p.code)).toContain("fileRequired")
    const csv = await upload(
      registry,
      "coordinator-waw",
      { "visits.csv": `${header}\r\n` },
      "?dryRun=1&format=csv"
    )
    expect(csv.text.split("\r\n")).toEqual([
      "file,row,column,rule,message",
      "visits.csv,,,layout of the file,visits.csv has its header only: add a row per patient and time point",
      ""
    ])
  })
})
