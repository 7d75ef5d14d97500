import { Endpoint } from "@cryoreg/contract"
import { Analysis } from "@cryoreg/domain"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { meanSdOf, readDocx } from "../support/docx.js"
import { dialects, type Registry, raw, startRegistry } from "../support/registry.js"

describe.each(dialects)("the report as a Word document on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind)
  })
  afterAll(() => registry?.close())

  it("answers a .docx with Tables 1–10 whose cells are the JSON report's", async () => {
    const answer = await fetch(`${registry.url}/api/analysis/report.docx`, {
      headers: { authorization: `Bearer ${registry.tokens.statistician}` }
    })
    expect(answer.status).toBe(200)
    expect(answer.headers.get("content-type")).toBe(Endpoint.docxMediaType)
    expect(answer.headers.get("content-disposition")).toBe('attachment; filename="report.docx"')
    const doc = await readDocx(new Uint8Array(await answer.arrayBuffer()))
    const answered = await registry.as.statistician.report({})
    const n = answered.n
    // The demo cohort gives every cell: the plain report (each value as the paper prints it).
    const report = Effect.runSync(Analysis.completeReport(answered.report))

    expect(doc.tables).toHaveLength(10)
    const t2 = doc.tables[1]!
    expect(t2[0]).toEqual([
      "Time point",
      "NRS (mean ± SD)",
      "Change from baseline",
      "VAS (mm, mean ± SD)",
      "Change from baseline",
      "Bonferroni-adjusted pairwise comparisons"
    ])
    const row = (label: string) => t2.find((r) => r[0] === label)!
    expect(meanSdOf(row("Baseline")[1]!)).toEqual([...report.table2.nrs.baseline])
    expect(meanSdOf(row("3 months")[1]!)).toEqual([...report.table2.nrs.m3])
    expect(meanSdOf(row("6 months")[1]!)).toEqual([...report.table2.nrs.m6])
    expect(meanSdOf(row("6 months")[3]!)).toEqual([...report.table2.vas.m6])
    // The MMRM rows beside the ANOVA's.
    expect(Number(row("3 months, all available data (MMRM)")[1])).toBe(report.table2.allAvailableData.nrs.m3)
    expect(doc.tables[2]!.some((r) => r[0] === "6 months, all available data (MMRM)")).toBe(true)
    expect(doc.tables[0]![1]).toEqual(["Number of patients", String(n)])
    expect(doc.tables[3]![1]![1]).toBe(
      `${report.table4.reduction50.m3[0]}/${report.table4.reduction50.m3[1]} (${report.table4.reduction50.m3[2].toFixed(1)}%)`
    )

    // The figures, each an SVG with its PNG fallback.
    const names = [...doc.media.keys()]
    expect(names.filter((x) => x.endsWith(".svg"))).toHaveLength(2)
    expect(names.filter((x) => x.endsWith(".png"))).toHaveLength(2)
    for (const [name, bytes] of doc.media) {
      if (name.endsWith(".png"))
        expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
      else expect(new TextDecoder().decode(bytes)).toMatch(/^<svg[\s\S]*<\/svg>$/)
    }

    // The methods, from what was computed, and the findings as an appendix.
    expect(doc.text).toMatch(new RegExp(`the live registry at \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z, ${n} patients`))
    expect(doc.text).toContain("Bonferroni")
    expect(doc.text).toContain("Shapiro-Wilk")
    expect(doc.text).toContain(`Node.js ${process.version}`)
    expect(doc.text).toContain("Appendix. Consistency of the published tables")
    expect(doc.text).toContain('contradict the paper\'s stated "typically 6 to 7 lesions per treated side"')
  })

  it("is refused without a session, and served to every reader role", async () => {
    expect((await raw(registry, null, "GET", "/api/analysis/report.docx")).status).toBe(401)
    for (const account of ["admin", "clinician-pila", "coordinator-waw"] as const) {
      const answer = await raw(registry, account, "GET", "/api/analysis/report.docx")
      expect(answer.status, account).toBe(200)
    }
    // The typed client answers the document's bytes.
    const bytes = await registry.as.statistician.reportDocx({})
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect((await readDocx(bytes)).tables).toHaveLength(10)
  })
})
