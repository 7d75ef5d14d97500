import { type CurrentRecord, type Issue, Issues } from "@cryoreg/contract"
import { Data } from "effect"

/** No such record, or one of another center: the caller cannot tell the two apart. */
export class NotFound extends Data.TaggedError("NotFound")<{ readonly message: string }> {}

/** A record that may exist once already exists (a second screening, a second 3-month visit, …). */
export class AlreadyRecorded extends Data.TaggedError("AlreadyRecorded")<{
  readonly message: string
  /** Which record exists already: `screening`, `visit` (with its `timepoint`), … */
  readonly record?: string
  readonly timepoint?: string
  /** The field that names it (`taken`, at the patient's id, the visit's time point, …), for a form to show beside it. */
  readonly issues?: ReadonlyArray<Issue>
}> {}

/** A patient's id that another patient has already: `taken`, at the id, for the form to say beside it. */
export const patientIdTaken = (id: string): Issue =>
  Issues.rule("taken", ["id"], `the patient id ${id} is taken`, { value: id, record: "patient" })

/** The patient already has a procedure, recorded or live and open: one procedure per patient, one tag. */
export class ProcedureExists extends Data.TaggedError("ProcedureExists")<{ readonly message: string }> {}

/** A live procedure that is no longer open (completed or aborted) cannot be aborted or driven. */
export class ProcedureNotOpen extends Data.TaggedError("ProcedureNotOpen")<{ readonly message: string }> {}

/** The patient was withdrawn: the record is kept and read-only. */
export class PatientWithdrawn extends Data.TaggedError("PatientWithdrawn")<{ readonly message: string }> {}

/** A step that needs an earlier one: a procedure before eligibility, a 3-month visit before the procedure. */
export class StepOutOfOrder extends Data.TaggedError("StepOutOfOrder")<{
  readonly message: string
  /** The step missing: the `screening`, the patient's `eligibility` (screening and positive block), the `procedure`. */
  readonly missing?: "screening" | "eligibility" | "procedure"
}> {}

/** The request decodes, but a rule of the study refuses it (an ODI with two sections missing, …). */
export class RuleViolation extends Data.TaggedError("RuleViolation")<{
  readonly message: string
  readonly issues: ReadonlyArray<Issue>
}> {}

/** The request does not decode: what is wrong, field by field. */
export class InvalidRequest extends Data.TaggedError("InvalidRequest")<{
  readonly message: string
  readonly issues: ReadonlyArray<Issue>
}> {}

/** No valid session. */
export class Unauthorized extends Data.TaggedError("Unauthorized")<{ readonly message: string }> {}

/** A valid session whose role may not do this. */
export class Forbidden extends Data.TaggedError("Forbidden")<{
  readonly message: string
  /** The caller's role, for a client to say who may not. */
  readonly role?: string
}> {}

/** Wrong user name or password (one message for both). */
export class InvalidCredentials extends Data.TaggedError("InvalidCredentials")<{
  readonly message: string
}> {}

/** Too many attempts (failed sign-ins of an account from one address): retry after `retryAfter` seconds. */
export class TooManyRequests extends Data.TaggedError("TooManyRequests")<{
  readonly message: string
  readonly retryAfter: number
}> {}

/** A correction made against an older version of the record (`If-Match`): a colleague changed it since. */
export class RecordChanged extends Data.TaggedError("RecordChanged")<{
  readonly message: string
  readonly current: CurrentRecord
}> {}
