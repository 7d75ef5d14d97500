import type { ContentfulStatusCode } from "hono/utils/http-status"

/** The HTTP status of every error tag the API can answer with; decided here and nowhere else. */
export const statusOfTag: Readonly<Record<string, ContentfulStatusCode>> = {
  InvalidRequest: 400,
  MalformedJson: 400,
  IllFormedText: 422,
  Unauthorized: 401,
  InvalidCredentials: 401,
  Forbidden: 403,
  CsrfRejected: 403,
  PasswordChangeRequired: 403,
  NotFound: 404,
  AlreadyRecorded: 409,
  PatientWithdrawn: 409,
  StepOutOfOrder: 409,
  ProcedureExists: 409,
  ProcedureNotOpen: 409,
  // The freeze protocol's refused steps (FreezeProtocol.IllegalStep).
  FreezeWithoutNegativeStimulation: 409,
  RepositionBeforeThaw: 409,
  FreezeBeforeThaw: 409,
  TooManyFreezeCycles: 409,
  TelemetryOutOfOrder: 409,
  LevelNotInProtocol: 409,
  UnexpectedEvent: 409,
  LesionWithoutFreeze: 409,
  ProcedureCompletedMidCycle: 409,
  // Live procedures (LiveProcedures/Errors.ts).
  EventConflict: 409,
  EventIndexGap: 409,
  RecordChanged: 412,
  PayloadTooLarge: 413,
  UnsupportedMediaType: 415,
  RuleViolation: 422,
  TooManyRequests: 429
}

/** The status of a tag; an unknown tag is a bug, answered as 500. */
export const statusOf = (tag: string): ContentfulStatusCode => statusOfTag[tag] ?? 500
