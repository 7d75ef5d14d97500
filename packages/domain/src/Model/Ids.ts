import { Schema } from "effect"
import { allowed } from "./Message.js"

/**
 * The rule of every id (a center's code, a patient's id): 1 to `maxLength` characters, the letters A–Z and a–z
 * (no other alphabet's, no Polish "ł"), the digits and the `marks`, starting with a letter or a digit.
 */
export const idRule = {
  maxLength: 64,
  marks: [".", "_", ":", "-"],
  pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/
} as const

const id = <B extends string>(brand: B, what: string) =>
  Schema.String.pipe(
    Schema.pattern(idRule.pattern, {
      message: allowed(
        `${what} is 1–${idRule.maxLength} letters A–Z or a–z, digits, ${idRule.marks.map((m) => `"${m}"`).join(", ")}, starting with a letter or digit`
      )
    }),
    Schema.brand(brand)
  )

/** A pseudonymous patient identifier (e.g. "WAW-0042"): never a name or a national id number. */
export const PatientId = id("PatientId", "A patient id")
export type PatientId = typeof PatientId.Type

/** Identifies a participating center (e.g. "waw" for Warsaw, "pila" for Piła). */
export const CenterId = id("CenterId", "A center id")
export type CenterId = typeof CenterId.Type

/** Identifies one cryoneurolysis procedure. */
export const ProcedureId = id("ProcedureId", "A procedure id")
export type ProcedureId = typeof ProcedureId.Type

/** Identifies one follow-up visit (baseline, 3 or 6 months). */
export const VisitId = id("VisitId", "A visit id")
export type VisitId = typeof VisitId.Type

/** Identifies one screening of a candidate patient. */
export const ScreeningId = id("ScreeningId", "A screening id")
export type ScreeningId = typeof ScreeningId.Type

/** Identifies one diagnostic SIJ block (with its optional comparative block). */
export const DiagnosticBlockId = id("DiagnosticBlockId", "A diagnostic block id")
export type DiagnosticBlockId = typeof DiagnosticBlockId.Type

/** Identifies one adverse event report. */
export const AdverseEventId = id("AdverseEventId", "An adverse event id")
export type AdverseEventId = typeof AdverseEventId.Type
