import type { ImportProblem } from "@cryoreg/contract"
import { rules } from "../Imports/Problems.js"
import { type Field, fieldNamed } from "./RedcapModel.js"

/** Where a cell is: the file, its row (the header is row 1) and its column. */
export interface Cell {
  readonly row: number
  readonly column: string
  readonly text: string
}

/** Collects the problems of a file; each names the file, row, column and rule. */
export class Errors {
  readonly list: Array<ImportProblem> = []
  constructor(readonly file: string) {}
  add(row: number | null, column: string | null, rule: string, message: string) {
    this.list.push({ file: this.file, row, column: column === "" ? null : column, rule, message })
  }
}

const dateOk = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`)
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}
const label = (f: Field) => `"${f.label}"`

/**
 * A cell's value as the registry holds it, checked against its field's dictionary entry (format, range, codes):
 * a date, a number, a choice's value, a yes/no as a boolean, text; `null` when empty (an error when required).
 */
export const cellValue = (cell: Cell, errors: Errors, options: { required?: boolean } = {}): unknown => {
  const base = cell.column.replace(/___\w+$/, "")
  const f = fieldNamed.get(base)?.field
  const text = cell.text.trim()
  const fail = (_what: string, message: string) => {
    errors.add(cell.row, cell.column, rules.format, message)
    return undefined
  }
  if (f === undefined) return text
  if (text === "")
    return (options.required ?? f.required) === true ? fail("required", `${label(f)} is required`) : null
  if (f.type === "checkbox") {
    if (text === "1" || text === "0") return text === "1"
    return fail("checkbox", `${label(f)} is a checkbox: 1 (ticked) or 0, not "${text}"`)
  }
  if (f.type === "yesno") {
    if (text === "1" || text === "0") return text === "1"
    return fail("yes/no", `${label(f)} is 1 (yes) or 0 (no), not "${text}"`)
  }
  if (f.choices !== undefined) {
    const choice = f.choices.find((c) => c.code === text)
    if (choice !== undefined) return choice.value
    const codes = f.choices.map((c) => `${c.code} (${c.label})`).join(", ")
    return fail("choice", `${label(f)} is one of the codes ${codes}, not "${text}"`)
  }
  if (f.validation === "date_ymd") {
    if (dateOk(text)) return text
    return fail("date", `${label(f)} is a date written YYYY-MM-DD that exists in the calendar, not "${text}"`)
  }
  if (f.validation === "integer" || f.validation === "number" || f.type === "slider") {
    const n = Number(text)
    const integer = f.validation === "integer"
    if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text) || !Number.isFinite(n) || (integer && !Number.isInteger(n)))
      return fail(
        integer ? "integer" : "number",
        `${label(f)} is ${integer ? "a whole number" : "a number"}, not "${text}"`
      )
    if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max))
      return fail("range", `${label(f)} is from ${f.min} to ${f.max}; got ${text}`)
    return n
  }
  return text
}
