import { createHash } from "node:crypto"
import { Issues } from "@cryoreg/contract"
import { Effect, type Schema } from "effect"
import { InvalidRequest, RecordChanged } from "../Errors.js"
import type { RecordKind } from "./Decode.js"
import { encode, type schemaOf } from "./Decode.js"

/**
 * The version of a patient's or a record's row: a hash of its id and stored values. Any correction that
 * changes a value changes it; one sent with an older version is refused (412) and stores nothing.
 */
export const versionOf = (row: { readonly id: string; readonly data: string }): string =>
  createHash("sha256").update(row.id).update("\0").update(row.data).digest("base64url").slice(0, 22)

/** The version of a record as the answer to its write shows it (stored as `encode` writes it). */
export const versionOfRecord = <K extends RecordKind>(
  kind: K,
  value: Schema.Schema.Type<(typeof schemaOf)[K]> & { readonly id: string }
): string => versionOf({ id: value.id, data: encode(kind, value) })

/** The versions a correction was made against (`If-Match`); null when it names none (API clients may omit it). */
export type IfMatch = ReadonlyArray<string> | null

/** Reads an `If-Match` header: `"v"`, `W/"v"`, a list of them, or `*` (any version). */
export const ifMatchOf = (header: string | undefined): IfMatch =>
  header === undefined || header.trim() === ""
    ? null
    : header.split(",").map((tag) =>
        tag
          .trim()
          .replace(/^W\//, "")
          .replace(/^"(.*)"$/, "$1")
      )

/** The `ETag` header of a version. */
export const etagOf = (version: string) => `"${version}"`

/**
 * Fails with the record as it now stands when the correction was made against another version of it:
 * a colleague's newer correction is never silently overwritten.
 */
export const requireVersion = (
  what: string,
  row: { readonly id: string; readonly data: string },
  ifMatch: IfMatch
) => {
  const version = versionOf(row)
  if (ifMatch === null || ifMatch.includes("*") || ifMatch.includes(version)) return Effect.void
  return Effect.fail(
    new RecordChanged({
      message: `a colleague changed ${what} since you opened it: review the current values and save again`,
      current: { version, record: JSON.parse(row.data) as Record<string, unknown> }
    })
  )
}

/** Two stored values alike, whatever the order of their objects' keys (a row written by an older version). */
export const alike = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => alike(x, b[i]))
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>]
  const keys = Object.keys(x).filter((k) => x[k] !== undefined)
  return (
    keys.length === Object.keys(y).filter((k) => y[k] !== undefined).length &&
    keys.every((k) => Object.hasOwn(y, k) && alike(x[k], y[k]))
  )
}

/** The records a correction names in its `unchanged` issue (`record`), as the audit trail names them. */
export type CorrectedRecord =
  | "patient"
  | "screening"
  | "diagnosticBlock"
  | "procedure"
  | "visit"
  | "adverseEvent"

/**
 * Fails when a correction leaves the record as it is stored: a correction is a new version with its reason,
 * and one that changes no value is none. Answers `400 InvalidRequest` with the issue `unchanged` at the
 * request's root (`record`: which record); nothing is stored, so the history shows no empty correction.
 */
export const requireChange = (
  record: CorrectedRecord,
  what: string,
  stored: { readonly data: string },
  after: unknown
) => {
  if (!alike(JSON.parse(stored.data), after)) return Effect.void
  const message = `the correction changes nothing: ${what} already has these values; change a value to correct it`
  return Effect.fail(
    new InvalidRequest({ message, issues: [Issues.rule("unchanged", [], message, { record })] })
  )
}
