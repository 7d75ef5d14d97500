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
      `  ${c.path.padEnd(width)}${show(c.published).padStart(10)}${show(c.reproduced).padStart(12)}  ${c.status === "agrees" ? "" : c.status === "differs" ? "≠" : `not computed: ${c.reason}`}`
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
  const rows: ReadonlyArray<readonly [string, string, Analysis.Cell.Cell<Analysis.AllAvailableData>]> = [
    ["NRS", "nrs", report.table2.allAvailableData.nrs],
    ["VAS", "vas", report.table2.allAvailableData.vas],
    ["ODI", "odi", report.table3.allAvailableData.odi]
  ]
  const change = (c: Analysis.ModelledChange) =>
    `${signed(c.estimate)} [${c.ciLow}, ${c.ciHigh}] p ${pText(c.p)}`
  const lines = rows.flatMap(([title, key, cell]) => {
    if (cell._tag === "NotComputed")
      return [`  ${title} all available data (MMRM): not computed: ${cell.reason}`]
    const r = cell.value
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

const scale = (title: string, s: Analysis.ScaleCoverage, n: number) =>
  `${title} baseline ${s.baseline}, 3 months ${s.m3}, 6 months ${s.m6} (changes ${s.changeM3}, ${s.changeM6}); tests on ${s.completeCases} complete cases, ${s.leftOut} of ${n} left out`
const group = (title: string, g: { baselineNrs: number; reductionM3?: number; reductionM6: number }) =>
  `${title} ${g.baselineNrs}${g.reductionM3 === undefined ? "" : `/${g.reductionM3}`}/${g.reductionM6}`

/**
 * How many patients the figures use, one line per table that left a patient out (a visit missing);
 * empty when every figure uses the whole cohort.
 */
export const renderCoverage = (report: Analysis.StudyReport): string => {
  const c = report.coverage
  const out = (k: number) => `${k} of ${c.cohort} left out`
  const lines: Array<readonly [number, string]> = [
    [
      c.table1.leftOut,
      `Table 1: baseline NRS ${c.table1.nrs}, VAS ${c.table1.vas}, ODI ${c.table1.odi} patients; ${out(c.table1.leftOut)}`
    ],
    [
      Math.max(c.table2.nrs.leftOut, c.table2.vas.leftOut),
      `Table 2: ${scale("NRS", c.table2.nrs, c.cohort)}; ${scale("VAS", c.table2.vas, c.cohort)}`
    ],
    [c.table3.odi.leftOut, `Table 3: ${scale("ODI", c.table3.odi, c.cohort)}`],
    [
      c.table4.leftOut,
      `Table 4: responders of ${c.table4.m3} patients at 3 months, ${c.table4.m6} at 6 months (NRS at baseline and then); 3 vs 6 months tests on ${c.table4.paired}; ${out(c.table4.leftOut)}`
    ],
    [
      c.table5.leftOut,
      `Table 5: patients seen at baseline ${c.table5.baseline}, 3 months ${c.table5.m3}, 6 months ${c.table5.m6}; baseline vs 6 months tests on ${c.table5.paired}; ${out(c.table5.leftOut)}`
    ],
    [c.table6.leftOut, `Table 6: ${c.table6.patients} patients; ${out(c.table6.leftOut)}`],
    [c.table7.leftOut, `Table 7: ${c.table7.patients} patients; ${out(c.table7.leftOut)}`],
    [
      c.table8.leftOut,
      `Table 8 (baseline/3/6 months): ${group("female", c.table8.female)}, ${group("male", c.table8.male)}; ${out(c.table8.leftOut)}`
    ],
    [
      c.table9.leftOut,
      `Table 9 (baseline/6 months): ${group("under 55", c.table9.under55)}, ${group("55 and over", c.table9.atLeast55)}; ${out(c.table9.leftOut)}`
    ],
    [
      c.table10.leftOut,
      `Table 10 (baseline/6 months): ${group("NRS 5–6", c.table10.nrs5to6)}, ${group("7–8", c.table10.nrs7to8)}, ${group("9–10", c.table10.nrs9to10)}; ${out(c.table10.leftOut)}`
    ]
  ]
  const shown = lines.filter(([k]) => k > 0).map(([, line]) => `  ${line}`)
  return shown.length === 0
    ? ""
    : [
        "Patients per figure (visits missing; left out: missing from a figure or test of the table):",
        ...shown
      ].join("\n")
}
