/** The audit trail. */

import { Schema } from "effect"
import { AuditOutcome } from "./AuditOutcome.js"
import { Cursor, Limit } from "./Page.js"

/** What an audited write did. */
export const AuditAction = Schema.Literal(
  "create",
  "correct",
  "withdraw",
  "retract",
  "event",
  "login",
  "logout",
  "revoke",
  "abort",
  "password",
  "unlock",
  "export",
  "refuse",
  "delete",
  "deactivate",
  "reactivate",
  "reset"
)
export type AuditAction = typeof AuditAction.Type

/** One audit record: who did what to which entity, when, the values before and after, and why. */
export const AuditRecord = Schema.Struct({
  id: Schema.String,
  at: Schema.String,
  userId: Schema.String,
  username: Schema.String,
  action: AuditAction,
  entity: Schema.String,
  entityId: Schema.String,
  patientId: Schema.NullOr(Schema.String),
  centerId: Schema.NullOr(Schema.String),
  before: Schema.NullOr(Schema.Unknown),
  after: Schema.NullOr(Schema.Unknown),
  reason: Schema.NullOr(Schema.String),
  /** A system write (a device completing its procedure): the staff member it acts for; else null. */
  onBehalfOf: Schema.NullOr(Schema.String),
  /** The address the request came from (the client's, behind a trusted proxy); null for the server's own acts. */
  address: Schema.optionalWith(Schema.NullOr(Schema.String), { default: () => null }),
  /** "ok", or why it was refused (a failed sign-in, a write a rule refused); null for older rows. */
  outcome: Schema.optionalWith(Schema.NullOr(Schema.String), { default: () => null }),
  /** The outcome as a code and its parameters (`readAuditOutcome` of `outcome`), for a client to word. */
  outcomeCode: Schema.optionalWith(Schema.NullOr(AuditOutcome), { default: () => null }),
  /**
   * A refused request (`entity` "request"): the name of the endpoint it was for (`endpointOfRequest` of the
   * stored route), for a client to word as what the user tried to do; null for other rows.
   */
  attempt: Schema.optionalWith(Schema.NullOr(Schema.String), { default: () => null })
})
export type AuditRecord = typeof AuditRecord.Type

const isoInstant =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/
const isRealInstant = (s: string) => {
  const m = isoInstant.exec(s)
  if (m === null) return false
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map((p) => Number(p ?? 0))
  const calendar = new Date(Date.UTC(year!, month! - 1, day!))
  return (
    year! >= 2000 &&
    year! <= 2999 &&
    calendar.getUTCMonth() === month! - 1 &&
    calendar.getUTCDate() === day &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59
  )
}

/**
 * A bound of the audit filter: an ISO 8601 date (`2026-12-01`, midnight UTC) or date-time with its offset
 * (`2026-12-01T09:30:00Z`, `…+01:00`), a real day of the years 2000–2999. The API compares it as an instant.
 */
export const AuditInstant = Schema.String.pipe(
  Schema.filter((s) => isRealInstant(s), {
    message: (issue) =>
      `an ISO 8601 date or date-time with its offset, of the years 2000–2999, e.g. "2026-12-01" or "2026-12-01T09:30:00Z"; got ${JSON.stringify(String(issue.actual).slice(0, 40))}`
  })
)

/** Filters of `GET /api/audit`. */
export const AuditQuery = Schema.Struct({
  entity: Schema.optional(Schema.String.pipe(Schema.maxLength(64))),
  entityId: Schema.optional(Schema.String.pipe(Schema.maxLength(128))),
  user: Schema.optional(Schema.String.pipe(Schema.maxLength(64))),
  /** Only the records of this patient. */
  patient: Schema.optional(Schema.String.pipe(Schema.maxLength(64))),
  /** Only this action. */
  action: Schema.optional(AuditAction),
  from: Schema.optional(AuditInstant),
  to: Schema.optional(AuditInstant),
  cursor: Schema.optional(Cursor),
  limit: Schema.optional(Limit)
})
export type AuditQuery = typeof AuditQuery.Type

/** Filters of `GET /api/audit/audit.csv`: those of the list, without paging. */
export const AuditExportQuery = AuditQuery.omit("cursor", "limit")
export type AuditExportQuery = typeof AuditExportQuery.Type
