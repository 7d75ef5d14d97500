import type { Analysis } from "@cryoreg/domain"

/** The report the document prints. */
export type Report = Analysis.StudyReport

/** One of Tables 1–10 as the document prints it: a title, a header row, body rows and a footnote. */
export interface DocTable {
  readonly title: string
  readonly head: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  readonly note: string
}

/** A value of the report as it may come: a number, a printed p ("<0.001"), missing, or not computed. */
export type ReportValue =
  | number
  | string
  | null
  | undefined
  | { readonly _tag: "NotComputed"; readonly reason: string }
  | { readonly _tag: "Computed"; readonly value: number | string }

/**
 * The text of one value of the report in a table cell: a number at `decimals`, a p-value as printed
 * ("< 0.001"), "—" when absent, and "not computed (why)" when the report could not compute it.
 */
export const cellText = (v: ReportValue, decimals?: number): string => {
  if (v === null || v === undefined) return "—"
  if (typeof v === "object")
    return v._tag === "Computed" ? cellText(v.value, decimals) : `not computed (${v.reason})`
  if (typeof v === "string") return v.startsWith("<") ? `< ${v.slice(1)}` : v
  if (!Number.isFinite(v)) return "—"
  return decimals === undefined ? String(v) : v.toFixed(decimals)
}

const isNumber = (v: ReportValue): v is number => typeof v === "number"

/** "7.4 ± 1.1". */
export const meanSdText = (m: ReportValue, sd: ReportValue, d: number) =>
  isNumber(m) && isNumber(sd) ? `${cellText(m, d)} ± ${cellText(sd, d)}` : cellText(isNumber(m) ? sd : m, d)

/** "56 (52.3%)". */
export const nPct = (n: ReportValue, pct: ReportValue) => `${cellText(n)} (${cellText(pct, 1)}%)`
/** "P < 0.001" or "P = 0.021". */
export const pIs = (p: ReportValue) => {
  const t = cellText(p)
  return t.startsWith("<") || t.startsWith("not") ? `P ${t}` : `P = ${t}`
}
/** "-3.8 (-51.4%)". */
export const change = (v: ReportValue, pct: ReportValue, d: number) =>
  `${cellText(v, d)} (${cellText(pct, 1)}%)`
/** The printed p of a labelled test of the report, "—" when it has none. */
export const testP = (r: Report, key: string, p: (x: number) => string | number) => {
  const t = r.tests[key]
  return t === undefined || t.p === null ? "—" : cellText(p(t.p))
}

/** Tables 1–10 in the paper's layout, each cell from the report through `cellText`. */
