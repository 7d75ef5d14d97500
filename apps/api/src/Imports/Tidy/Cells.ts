import { isUtf8 } from "node:buffer"
import type { ImportCode, ImportProblem } from "@cryoreg/contract"
import { parse } from "csv-parse/sync"
import { problemAt, rules } from "../Problems.js"
import type { CellKind, Column } from "./Columns.js"

/** One data row of a file: its row number (1 = the header) and its cells by column name. */
export interface Row {
  readonly row: number
  readonly cells: { readonly get: (column: string) => string | undefined }
}

/**
 * A file read into rows, with the problems of its layout. The rows are not held parsed: `rows` numbers
 * them (blank rows left out) with each row's `key` cell, and `rowAt` reads one row's cells when asked,
 * so a large file costs its bytes and a few numbers a row until its rows are read, a patient at a time.
 */
export interface Table {
  readonly file: string
  /** How many data rows the file has (blank rows left out). */
  readonly size: number
  /** The `key` column's cell of each data row, trimmed ("" when the column is blank or absent). */
  readonly keyAt: (index: number) => string
  /** A data row, read from the file's bytes. */
  readonly rowAt: (index: number) => Row
  readonly problems: ReadonlyArray<ImportProblem>
}

const utf8 = new TextDecoder("utf-8", { fatal: true })

/** A row's cells by name, over its fields and the header's column index. */
class Cells {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly fields: ReadonlyArray<string>
  ) {}
  get(column: string): string | undefined {
    const i = this.index.get(column)
    return i === undefined ? undefined : (this.fields[i] ?? "").trim()
  }
}

const quote = 0x22
const lf = 0x0a
const cr = 0x0d

/**
 * The records of a CSV text without `csv-parse`, as byte ranges: RFC 4180 with `delimiter`, LF or CRLF
 * line ends (one kind in a file), quoted fields with doubled quotes and line breaks, empty lines left out.
 * Each record's start, end (before its line end) and line (where it ends, 1-based, as csv-parse counts).
 * Null for anything else — a lone CR, both kinds of line end, a quote inside an unquoted field or not
 * closed, text after a closing quote, a line break in quotes before the first line's end — which
 * `csv-parse` then reads (or refuses with its own words).
 */
const scanRecords = (bytes: Uint8Array, from: number, delimiter: number) => {
  const starts: Array<number> = []
  const ends: Array<number> = []
  const lines: Array<number> = []
  let crlf: boolean | null = null
  let line = 1
  let start = from
  let i = from
  const n = bytes.length
  const close = (end: number) => {
    if (end > start) {
      starts.push(start)
      ends.push(end)
      lines.push(line)
    }
  }
  while (i < n) {
    // at the start of a field
    if (bytes[i] === quote) {
      i++
      for (;;) {
        if (i >= n) return null
        const b = bytes[i]!
        if (b === quote) {
          if (bytes[i + 1] === quote) {
            i += 2
            continue
          }
          i++
          break
        }
        // csv-parse counts each CR and LF inside quotes as a line (it reads the file's line end before)
        if (b === lf || b === cr) {
          if (crlf === null) return null
          line++
        }
        i++
      }
      // after a closing quote: the delimiter, the line's end or the file's
      if (i >= n) break
      const b = bytes[i]!
      if (b === delimiter) {
        i++
        if (i >= n) break
        continue
      }
      if (b === cr && bytes[i + 1] === lf) {
        if (crlf === false) return null
        crlf = true
        close(i)
        i += 2
        line++
        start = i
        continue
      }
      if (b === lf) {
        if (crlf === true) return null
        crlf = false
        close(i)
        i++
        line++
        start = i
        continue
      }
      return null
    }
    // an unquoted field: up to the delimiter or the line's end
    for (;;) {
      if (i >= n) break
      const b = bytes[i]!
      if (b === delimiter) {
        i++
        break
      }
      if (b === lf) {
        const windows = bytes[i - 1] === cr
        if (crlf === null) crlf = windows
        else if (crlf !== windows) return null
        close(windows ? i - 1 : i)
        i++
        line++
        start = i
        break
      }
      if (b === quote || (b === cr && bytes[i + 1] !== lf)) return null
      i++
    }
  }
  close(n)
  return { starts, ends, lines }
}

/** A record's fields, read from its text (checked by `scanRecords`). */
const fieldsOf = (text: string, delimiter: string): Array<string> => {
  if (!text.includes('"')) return text.split(delimiter)
  const fields: Array<string> = []
  let i = 0
  for (;;) {
    if (text[i] === '"') {
      let value = ""
      let from = i + 1
      for (;;) {
        const q = text.indexOf('"', from)
        value += text.slice(from, q)
        if (text[q + 1] === '"') {
          value += '"'
          from = q + 2
        } else {
          i = q + 1
          break
        }
      }
      fields.push(value)
      if (i >= text.length) return fields
      i++ // the delimiter
    } else {
      const d = text.indexOf(delimiter, i)
      if (d < 0) {
        fields.push(text.slice(i))
        return fields
      }
      fields.push(text.slice(i, d))
      i = d + 1
    }
    if (i >= text.length) {
      fields.push("")
      return fields
    }
  }
}

// only spaces and line breaks from `from` on: an empty file
const isBlank = (buffer: Buffer, from: number) => {
  for (let i = from; i < buffer.length; i++) {
    const b = buffer[i]!
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false
  }
  return true
}

/**
 * Reads a CSV file against its columns: UTF-8 (a byte-order mark is dropped), comma- or
 * semicolon-separated (as the header line is), a header naming known columns, each at most once.
 * `key` names the column whose cell `keyAt` answers (the patient's id); `template`, the template file the file
 * was sent as (`visits.csv` for a `bad.csv` sent in the visits field), named beside it in the header's problems.
 */
export const readTable = (
  file: string,
  bytes: Uint8Array,
  columns: ReadonlyArray<Column>,
  required: ReadonlyArray<string>,
  key = "patient_id",
  template = file
): Table => {
  const sent = file === template ? file : `${file} (sent as ${template})`
  const refused = (problems: ReadonlyArray<ImportProblem>): Table => ({
    file,
    size: 0,
    keyAt: () => "",
    rowAt: () => ({ row: 0, cells: new Map() }),
    problems
  })
  const fail = (row: number | null, column: string | null, message: string, code: ImportCode) =>
    refused([problemAt({ file, row, column }, rules.file, message, code)])
  if (!isUtf8(bytes)) return fail(null, null, "the file is not UTF-8 text: save it as CSV UTF-8", "notUtf8")
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const from = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0
  if (isBlank(buffer, from))
    return fail(null, null, `${file} is empty: fill in the template's header and rows`, "emptyFile")
  const firstLine = buffer.indexOf(lf, from)
  const header = buffer.subarray(from, firstLine < 0 ? buffer.length : firstLine)
  const delimiter = header.includes(";") && !header.includes(",") ? ";" : ","
  const scanned = scanRecords(buffer, from, delimiter.charCodeAt(0))
  // every record's fields, and its line
  let count: number
  let fieldsAt: (r: number) => Array<string>
  let lineAt: (r: number) => number
  if (scanned !== null) {
    count = scanned.starts.length
    fieldsAt = (r) => fieldsOf(buffer.toString("utf8", scanned.starts[r]!, scanned.ends[r]!), delimiter)
    lineAt = (r) => scanned.lines[r]!
  } else {
    // not plain RFC 4180: read (or refused) by csv-parse, whole, as before
    let records: Array<{ record: Array<string>; info: { lines: number } }>
    try {
      records = parse(utf8.decode(bytes).replace(/^\uFEFF/, ""), {
        delimiter,
        skip_empty_lines: true,
        relax_column_count: true,
        // a header saved with CRLF and rows added with LF (a template edited in two programs)
        record_delimiter: ["\r\n", "\n"],
        info: true
      }) as unknown as typeof records
    } catch (error) {
      const line = (error as { lines?: number }).lines ?? null
      return fail(line, null, `the file is not readable as CSV: ${(error as Error).message}`, "notCsv")
    }
    count = records.length
    fieldsAt = (r) => records[r]!.record
    lineAt = (r) => records[r]!.info.lines
  }
  const names = (count > 0 ? fieldsAt(0) : []).map((n) => n.trim().toLowerCase())
  const known = new Set(columns.map((c) => c.name))
  const problems: Array<ImportProblem> = []
  names.forEach((name, i) => {
    if (!known.has(name))
      problems.push(
        problemAt(
          { file, row: 1, column: name || `column ${i + 1}` },
          rules.file,
          `${sent} has a column "${name}" the template ${template} has not: see the template for the columns it has`,
          "unknownColumn",
          { file, template, column: name }
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
          `the column "${name}" of the template ${template} is required in ${sent}`,
          "columnRequired",
          { file, template }
        )
      )
  if (problems.length > 0) return refused(problems)
  const index = new Map(names.map((name, i) => [name, i]))
  const keyIndex = index.get(key) ?? -1
  // the data rows: their record's index and key cell (a patient's rows are often together: one string for them)
  const records: Array<number> = []
  const keys: Array<string> = []
  let last = ""
  for (let r = 1; r < count; r++) {
    const record = fieldsAt(r)
    if (record.length > names.length)
      problems.push(
        problemAt(
          { file, row: lineAt(r), column: null },
          rules.file,
          `the row has ${record.length} cells, the header ${names.length}`,
          "extraCells",
          { cells: record.length, header: names.length }
        )
      )
    let blank = true
    for (let i = 0; i < names.length; i++)
      if ((record[i] ?? "").trim() !== "") {
        blank = false
        break
      }
    if (blank) continue
    const cell = keyIndex < 0 ? "" : (record[keyIndex] ?? "").trim()
    if (cell !== last) last = cell
    records.push(r)
    keys.push(last)
  }
  return {
    file,
    size: records.length,
    keyAt: (i) => keys[i]!,
    rowAt: (i) => ({ row: lineAt(records[i]!), cells: new Cells(index, fieldsAt(records[i]!)) }),
    problems
  }
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
  const last = path.length - 1
  for (let i = 0; i < last; i++) {
    const key = path[i]!
    at[key] ??= typeof path[i + 1] === "number" ? [] : {}
    at = at[key] as Record<string | number, unknown>
  }
  if (last >= 0) at[path[last]!] = value
}
