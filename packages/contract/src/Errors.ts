/**
 * Every error tag the API can answer with and its HTTP status: decided here and nowhere else. An
 * endpoint lists the tags it can answer (`errors`), so a tag missing here fails the type check.
 */
export const statusOf = {
  InvalidRequest: 400,
  MalformedJson: 400,
  IllFormedText: 422,
  Unauthorized: 401,
  InvalidCredentials: 401,
  /**
   * A device token of a procedure that has ended (completed, or aborted in the dashboard): not a bad token —
   * the procedure has nothing more to post. Fields: `procedureId`, `ended` ("completed" or "aborted"), `endedAt`.
   */
  ProcedureEnded: 410,
  Forbidden: 403,
  CsrfRejected: 403,
  /** A password set for the user (first start, a reset) must be changed before anything else. */
  PasswordChangeRequired: 403,
  NotFound: 404,
  /** No route of the API at that address and method (an API of another version): not a missing record. */
  NoSuchRoute: 404,
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
  // Live procedures (the API's LiveProcedures/Errors.ts).
  EventConflict: 409,
  EventIndexGap: 409,
  RecordChanged: 412,
  PayloadTooLarge: 413,
  UnsupportedMediaType: 415,
  RuleViolation: 422,
  TooManyRequests: 429,
  InternalError: 500
} as const

/** An error tag of the API. */
export type ErrorTag = keyof typeof statusOf

/** The freeze protocol's refusals of a live step, each a 409 with the step's own fields. */
export const protocolRefusals = [
  "FreezeWithoutNegativeStimulation",
  "RepositionBeforeThaw",
  "FreezeBeforeThaw",
  "TooManyFreezeCycles",
  "TelemetryOutOfOrder",
  "LevelNotInProtocol",
  "UnexpectedEvent",
  "LesionWithoutFreeze",
  "ProcedureCompletedMidCycle"
] as const satisfies ReadonlyArray<ErrorTag>

/**
 * What an endpoint may answer whatever it does (a bad request, too large a body, a server failure): its
 * handler may fail with these without listing them; its `errors` name those that apply to it.
 */
export const common = [
  "InvalidRequest",
  "MalformedJson",
  "IllFormedText",
  "PayloadTooLarge",
  "UnsupportedMediaType",
  "InternalError"
] as const satisfies ReadonlyArray<ErrorTag>

/**
 * What every endpoint that needs a session may answer besides: no session, the device token of an ended
 * procedure, a role that may not, CSRF, too many requests.
 */
export const signedIn = [
  "Unauthorized",
  "ProcedureEnded",
  "Forbidden",
  "CsrfRejected",
  "PasswordChangeRequired",
  "TooManyRequests"
] as const satisfies ReadonlyArray<ErrorTag>
