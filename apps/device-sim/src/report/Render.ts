import type { Analysis } from "@cryoreg/domain"

const show = (v: unknown): string => (v === null || v === undefined ? "—" : String(v))

/** Tables 1–10 side by side with the paper: one line per cell, aligned, a mark where they disagree. */
export const renderComparison = (cells: ReadonlyArray<Analysis.CellComparison>): string => {
  const width = Math.max(...cells.map((c) => c.path.length))
  const lines: Array<string> = []
  let table = ""
  for (const c of cells) {
    const t = c.path.split(".")[0]!
    if (t !== table) {
      table = t
      lines.push(
        "",
        `${t.replace("table", "Table ")}${" ".repeat(Math.max(1, width - t.length + 1))}${"published".padStart(10)}${"reproduced".padStart(12)}`
      )
    }
    lines.push(
      `  ${c.path.padEnd(width)}${show(c.published).padStart(10)}${show(c.reproduced).padStart(12)}  ${c.agrees ? "" : "≠"}`
    )
  }
  return lines.join("\n")
}

/** The consistency findings that are not "consistent", one sentence each. */
export const renderFindings = (findings: ReadonlyArray<Analysis.Finding>): string =>
  findings
    .filter((f) => f.verdict !== "consistent")
    .map((f) => `- [${f.verdict}] ${f.sentence}`)
    .join("\n")

const signed = (x: number) => (x > 0 ? `+${x}` : String(x))
const pText = (p: number | string | null) =>
  p === null ? "—" : typeof p === "string" ? p : p < 0.001 ? "<0.001" : p.toFixed(3)
const fTest = (t: Analysis.LabelledTest | undefined) =>
  t === undefined || t.statistic === null
    ? "—"
    : `F ${t.statistic.toFixed(1)} (${t.note?.split(";")[0] ?? ""}) p ${pText(t.p)}`

/**
 * Tables 2–3's "all available data (MMRM)" rows: per scale the model's means, the changes from baseline
 * with 95 % CIs and p, the patients and visits it used, beside the complete-case rmANOVA p.
 */
export const renderAllAvailableData = (report: Analysis.StudyReport): string => {
  const rows: ReadonlyArray<readonly [string, string, Analysis.AllAvailableData]> = [
    ["NRS", "nrs", report.table2.allAvailableData.nrs],
    ["VAS", "vas", report.table2.allAvailableData.vas],
    ["ODI", "odi", report.table3.allAvailableData.odi]
  ]
  const change = (c: Analysis.ModelledChange) =>
    `${signed(c.estimate)} [${c.ciLow}, ${c.ciHigh}] p ${pText(c.p)}`
  const lines = rows.flatMap(([title, key, r]) => {
    const [mmrm, intercept, anova] = ["mmrm", "randomIntercept", "rmAnova"].map(
      (t) => report.tests[`${key}.${t}`]
    )
    return [
      `  ${title} ${r.label}: ${r.patients} patients, ${r.visits} visits (${r.completePatients} with all three)`,
      `    estimated mean  baseline ${r.baseline}, 3 months ${r.m3}, 6 months ${r.m6}`,
      `    change from baseline  3 months ${change(r.changeM3)};  6 months ${change(r.changeM6)}`,
      `    effect of time  MMRM ${fTest(mmrm)};  random intercept ${fTest(intercept)};  rmANOVA, ${r.completePatients} complete cases, ${fTest(anova)}`,
      `    ${r.analysis}`
    ]
  })
  return ["Tables 2–3, all available data (MMRM) beside the repeated-measures ANOVA:", ...lines].join("\n")
}
