import type { Column, Part, TidyFile } from "./Columns.js"
import { tidyFiles } from "./Columns.js"

/**
 * One row to write: the values of each part (the patient, the row's record, the procedure and the lesion),
 * and the cells of the columns without a path (`timepoint`, `patient_id` of the other files).
 */
export interface TidyRow {
  readonly parts: Partial<Record<Part, unknown>>
  readonly cells?: Readonly<Record<string, string>>
}

const at = (value: unknown, path: ReadonlyArray<string | number>) =>
  path.reduce<unknown>(
    (v, key) => (v === null || v === undefined ? undefined : (v as Record<string | number, unknown>)[key]),
    value
  )

const text = (value: unknown): string =>
  value === undefined || value === null
    ? ""
    : typeof value === "boolean"
      ? value
        ? "yes"
        : "no"
      : Array.isArray(value)
        ? value.map(text).join("; ")
        : String(value)

// The visits' `date` column sits with the patient's columns and holds the row's record's date.
const cellOf = (row: TidyRow, c: Column) => {
  if (c.path.length === 0) return undefined
  const own = at(row.parts[c.part], c.path)
  return own !== undefined || c.part !== "patient"
    ? own
    : Object.values(row.parts)
        .map((v) => at(v, c.path))
        .find((v) => v !== undefined)
}

const quoted = (cell: string) => (/[",;\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

/**
 * Writes rows of a tidy file from values shaped as the contract's inputs (the inverse of the parser): each
 * column's cell is the value at its path. For the tests and the benchmark, which need real files.
 */
export const tidyCsv = (file: TidyFile, rows: Iterable<TidyRow>): string => {
  const columns: ReadonlyArray<Column> = tidyFiles[file].columns
  const lines = [columns.map((c) => c.name).join(",")]
  for (const row of rows)
    lines.push(columns.map((c) => quoted(row.cells?.[c.name] ?? text(cellOf(row, c)))).join(","))
  return `${lines.join("\r\n")}\r\n`
}
