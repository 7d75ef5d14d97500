import type { ImportCode, ImportProblem, IssueCode, IssueParams } from "@cryoreg/contract"
import { problemAt, rules } from "../Imports/Problems.js"
import { type Field, fieldNamed } from "./RedcapModel.js"

/** Where a cell is: the file, its row (the header is row 1) and its column. */
export interface Cell {
  readonly row: number
  readonly column: string
  readonly text: string
}

/** Collects the problems of a file; each names the file, row, column, rule, and its code and parameters. */
export class Errors {
  readonly list: Array<ImportProblem> = []
  constructor(readonly file: string) {}
  add(
    row: number | null,
    column: string | null,
    rule: string,
    message: string,
    code: IssueCode | ImportCode,
    params: IssueParams = {}
  ) {
    const cell = { file: this.file, row, column: column === "" ? null : column }
    this.list.push(problemAt(cell, rule, message, code, params))
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
  const fail = (message: string, code: IssueCode | ImportCode, params: IssueParams = { value: text }) => {
    errors.add(cell.row, cell.column, rules.format, message, code, params)
    return undefined
  }
  if (f === undefined) return text
  if (text === "")
    return (options.required ?? f.required) === true ? fail(`${label(f)} is required`, "required", {}) : null
  if (f.type === "checkbox") {
    if (text === "1" || text === "0") return text === "1"
    return fail(`${label(f)} is a checkbox: 1 (ticked) or 0, not "${text}"`, "notCheckboxCode")
  }
  if (f.type === "yesno") {
    if (text === "1" || text === "0") return text === "1"
    return fail(`${label(f)} is 1 (yes) or 0 (no), not "${text}"`, "notYesNoCode")
  }
  if (f.choices !== undefined) {
    const choice = f.choices.find((c) => c.code === text)
    if (choice !== undefined) return choice.value
    const codes = f.choices.map((c) => `${c.code} (${c.label})`)
    return fail(`${label(f)} is one of the codes ${codes.join(", ")}, not "${text}"`, "oneOf", {
      allowed: codes,
      value: text
    })
  }
  if (f.validation === "date_ymd") {
    if (dateOk(text)) return text
    return fail(`${label(f)} is a date written YYYY-MM-DD that exists in the calendar, not "${text}"`, "date")
  }
  if (f.validation === "integer" || f.validation === "number" || f.type === "slider") {
    const n = Number(text)
    const integer = f.validation === "integer"
    const bounds = {
      ...(f.min === undefined ? {} : { min: f.min }),
      ...(f.max === undefined ? {} : { max: f.max }),
      ...(integer ? { integer: true } : {}),
      value: text
    }
    if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text) || !Number.isFinite(n))
      return fail(`${label(f)} is ${integer ? "a whole number" : "a number"}, not "${text}"`, "notNumber")
    if (integer && !Number.isInteger(n))
      return fail(`${label(f)} is a whole number, not "${text}"`, "range", bounds)
    if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max))
      return fail(`${label(f)} is from ${f.min} to ${f.max}; got ${text}`, "range", bounds)
    return n
  }
  return text
}
