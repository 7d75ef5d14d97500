/**
 * The tidy CSV template's columns, one list per file: each column's name, how its text is read, where
 * its value goes in the contract's input (`path`), which rows use it, an example and what it means. The
 * parser, the cell of every problem, the downloadable template and the README's tables all follow these.
 */

import { adverseEventColumns } from "./AdverseEventFile.js"
import type { Column, Part } from "./Column.js"
import { procedureColumns } from "./ProcedureFile.js"
import { visitColumns } from "./VisitFile.js"

export { adverseEventColumns } from "./AdverseEventFile.js"
export { type CellKind, type Column, type Part, type Timepoint, timepoints } from "./Column.js"
export { cyclesPerRow, procedureColumns } from "./ProcedureFile.js"
export { visitColumns } from "./VisitFile.js"

/** The three files of a tidy import, by the multipart field they are uploaded in. */
export const tidyFiles = {
  visits: { name: "visits.csv", columns: visitColumns, required: true },
  procedures: { name: "procedures.csv", columns: procedureColumns, required: false },
  adverseEvents: { name: "adverse-events.csv", columns: adverseEventColumns, required: false }
} as const
export type TidyFile = keyof typeof tidyFiles

/** The column that holds the field at `path` (the longest column path it starts with, or that starts with it). */
export const columnAt = (
  columns: ReadonlyArray<Column>,
  parts: ReadonlyArray<Part>,
  path: ReadonlyArray<string | number>
) => {
  const candidates = columns.filter((c) => parts.includes(c.part) && c.path.length > 0)
  const prefix = (a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>) =>
    a.length <= b.length && a.every((p, i) => p === b[i])
  const within = candidates
    .filter((c) => prefix(c.path, path))
    .sort((a, b) => b.path.length - a.path.length)[0]
  return (within ?? candidates.find((c) => path.length > 0 && prefix(path, c.path)))?.name ?? null
}
