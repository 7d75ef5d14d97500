import { Analysis, Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import published from "../fixtures/published-tables.json" with { type: "json" }
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { type Registry, raw, startRegistry } from "../support/registry.js"

const pid = (id: string) => Model.PatientId.make(id)
/** A cell's value; the demo cohort's report computes every cell. */
const value = <A>(cell: Analysis.Cell.Cell<A>): A => {
  if (cell._tag === "NotComputed") throw new Error(`not computed: ${cell.reason}`)
  return cell.value
}

describe("the analysis of the stored demo cohort", () => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry("sqlite")
  })
  afterAll(() => registry?.close())

  it("computes Tables 1–10 from the 107 treated patients only, with the paper's counts", async () => {
    const { n, demo, report } = await registry.as.statistician.report({})
    expect(demo).toBe(true)
    expect(n).toBe(107)
    expect(value(report.table1.female.n)).toBe(published.table1.female.n)
    expect(value(report.table1.male.n)).toBe(published.table1.male.n)
    expect(value(report.table2.nrs.baseline)[0]).toBeCloseTo(published.table2.nrs.baseline[0]!, 1)
    expect(value(report.table2.nrs.m6)[0]).toBeCloseTo(published.table2.nrs.m6[0]!, 1)
    expect(Analysis.notComputedCells(report)).toEqual([])
  })

  it("compares the report with the paper cell by cell and as CSV", async () => {
    const { comparison, findings } = await registry.as.admin.comparison({})
    expect(comparison.length).toBeGreaterThan(150)
    expect(comparison.filter((c) => c.agrees).length / comparison.length).toBeGreaterThan(0.8)
    expect(findings.some((f) => f.verdict === "impossible")).toBe(true)
    const csv = await registry.as.admin.reportCsv({})
    const lines = csv.trim().split("\r\n")
    expect(lines[0]).toBe("path,published,reproduced,difference,agrees,status,reason")
    expect(lines).toHaveLength(comparison.length + 1)
    expect(lines).toContain(
      `table1.female.n,${published.table1.female.n},${published.table1.female.n},0,true,agrees,`
    )
  })

  it("exports the visits in tidy long format; the statistician's holds pseudonyms and months only", async () => {
    const clinician = await registry.as["clinician-waw"].exportVisits({})
    expect(clinician.items.some((r) => /^WAW-\d{4}$/.test(r.patient))).toBe(true)
    const rows = await registry.as.statistician.exportVisits({})
    // 107 treated patients × baseline, 3 and 6 months.
    expect(rows.items).toHaveLength(107 * 3)
    expect(rows.items.every((r) => /^P-[0-9a-f]{12}$/.test(r.patient))).toBe(true)
    expect(new Set(rows.items.map((r) => r.patient)).size).toBe(107)
    expect(rows.items.every((r) => r.month === null || /^\d{4}-\d{2}$/.test(r.month))).toBe(true)
    const csv = await raw(registry, "statistician", "GET", "/api/export/visits.csv")
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/)
    const [header, ...lines] = csv.text.trim().split("\r\n")
    expect(header).toBe(
      "center,patient,sex,ageGroup,baselineNrsGroup,timepoint,daysAfterProcedure,outOfWindow,month,nrs,vas,odi,nsaids,combinationAnalgesics,opioidContaining"
    )
    expect(lines).toHaveLength(107 * 3)
    expect(csv.text).not.toMatch(/WAW-|PILA-|\d{4}-\d{2}-\d{2}/)
    const events = await registry.as.statistician.listAdverseEvents({})
    expect(events.items.every((e) => e.description === undefined && e.patientId.startsWith("P-"))).toBe(true)
  })

  it("gives the cohort overview: the funnel from screened to 6 months and enrollment by center and month", async () => {
    const overview = await registry.as.admin.cohort({})
    expect(overview.funnel.treated).toBe(107)
    expect(overview.funnel.month6).toBe(107)
    expect(overview.funnel.screened).toBeGreaterThan(overview.funnel.treated)
    expect(overview.funnel.ineligible).toBeGreaterThan(0)
    expect(overview.funnel.eligible).toBeGreaterThan(overview.funnel.treated)
    const enrolled = overview.enrollment.reduce((s, e) => s + e.treated, 0)
    expect(enrolled).toBe(107)
    expect(new Set(overview.enrollment.map((e) => e.centerId))).toEqual(new Set(["waw", "pila"]))
  })

  it("moves with a write: a newly followed-up patient counts in the next report", async () => {
    const api = registry.as["clinician-waw"]
    const before = await api.report({})
    await api.createPatient({ body: newPatient("WAW-9100") })
    await api.createScreening({ params: { id: pid("WAW-9100") }, body: eligibleScreening })
    await api.createBlock({ params: { id: pid("WAW-9100") }, body: positiveBlock })
    await api.createProcedure({ params: { id: pid("WAW-9100") }, body: procedure })
    for (const [t, nrs, d] of [
      ["baseline", 7, -2],
      ["month3", 3, 90],
      ["month6", 2, 182]
    ] as const)
      await api.createVisit({ params: { id: pid("WAW-9100") }, body: visit(t, nrs, d) })
    const after = await api.report({})
    expect(after.n).toBe(before.n + 1)
  })

  it("counts patients without a 6-month visit in the report's coverage, per table", async () => {
    const api = registry.as["clinician-waw"]
    const { report: before } = await registry.as.statistician.report({})
    const ids = ["WAW-9201", "WAW-9202", "WAW-9203"].map((id) => Model.PatientId.make(id))
    for (const id of ids) {
      await api.createPatient({ body: newPatient(id) })
      await api.createScreening({ params: { id }, body: eligibleScreening })
      await api.createBlock({ params: { id }, body: positiveBlock })
      await api.createProcedure({ params: { id }, body: procedure })
      await api.createVisit({ params: { id }, body: visit("baseline", 8, -3) })
      await api.createVisit({ params: { id }, body: visit("month3", 3, 91) })
    }
    const { n, report } = await registry.as.statistician.report({})
    const [was, is] = [before.coverage, report.coverage]
    expect(n).toBe(was.cohort + 3)
    expect(is.table2.nrs).toEqual({
      ...was.table2.nrs,
      ...{
        baseline: was.table2.nrs.baseline + 3,
        m3: was.table2.nrs.m3 + 3,
        changeM3: was.table2.nrs.changeM3 + 3
      },
      leftOut: was.table2.nrs.leftOut + 3
    })
    expect(is.table4).toEqual({ ...was.table4, m3: was.table4.m3 + 3, leftOut: was.table4.leftOut + 3 })
    expect(value(report.table4.reduction50.m6)[1]).toBe(value(before.table4.reduction50.m6)[1])
    expect(is.table5).toMatchObject({
      m6: was.table5.m6,
      paired: was.table5.paired,
      leftOut: was.table5.leftOut + 3
    })
    expect(is.table8.female.reductionM6).toBe(was.table8.female.reductionM6)
    expect(is.table8.female.baselineNrs).toBe(was.table8.female.baselineNrs + 3)
  })
})
