import type { ComparisonResponse } from "@cryoreg/contract"

/** One compared cell of the comparison. */
export type Cell = ComparisonResponse["comparison"][number]

/** The study's tables by number, with their titles in the paper. */
export const tableTitles: Readonly<Record<string, string>> = {
  table1: "Table 1. Baseline characteristics",
  table2: "Table 2. Pain intensity (NRS, VAS) over time",
  table3: "Table 3. Disability (ODI) over time",
  table4: "Table 4. Responders at 3 and 6 months",
  table5: "Table 5. Analgesic use",
  table6: "Table 6. Procedural characteristics",
  table7: "Table 7. Adverse events",
  table8: "Table 8. Outcomes by sex",
  table9: "Table 9. Outcomes by age group",
  table10: "Table 10. Outcomes by baseline pain severity"
}

const words: Readonly<Record<string, string>> = {
  nrs: "NRS",
  vas: "VAS",
  odi: "ODI",
  m3: "3 months",
  m6: "6 months",
  baseline: "baseline",
  changeM3: "change at 3 months",
  changeM6: "change at 6 months",
  changeM3Pct: "change at 3 months, %",
  changeM6Pct: "change at 6 months, %",
  relM3Pct: "relative change at 3 months, %",
  relM6Pct: "relative change at 6 months, %",
  baseline_m3: "baseline vs 3 months, p",
  baseline_m6: "baseline vs 6 months, p",
  m3_m6: "3 vs 6 months, p",
  pairwise: "post hoc",
  rmAnovaTime: "rmANOVA time effect, p",
  cohensD_nrs_m3: "Cohen's d, NRS at 3 months",
  reduction50: "≥ 50 % reduction",
  reduction30: "≥ 30 % reduction",
  nrsAtMost2: "NRS ≤ 2",
  p: "p",
  pct: "%",
  n: "n",
  baselineNrs: "baseline NRS",
  reductionM3: "reduction at 3 months",
  reductionM6: "reduction at 6 months",
  responderM6: "responders at 6 months",
  responderM6Pct: "responders at 6 months, %",
  responderPct: "responders, %",
  under55: "age < 55",
  atLeast55: "age ≥ 55",
  nrs5to6: "NRS 5–6",
  nrs7to8: "NRS 7–8",
  nrs9to10: "NRS 9–10",
  nsaids: "NSAIDs",
  opioids: "opioids",
  relReductionM6Pct: "relative reduction at 6 months, %"
}

const word = (key: string): string => words[key] ?? key.replace(/([a-z])([A-Z0-9])/g, "$1 $2").toLowerCase()

/** What the positions of a printed tuple mean: [n, of, %] (Table 4), [n, %] (Tables 5–7), else [mean, SD]. */
const tupleLabel = (table: string, index: number, length: number): string =>
  length === 3
    ? (["n", "of", "%"][index] ?? `#${index}`)
    : ["table5", "table6", "table7"].includes(table)
      ? (["n", "%"][index] ?? `#${index}`)
      : (["mean", "SD"][index] ?? `#${index}`)

/** The table a cell belongs to ("table2"). */
export const tableOf = (path: string): string => path.split(".")[0] ?? path

/** A cell's path in words: "table2.nrs.baseline[0]" → "NRS · baseline · mean". */
export const cellLabel = (path: string, tupleLength: number): string => {
  const [table = "", ...rest] = path.split(".")
  return rest
    .map((part) => {
      const m = /^(.*)\[(\d+)\]$/.exec(part)
      return m === null ? word(part) : `${word(m[1] ?? "")} · ${tupleLabel(table, Number(m[2]), tupleLength)}`
    })
    .join(" · ")
}

/** The cells grouped by table in the paper's order, each labelled in words. */
export const byTable = (cells: ReadonlyArray<Cell>) => {
  const tupleLength = new Map<string, number>()
  for (const c of cells) {
    const base = c.path.replace(/\[\d+\]$/, "")
    if (base !== c.path) tupleLength.set(base, (tupleLength.get(base) ?? 0) + 1)
  }
  const groups = new Map<string, Array<Cell & { label: string }>>()
  for (const c of cells) {
    const t = tableOf(c.path)
    const length = tupleLength.get(c.path.replace(/\[\d+\]$/, "")) ?? 0
    groups.set(t, [...(groups.get(t) ?? []), { ...c, label: cellLabel(c.path, length) }])
  }
  return [...groups].sort(([a], [b]) => Number(a.slice(5)) - Number(b.slice(5)))
}

/** What the report gives for a cell: its value, or "not computed: <reason>". */
export const reproducedText = (c: Cell): string =>
  c.status === "notComputed" ? `not computed: ${c.reason ?? ""}` : show(c.reproduced)

/** How a cell fared, in words. */
export const statusText = (c: Cell): string =>
  c.status === "agrees" ? "yes" : c.status === "differs" ? "no — differs" : "not computed"

/** How many cells of a table agree, differ and were not computed. */
export const counts = (cells: ReadonlyArray<Cell>) => ({
  agrees: cells.filter((c) => c.status === "agrees").length,
  differs: cells.filter((c) => c.status === "differs").length,
  notComputed: cells.filter((c) => c.status === "notComputed").length
})

/** How a value prints in the comparison ("—" when the report has none). */
export const show = (v: number | string | null): string =>
  v === null ? "—" : typeof v === "number" ? String(Math.round(v * 1000) / 1000) : v
