import { inflateSync } from "node:zlib"
import { generateStudyCohort } from "@cryoreg/cohort"
import { Analysis, Protocol } from "@cryoreg/domain"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { reportDocx, versions } from "../../src/Analysis/Docx.js"
import { cellText, meanSdText } from "../../src/Analysis/DocxCells.js"
import { forestFigure } from "../../src/Analysis/DocxCharts.js"
import { toPng } from "../../src/Analysis/DocxFigure.js"
import { meanSdOf, readDocx } from "../support/docx.js"

const report = Effect.runSync(Analysis.studyReport(generateStudyCohort({ seed: 1 }).records, Protocol.study))
const findings = Effect.runSync(Analysis.checkPublished(Analysis.study))

describe("the report's Word document", () => {
  it("names a frozen set in the methods: its name, size, date and SHA-256", async () => {
    const hash = "3f".repeat(32)
    const createdAt = new Date("2026-11-30T08:15:00.000Z")
    const source = { _tag: "Set", name: "Study cohort (demo)", patients: 107, createdAt, hash } as const
    const bytes = await Effect.runPromise(reportDocx({ report, findings, source, versions: versions() }))
    const doc = await readDocx(bytes)
    expect(doc.text).toContain(
      `the analysis set "Study cohort (demo)" (107 patients, frozen at 2026-11-30T08:15:00.000Z, SHA-256 ${hash})`
    )
    expect(doc.text).not.toContain("the live registry")
    expect(doc.tables).toHaveLength(10)
    const domain = (await import("@cryoreg/domain/package.json", { with: { type: "json" } })).default.version
    expect(doc.text).toContain(`@cryoreg/domain ${domain}`)
  })

  it("prints a value the report could not compute as not computed, with the reason", () => {
    const why = Analysis.Reason.reason("noPatient", { who: Analysis.Reason.who("nrs", "baselineAndM6") })
    expect(cellText(Analysis.Cell.notComputed(why))).toBe(
      "not computed (no patient has an NRS at both baseline and 6 months)"
    )
    expect(cellText({ _tag: "Computed", value: 3.6 }, 1)).toBe("3.6")
    expect(cellText("<0.001")).toBe("< 0.001")
    expect(cellText(Number.NaN, 1)).toBe("—")
    expect(meanSdText(7.4, 1.1, 1)).toBe("7.4 ± 1.1")
    expect(meanSdText(-3, 1, 1)).toBe("-3.0 ± 1.0")
  })

  it("prints a cell the report could not compute as not computed (why) in the table, and leaves it out of the figures", async () => {
    const reason = "only 1 patient has an NRS at 3 months: a mean ± SD needs at least 2"
    const { reason: why, who } = Analysis.Reason
    const partial: Analysis.StudyReport = {
      ...report,
      table2: {
        ...report.table2,
        nrs: {
          ...report.table2.nrs,
          m3: Analysis.Cell.notComputed(why("meanSdNeedsTwo", { who: who("nrs", "m3") }))
        }
      },
      table8: {
        ...report.table8,
        female: {
          ...report.table8.female,
          reductionM6: Analysis.Cell.notComputed(
            why("noPatient", { who: who("nrs", "baselineAndM6") }, "female")
          )
        }
      }
    }
    const source = { _tag: "Live", at: new Date(), patients: 107 } as const
    const doc = await readDocx(
      await Effect.runPromise(reportDocx({ report: partial, findings, source, versions: versions() }))
    )
    const row = (label: string) => doc.tables[1]!.find((r) => r[0] === label)!
    expect(row("3 months")[1]).toBe(`not computed (${reason})`)
    // The cells computed print as before.
    const plain = Effect.runSync(Analysis.completeReport(report))
    expect(meanSdOf(row("6 months")[1]!)).toEqual([...plain.table2.nrs.m6])
    // The forest plot skips the subgroup not computed; its family's label moves to the next row.
    const texts = forestFigure(partial).shapes.flatMap((x) => (x.kind === "text" ? [x.text] : []))
    expect(texts).not.toContain("Female")
    expect(texts).toContain("Male")
    expect(texts).toContain("Sex")
  })

  it("rasterizes the forest plot into a PNG whose pixels decode to its size", () => {
    const figure = forestFigure(report)
    const png = toPng(figure, 2)
    expect(png.readUInt32BE(16)).toBe(figure.width * 2)
    expect(png.readUInt32BE(20)).toBe(figure.height * 2)
    const idat = png.indexOf("IDAT")
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)))
    expect(raw.length).toBe((figure.width * 2 * 3 + 1) * figure.height * 2)
    // Something was drawn: not every byte is white (or a filter byte).
    expect(raw.some((b) => b !== 255 && b !== 0)).toBe(true)
  })
})
