import type { ImportCode, ImportProblem } from "@cryoreg/contract"
import { parse } from "csv-parse/sync"
import { problemAt, rules } from "../Problems.js"
import type { CellKind, Column } from "./Columns.js"

/** One data row of a file: its row number (1 = the header) and its cells by column name. */
export interface Row {
  readonly row: number
  readonly cells: ReadonlyMap<string, string>
}

/** A file read into rows, with the problems of its layout. */
export interface Table {
  readonly file: string
  readonly rows: ReadonlyArray<Row>
  readonly problems: ReadonlyArray<ImportProblem>
}

const utf8 = new TextDecoder("utf-8", { fatal: true })

/**
 * Reads a CSV file against its columns: UTF-8 (a byte-order mark is dropped), comma- or
 * semicolon-separated (as the header line is), a header naming known columns, each at most once.
 */
export const readTable = (
  file: string,
  bytes: Uint8Array,
  columns: ReadonlyArray<Column>,
  required: ReadonlyArray<string>
): Table => {
  const fail = (row: number | null, column: string | null, message: string, code: ImportCode): Table => ({
    file,
    rows: [],
    problems: [problemAt({ file, row, column }, rules.file, message, code)]
  })
  let text: string
  try {
    text = utf8.decode(bytes).replace(/^\uFEFF/, "")
  } catch {
    return fail(null, null, "the file is not UTF-8 text: save it as CSV UTF-8", "notUtf8")
  }
  if (text.trim() === "")
    return fail(null, null, `${file} is empty: fill in the template's header and rows`, "emptyFile")
  const header = text.split(/\r?\n/, 1)[0] ?? ""
  const delimiter = header.includes(";") && !header.includes(",") ? ";" : ","
  let records: Array<{ record: Array<string>; info: { lines: number } }>
  try {
    records = parse(text, {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true
    }) as unknown as typeof records
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null
    return fail(line, null, `the file is not readable as CSV: ${(error as Error).message}`, "notCsv")
  }
  const names = (records[0]?.record ?? []).map((n) => n.trim().toLowerCase())
  const known = new Set(columns.map((c) => c.name))
  const problems: Array<ImportProblem> = []
  names.forEach((name, i) => {
    if (!known.has(name))
      problems.push(
        problemAt(
          { file, row: 1, column: name || `column ${i + 1}` },
          rules.file,
          `no column "${name}" in the template of ${file}: see the template for the columns it has`,
          "unknownColumn",
          { file }
        )
      )
    else if (names.indexOf(name) !== i)
      problems.push(
        problemAt(
          { file, row: 1, column: name },
          rules.file,
          `the column "${name}" is there twice`,
          "duplicateColumn"
        )
      )
  })
  for (const name of required)
    if (!names.includes(name))
      problems.push(
        problemAt(
          { file, row: 1, column: name },
          rules.file,
          `the column "${name}" is required in ${file}`,
          "columnRequired",
          { file }
        )
      )
  if (problems.length > 0) return { file, rows: [], problems }
  const rows: Array<Row> = []
  for (let r = 1; r < records.length; r++) {
    const { record, info } = records[r]!
    if (record.length > names.length)
      problems.push(
        problemAt(
          { file, row: info.lines, column: null },
          rules.file,
          `the row has ${record.length} cells, the header ${names.length}`,
          "extraCells",
          { cells: record.length, header: names.length }
        )
      )
    const cells = new Map<string, string>()
    let blank = true
    for (let i = 0; i < names.length; i++) {
      const cell = (record[i] ?? "").trim()
      if (cell !== "") blank = false
      cells.set(names[i]!, cell)
    }
    if (!blank) rows.push({ row: info.lines, cells })
  }
  return { file, rows, problems }
}

const numberOf = (text: string) => {
  // a decimal comma, as a spreadsheet in Polish writes it, is read as a point
  const normal = /^[-+]?\d+,\d+$/.test(text) ? text.replace(",", ".") : text
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : null
}
const yes = new Set(["yes", "y", "true", "1", "tak"])
const no = new Set(["no", "n", "false", "0", "nie"])

/** What is wrong with a cell: in English, and as a code with its parameters. */
export interface WrongCell {
  readonly wrong: string
  readonly code: ImportCode
  readonly params: { readonly value: string }
}

/** What a cell of `kind` says: its value, undefined when blank (null for the nullable kinds), or what is wrong. */
export const cellValue = (kind: CellKind, text: string): { value: unknown } | WrongCell => {
  const blank = text === ""
  switch (kind) {
    case "text":
    case "date":
      return { value: blank ? undefined : text }
    case "integer":
    case "number":
    case "nullableNumber":
    case "nullableInteger": {
      if (blank) return { value: kind.startsWith("nullable") ? null : undefined }
      const n = numberOf(text)
      if (n === null)
        return {
          wrong: `"${text}" is not a number: write digits, e.g. 7 or 2.5`,
          code: "notNumber",
          params: { value: text }
        }
      return { value: n }
    }
    case "yesNo":
      if (blank) return { value: undefined }
      if (yes.has(text.toLowerCase())) return { value: true }
      if (no.has(text.toLowerCase())) return { value: false }
      return { wrong: `"${text}" is neither yes nor no`, code: "notYesNo", params: { value: text } }
    case "list":
      return {
        value: blank
          ? []
          : text
              .split(";")
              .map((s) => s.trim())
              .filter((s) => s !== "")
      }
    case "numbers": {
      if (blank) return { value: [] }
      const parts = text.split(";").map((s) => s.trim())
      const values = parts.map(numberOf)
      const bad = parts.find((_, i) => values[i] === null)
      return bad === undefined
        ? { value: values }
        : {
            wrong: `"${bad}" is not a number: write numbers separated by ;`,
            code: "notNumbers",
            params: { value: bad }
          }
    }
  }
}

/** Sets `value` at `path` in `target`, making the objects and arrays on the way. */
export const setPath = (
  target: Record<string | number, unknown>,
  path: ReadonlyArray<string | number>,
  value: unknown
) => {
  let at: Record<string | number, unknown> = target
  path.forEach((key, i) => {
    if (i === path.length - 1) at[key] = value
    else {
      at[key] ??= typeof path[i + 1] === "number" ? [] : {}
      at = at[key] as Record<string | number, unknown>
    }
  })
}
