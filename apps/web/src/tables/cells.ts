import type { ComparisonResponse } from "@cryoreg/contract"
import { type Dictionary, num, t } from "../i18n"
import { en } from "../i18n/en"
import { notComputedText } from "./reason"

/** One compared cell of the comparison. */
export type Cell = ComparisonResponse["comparison"][number]

type TableKey = keyof Dictionary["tables"]["table"]
type Part = keyof Dictionary["tables"]["part"]

/** A study table's title as the paper gives it, in the chosen language ("Table 2. Pain intensity …"). */
export const tableTitle = (table: string): string =>
  table in en.tables.table ? t(`tables.table.${table as TableKey}`) : table

const word = (key: string): string =>
  key in en.tables.part
    ? t(`tables.part.${key as Part}`)
    : key.replace(/([a-z])([A-Z0-9])/g, "$1 $2").toLowerCase()

/** What the positions of a printed tuple mean: [n, of, %] (Table 4), [n, %] (Tables 5–7), else [mean, SD]. */
const tupleLabel = (table: string, index: number, length: number): string => {
  const names =
    length === 3
      ? (["n", "of", "pct"] as const)
      : ["table5", "table6", "table7"].includes(table)
        ? (["n", "pct"] as const)
        : (["mean", "sd"] as const)
  const name = names[index]
  return name === undefined ? `#${index}` : t(`tables.tuple.${name}`)
}

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
  c.status === "notComputed" ? notComputedText(c.why) : show(c.reproduced)

/** How a cell fared, in words. */
export const statusText = (c: Cell): string => t(`tables.status.${c.status}`)

/** How many cells of a table agree, differ and were not computed. */
export const counts = (cells: ReadonlyArray<Cell>) => ({
  agrees: cells.filter((c) => c.status === "agrees").length,
  differs: cells.filter((c) => c.status === "differs").length,
  notComputed: cells.filter((c) => c.status === "notComputed").length
})

/** How a value prints in the comparison, in the chosen language ("—" when the report has none; "<0,001" in Polish). */
export const show = (v: number | string | null): string =>
  v === null
    ? "—"
    : typeof v === "number"
      ? num(Math.round(v * 1000) / 1000)
      : v.replace(/\d+\.\d+/g, (x) => num(Number(x)))
