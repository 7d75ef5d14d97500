import { createHash } from "node:crypto"
import { Analysis } from "@cryoreg/domain"
import { Schema } from "effect"

/** A frozen row as the hash reads it: the patient's pseudonym and the study row. */
export interface CanonicalRow {
  readonly pseudonym: string
  readonly row: Analysis.StudyRow
}

const encodeRow = Schema.encodeSync(Analysis.StudyRow)

// JSON with every object's keys in code-point order, arrays in their order, no whitespace.
const sortedJson = (value: unknown): string => {
  if (value === null || typeof value !== "object") return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(",")}}`
}

/**
 * The canonical form of a set's rows (apps/api/README.md, "Analysis sets"): the rows sorted by pseudonym,
 * each `{"pseudonym":…,"row":…}` with the row encoded by `Analysis.StudyRow`, as JSON with sorted keys,
 * joined by "\n" (no newline after the last).
 */
export const canonicalForm = (rows: ReadonlyArray<CanonicalRow>): string =>
  [...rows]
    .sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : a.pseudonym > b.pseudonym ? 1 : 0))
    .map((r) => sortedJson({ pseudonym: r.pseudonym, row: encodeRow(r.row) }))
    .join("\n")

/** SHA-256 (lower-case hex) of the canonical form, as UTF-8. */
export const sha256 = (rows: ReadonlyArray<CanonicalRow>): string =>
  createHash("sha256").update(canonicalForm(rows), "utf8").digest("hex")
