import { Analysis } from "@cryoreg/domain"

/** The report the document prints. */
export type Report = Analysis.StudyReport

/** One printed cell of the report: computed, or not computed with the reason. */
export type Cell<A> = Analysis.Cell.Cell<A>

/** One of Tables 1–10 as the document prints it: a title, a header row, body rows and a footnote. */
export interface DocTable {
  readonly title: string
  readonly head: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  readonly note: string
}

/** A value of the report as it may come: a number, a printed p ("<0.001"), missing, or a cell of either. */
export type ReportValue = number | string | null | undefined | Cell<number | string>

const notComputedText = (reason: string) => `not computed (${reason})`

/**
 * The text of one value of the report in a table cell: a number at `decimals`, a p-value as printed
 * ("< 0.001"), "—" when absent, and "not computed (why)" when the report could not compute it.
 */
export const cellText = (v: ReportValue, decimals?: number): string => {
  if (v === null || v === undefined) return "—"
  if (typeof v === "object")
    return v._tag === "Computed"
      ? cellText(v.value, decimals)
      : notComputedText(Analysis.describeReason(v.why))
  if (typeof v === "string") return v.startsWith("<") ? `< ${v.slice(1)}` : v
  if (!Number.isFinite(v)) return "—"
  return decimals === undefined ? String(v) : v.toFixed(decimals)
}

/** A cell printed from its value by `print`; a cell not computed prints through `cellText`. */
export const printed = <A>(c: Cell<A>, print: (a: A) => string): string =>
  c._tag === "Computed" ? print(c.value) : cellText(c)

/** Two cells printed together (a mean and its SD): computed when both are, else the first not computed. */
export const both = <A, B>(a: Cell<A>, b: Cell<B>): Cell<readonly [A, B]> =>
  a._tag === "NotComputed"
    ? a
    : b._tag === "NotComputed"
      ? b
      : { _tag: "Computed", value: [a.value, b.value] }

/** "7.4 ± 1.1". */
export const meanSdText = (m: number, sd: number, d: number) => `${cellText(m, d)} ± ${cellText(sd, d)}`

/** A mean ± SD cell: "7.4 ± 1.1". */
export const meanSd = (c: Cell<readonly [number, number]>, d: number) =>
  printed(c, ([m, sd]) => meanSdText(m, sd, d))

/** An n (%) cell: "56 (52.3%)". */
export const nPct = (c: Cell<readonly [number, number]>) =>
  printed(c, ([n, pct]) => `${cellText(n)} (${cellText(pct, 1)}%)`)

/** An n/of (%) cell (Table 4): "56/107 (52.3%)". */
export const nOfPct = (c: Cell<readonly [number, number, number]>) =>
  printed(c, ([n, of, pct]) => `${cellText(n)}/${cellText(of)} (${cellText(pct, 1)}%)`)

/** A percentage cell: "52.3%". */
export const pct = (c: Cell<number>) => printed(c, (v) => `${cellText(v, 1)}%`)

/** "P < 0.001" or "P = 0.021" ("P not computed (why)"). */
export const pIs = (p: ReportValue) => {
  const t = cellText(p)
  return t.startsWith("<") || t.startsWith("not") ? `P ${t}` : `P = ${t}`
}

/** A change from baseline with its percentage: "-3.8 (-51.4%)". */
export const change = (v: Cell<number>, pct: Cell<number>, d: number) =>
  printed(both(v, pct), ([x, p]) => `${cellText(x, d)} (${cellText(p, 1)}%)`)

/** The printed p of a labelled test of the report, "not computed (why)" for a test not computed, else "—". */
export const testP = (r: Report, key: string, p: (x: number) => string | number) => {
  const t = r.tests[key]
  if (t === undefined) return "—"
  if (t.p !== null) return cellText(p(t.p))
  const reason = /^not computed: (.*)$/s.exec(t.note ?? "")?.[1]
  return reason === undefined ? "—" : notComputedText(reason)
}
