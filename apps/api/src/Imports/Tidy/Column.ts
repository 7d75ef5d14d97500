/** One column of the tidy CSV template, and how its text is read. */

import { TidyTimepoint } from "@cryoreg/contract"

/** How a cell's text is read: blank is "not given" everywhere (null for the `nullable` kinds). */
export type CellKind =
  | "text"
  | "integer"
  | "number"
  | "nullableNumber"
  | "nullableInteger"
  | "date"
  | "yesNo"
  | "list"
  | "numbers"

/** The rows of `visits.csv`: the patient's screening, each diagnostic block, and the follow-up visits. */
export const timepoints = TidyTimepoint.literals
export type Timepoint = TidyTimepoint

/** Which part of the import a column fills. */
export type Part = "patient" | "screening" | "block" | "visit" | "procedure" | "lesion" | "adverseEvent"

export interface Column {
  readonly name: string
  readonly kind: CellKind
  readonly part: Part
  readonly path: ReadonlyArray<string | number>
  readonly example: string
  readonly means: string
}

export const col = (
  name: string,
  kind: CellKind,
  part: Part,
  path: ReadonlyArray<string | number>,
  example: string,
  means: string
): Column => ({ name, kind, part, path, example, means })
