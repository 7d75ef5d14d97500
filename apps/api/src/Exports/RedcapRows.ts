import { type Cell, cellValue, type Errors } from "./RedcapCells.js"
import { instruments } from "./RedcapModel.js"

/** Where each value of an input came from: its path in the input (`lesions.2.level`) → row and column. */
export type Sources = Map<string, { row: number; column: string }>

/** One record of a patient read from the file, with the rows its values came from. */
export interface Located<A> {
  readonly row: number
  readonly input: A
  readonly sources: Sources
}

/** A data row of the file, by column, with its row number. */
export type Row = Record<string, string> & { readonly __row: string }

/** Reads a form's fields from a row: `spec` maps input paths to columns; the values come back by path. */
export const read = (
  row: Row,
  spec: Record<string, string>,
  errors: Errors,
  sources: Sources,
  prefix = "",
  optional: ReadonlyArray<string> = []
) => {
  const out: Record<string, unknown> = {}
  const number = Number(row.__row)
  for (const [path, column] of Object.entries(spec)) {
    const cell: Cell = { row: number, column, text: row[column] ?? "" }
    out[path] = cellValue(cell, errors, optional.includes(path) ? { required: false } : {})
    sources.set(`${prefix}${path}`, { row: number, column })
  }
  return out
}
export const orUndefined = <A>(v: A | null) => (v === null ? undefined : v)
export const numbers = (text: string) =>
  text
    .split(/[;\s]+/)
    .filter((s) => s !== "")
    .map(Number)

/** Whether a row holds a value of the instrument (REDCap exports an event's row when any form of it has data). */
export const filled = (row: Row, instrument: string) =>
  (instruments.find((i) => i.name === instrument)?.fields ?? []).some((f) =>
    f.type === "checkbox" ? false : (row[f.name] ?? "").trim() !== ""
  )

/** The rows of one event (and repeating instrument) of a patient, and a repeating instrument's rows in instance order. */
export const rowsOf = (valid: ReadonlyArray<Row>) => ({
  at: (event: string, instrument = "") =>
    valid.filter((r) => r.redcap_event_name === event && (r.redcap_repeat_instrument ?? "") === instrument),
  byInstance: (rs: Array<Row>) =>
    [...rs].sort((a, b) => Number(a.redcap_repeat_instance) - Number(b.redcap_repeat_instance))
})
