import { Schema } from "effect"
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
  "delete"
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
  outcome: Schema.optionalWith(Schema.NullOr(Schema.String), { default: () => null })
})
export type AuditRecord = typeof AuditRecord.Type

/** Filters of `GET /api/audit`. */
export const AuditQuery = Schema.Struct({
  entity: Schema.optional(Schema.String.pipe(Schema.maxLength(64))),
  entityId: Schema.optional(Schema.String.pipe(Schema.maxLength(128))),
  user: Schema.optional(Schema.String.pipe(Schema.maxLength(64))),
  from: Schema.optional(Schema.String.pipe(Schema.maxLength(40))),
  to: Schema.optional(Schema.String.pipe(Schema.maxLength(40))),
  cursor: Schema.optional(Cursor),
  limit: Schema.optional(Limit)
})
export type AuditQuery = typeof AuditQuery.Type
