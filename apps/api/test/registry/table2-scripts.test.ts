import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, type Registry, raw, startRegistry } from "../support/registry.js"

// scripts/analysis/table2.R and table2.py run on a real visits.csv export of the demo cohort; their
// figures are compared with the API's own report, read from GET /api/analysis/report.
const scripts = fileURLToPath(new URL("../../../../scripts/analysis/", import.meta.url))
const works = (command: string, args: ReadonlyArray<string>) =>
  spawnSync(command, args, { stdio: "ignore" }).status === 0
const rscript = works("Rscript", ["--version"]) ? "Rscript" : null
// Debian's python3 has python3-pandas and python3-statsmodels; a python3 first on the PATH may not.
const python =
  ["python3", "/usr/bin/python3"].find((p) => works(p, ["-c", "import pandas, statsmodels"])) ?? null

interface Figures {
  readonly at: Record<"nrs" | "vas", Array<{ mean: number; sd: number; n: number }>>
  readonly complete: number
  readonly anova: Record<"nrs" | "vas", { f: number; df1: number; df2: number; p: number }>
  readonly bonferroni: Record<"nrs" | "vas", Array<number>>
}

/** Reads the printed Table 2 back into numbers (the two scripts print the same layout). */
const figuresOf = (printed: string): Figures => {
  const at: Figures["at"] = { nrs: [], vas: [] }
  const anova = {} as Record<string, Figures["anova"]["nrs"]>
  const bonferroni = {} as Record<string, Array<number>>
  let complete = -1
  for (const line of printed.split("\n")) {
    const row =
      /^(Baseline|3 months|6 months)\s+([\d.]+) \(([\d.]+)\)\s+(\d+)\s+([\d.]+) \(([\d.]+)\)\s+(\d+)$/.exec(
        line
      )
    if (row !== null) {
      at.nrs.push({ mean: Number(row[2]), sd: Number(row[3]), n: Number(row[4]) })
      at.vas.push({ mean: Number(row[5]), sd: Number(row[6]), n: Number(row[7]) })
    }
    const f = /^(NRS|VAS): F\((\d+), (\d+)\) = ([\d.]+), p = (\S+)$/.exec(line)
    if (f !== null)
      anova[f[1]!.toLowerCase()] = { df1: Number(f[2]), df2: Number(f[3]), f: Number(f[4]), p: Number(f[5]) }
    const b =
      /^(NRS|VAS): baseline-3 months p = (\S+), baseline-6 months p = (\S+), 3-6 months p = (\S+)$/.exec(line)
    if (b !== null) bonferroni[b[1]!.toLowerCase()] = [Number(b[2]), Number(b[3]), Number(b[4])]
    const c = /complete cases: (\d+) patients/.exec(line)
    if (c !== null) complete = Number(c[1])
  }
  return { at, complete, anova: anova as Figures["anova"], bonferroni: bonferroni as Figures["bonferroni"] }
}

// A printed p of three significant digits against the report's: equal to within the last digit printed.
const sameP = (printed: number, reported: number) =>
  expect(Math.abs(printed - reported)).toBeLessThanOrEqual(Math.max(reported * 0.006, 1e-300))

describe.each(dialects)("the analysis scripts' Table 2 on a visits.csv exported from %s", (kind) => {
  let registry: Registry
  let folder: string
  let csv: string
  beforeAll(async () => {
    registry = await startRegistry(kind)
    // One demo patient's 6-month visit retracted: 106 complete cases, 107 measured at baseline and 3 months.
    const api = registry.as["coordinator-waw"]
    const id = (await api.exportVisits({})).items.find((r) => r.timepoint === "month6")!.patient
    const month6 = (await api.getPatient({ params: { id } })).visits.find(
      (v) => v.visit.timepoint === "month6"
    )!
    await api.retractVisit({ params: { id, visitId: month6.visit.id }, body: { reason: "entered in error" } })
    folder = mkdtempSync(join(tmpdir(), "cryoreg-table2-"))
    csv = join(folder, "visits.csv")
    const exported = await raw(registry, "statistician", "GET", "/api/export/visits.csv")
    expect(exported.status).toBe(200)
    writeFileSync(csv, exported.text)
  })
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true })
    await registry?.close()
  })

  const agreesWithReport = async (printed: string) => {
    const figures = figuresOf(printed)
    const { report } = await registry.as.statistician.report({})
    for (const [scale, decimals] of [
      ["nrs", 1],
      ["vas", 0]
    ] as const) {
      const row = report.table2[scale]
      const cells = [row.baseline, row.m3, row.m6]
      const coverage = report.coverage.table2[scale]
      expect(figures.at[scale].map((a) => a.n)).toEqual([coverage.baseline, coverage.m3, coverage.m6])
      cells.forEach((cell, k) => {
        if (cell._tag !== "Computed") throw new Error(`${scale} not computed in the report`)
        // The report prints the paper's precision; the script's two decimals round to within it.
        const within = 0.5 * 10 ** -decimals + 0.005
        expect(Math.abs(figures.at[scale][k]!.mean - cell.value[0])).toBeLessThanOrEqual(within)
        expect(Math.abs(figures.at[scale][k]!.sd - cell.value[1])).toBeLessThanOrEqual(within)
      })
      expect(figures.complete).toBe(coverage.completeCases)
      const test = report.tests[`${scale}.rmAnova`]!
      expect(Math.abs(figures.anova[scale].f - test.statistic!)).toBeLessThanOrEqual(0.0051)
      expect(`df ${figures.anova[scale].df1}, ${figures.anova[scale].df2}`).toBe(test.note)
      sameP(figures.anova[scale].p, test.p!)
      const bonferroni = report.tests[`${scale}.bonferroni`]!.note!.split(", ").map(Number)
      expect(figures.bonferroni[scale]).toHaveLength(3)
      for (const [k, p] of figures.bonferroni[scale].entries()) sameP(p, bonferroni[k]!)
    }
    return figures
  }

  it.skipIf(rscript === null)("table2.R (base R aov) prints the report's Table 2 and rmANOVA", async () => {
    const printed = execFileSync(rscript!, [join(scripts, "table2.R"), csv], { encoding: "utf8" })
    const figures = await agreesWithReport(printed)
    expect(figures.at.nrs.map((a) => a.n)).toEqual([107, 107, 106])
    expect(figures.complete).toBe(106)
  })

  it.skipIf(python === null)("table2.py (pandas + statsmodels AnovaRM) prints the same", async () => {
    const printed = execFileSync(python!, [join(scripts, "table2.py"), csv], { encoding: "utf8" })
    const figures = await agreesWithReport(printed)
    expect(figures.at.vas).toHaveLength(3)
  })

  it.skipIf(rscript === null)("says what is wrong with a file that is not a visits export", () => {
    const other = join(folder, "other.csv")
    writeFileSync(other, "a,b\n1,2\n")
    const run = spawnSync(rscript!, [join(scripts, "table2.R"), other], { encoding: "utf8" })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/not a cryoreg visits export: no column patient, timepoint, nrs, vas/)
  })
})
