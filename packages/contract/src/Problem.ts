/** Error answers. */

import { Model } from "@cryoreg/domain"
import { Schema } from "effect"
import type { ErrorTag } from "./Errors.js"

/**
 * What kind of problem an issue is: stable, for clients to word in their user's language.
 * Schema checks: `required` (left empty), `oneOf` (`allowed`), `range` (`min`, `max`, `integer`),
 * `type` (`expected`), `pattern`, `date`, `tooLong` / `tooShort` (`max` / `min` characters),
 * `unexpected` (not a field of this request), `invalid` (anything else: a client words it generally).
 * Rules of the study: `dateOrder`, `dateInFuture` (`today`; `unit: "days"` for days after the procedure), `side`,
 * `analgesic` (`allowed`: the categories), `analgesicContradiction`, `freezeProtocol` (`step`),
 * `odi` (`missing` sections), `answerCount` (`count` answers needed, `given`), `blockPain`,
 * `patientIdPrefix` (`prefix`), `password`, `underage` (`minAge`), `unknown` (no such center, patient or
 * page: `value`), the adverse event's `otherNeedsDescription` and `resolutionBeforeOnset` (`onsetDays`)
 * (the domain's `Model.AdverseEventRule`). Requests: `ownAccount` and `deviceAccount` (`act`: what an
 * administrator may not do to that account), `noMatch` (a selection that matches no patient),
 * `illFormedText` (a body or text that is not well-formed Unicode), `unchanged` (a correction that changes no
 * value of the stored record, at the request's root: `record`, the record it names as the audit trail does),
 * `recordedByProbe` (a correction of a live procedure's lesions, which are the probe's record, at `lesions`),
 * `taken` (a value that may be recorded once and is already: `value`, and `record`, what it names: `patient` id, `visit` time point, `user` name, `center` code),
 * `notForSex` (an answer a patient of that `sex` cannot give: a male patient's pregnancy; `allowed`).
 * `dateOrder` names the other record (`otherRecord`, a `StudyCalendar.CourseStep`) or the other field
 * (`otherField`, a dotted path of the same request), its date (`otherDate`) and what the date may not be
 * (`relation`: `notBefore` or `notAfter`); `earlierDate` and `laterDate` are both dates compared.
 */
export const IssueCode = Schema.Literal(
  "required",
  "oneOf",
  "range",
  "type",
  "pattern",
  "date",
  "tooLong",
  "tooShort",
  "unexpected",
  "invalid",
  "dateOrder",
  "dateInFuture",
  "side",
  "analgesic",
  "analgesicContradiction",
  "freezeProtocol",
  "odi",
  "blockPain",
  "patientIdPrefix",
  "password",
  "underage",
  "unknown",
  "answerCount",
  "ownAccount",
  "deviceAccount",
  "noMatch",
  "illFormedText",
  "unchanged",
  "recordedByProbe",
  "taken",
  "notForSex",
  ...Model.AdverseEventRule.literals
)
export type IssueCode = typeof IssueCode.Type

/** A value an issue names: an allowed value, a bound, a date, a field's path. */
const Param = Schema.Union(
  Schema.String,
  Schema.Number,
  Schema.Boolean,
  Schema.Null,
  Schema.Array(Schema.Union(Schema.String, Schema.Number, Schema.Boolean, Schema.Null))
)

/** The parameters of an issue: what is allowed (`allowed`, `min`, `max`, …), the other field of a rule. */
export const IssueParams = Schema.Record({ key: Schema.String, value: Param })
export type IssueParams = typeof IssueParams.Type

/**
 * One thing wrong with a request: where (a path into the body, query or params), what (`code` and its
 * `params`), and an English sentence for API users.
 */
export const Issue = Schema.Struct({
  code: IssueCode,
  path: Schema.Array(Schema.Union(Schema.String, Schema.Number)),
  params: IssueParams,
  message: Schema.String
})
export type Issue = typeof Issue.Type

/** A record as it now stands, answered with a refused correction made against an older version (412). */
export const CurrentRecord = Schema.Struct({
  version: Schema.String,
  /** The stored values (the patient's, or the record's), as its view shows them. */
  record: Schema.Record({ key: Schema.String, value: Schema.Unknown })
})
export type CurrentRecord = typeof CurrentRecord.Type

/**
 * Every error answer of the API: the error's tag, a sentence for API users, the issues to fix, and the
 * error's own fields beside them (`finding`, `retryAfter`, …).
 */
export const Problem = Schema.Struct(
  {
    error: Schema.String,
    message: Schema.String,
    issues: Schema.optional(Schema.Array(Issue)),
    current: Schema.optional(CurrentRecord)
  },
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
).annotations({ identifier: "Problem" })
export type Problem = typeof Problem.Type

const decodeProblem = Schema.decodeUnknownOption(Problem)

// The problem an answer carries: the body itself, or an error of the typed client (which keeps the body).
const problemOf = (value: unknown): Problem | undefined => {
  const client =
    value !== null && typeof value === "object" && "problem" in value && "status" in value
      ? (value as { problem: unknown; error?: unknown; message?: unknown; issues?: unknown })
      : null
  // an ApiError made without the body (status 0, or by hand) still has its tag, sentence and issues
  const body =
    client === null
      ? value
      : (client.problem ?? { error: client.error, message: client.message, issues: client.issues })
  const decoded = decodeProblem(body)
  return decoded._tag === "Some" ? decoded.value : undefined
}

/**
 * Whether an answer (a problem body, or the typed client's `ApiError`) is the error `tag`.
 *
 * @example
 * if (Problems.is(error, "ProcedureExists")) show(error.problem.finding)
 */
export const is = (value: unknown, tag: ErrorTag): boolean => problemOf(value)?.error === tag

/** The issues of an answer (a problem body or an `ApiError`); none when it is not a problem. */
export const issues = (value: unknown): ReadonlyArray<Issue> => problemOf(value)?.issues ?? []

/** One field of the error's own (e.g. `finding` of a refused protocol step), when the answer has it. */
export const field = (value: unknown, name: string): unknown => problemOf(value)?.[name]
