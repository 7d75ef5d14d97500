import { type Issue, Issues, Problems } from "@cryoreg/contract"
import { Either, ParseResult, type Schema } from "effect"
import { type FieldLabels, wordIssue, wordProblem } from "./words"

/** Field errors of a form, by the dotted path of the field ("odiAnswers.3", "exclusions.pregnancy"). */
export type FieldErrors = Readonly<Record<string, string>>

/** The issues of a form by the dotted path of their field; the first issue of a field wins. */
export type FieldIssues = Readonly<Record<string, Issue>>

/** The dotted key of an issue's path. */
export const keyOf = (path: ReadonlyArray<string | number | symbol>): string => path.map(String).join(".")

/** Issues by field; the first issue of a field wins. Issues without a path go under "". */
export const byField = (issues: ReadonlyArray<Issue>): FieldIssues => {
  const out: Record<string, Issue> = {}
  for (const issue of issues) {
    const key = keyOf(issue.path)
    if (out[key] === undefined) out[key] = issue
  }
  return out
}

/** Issues as field errors in the user's language, each field named as `labels` name it. */
export const fieldErrors = (issues: ReadonlyArray<Issue>, labels: FieldLabels = {}): FieldErrors =>
  Object.fromEntries(Object.entries(byField(issues)).map(([key, issue]) => [key, wordIssue(issue, labels)]))

/**
 * Checks form values with the schema the API decodes the request with, and reports what is wrong as the
 * API would (`Issues.fromParseIssue`, the same codes and parameters): the value, or the issues by field.
 */
export const check = <A, I>(
  schema: Schema.Schema<A, I, never>,
  value: unknown
): Either.Either<A, FieldIssues> =>
  ParseResult.decodeUnknownEither(schema, { errors: "all", onExcessProperty: "ignore" })(value).pipe(
    Either.mapLeft((issue) => byField(Issues.fromParseIssue(issue)))
  )

/** `check`, with each issue worded in the user's language (for a page that keeps its own errors). */
export const validate = <A, I>(
  schema: Schema.Schema<A, I, never>,
  value: unknown,
  labels: FieldLabels = {}
): Either.Either<A, FieldErrors> =>
  Either.mapLeft(check(schema, value), (issues) => fieldErrors(Object.values(issues), labels))

/** What a failed API call says about a form: the field errors and a sentence, in the user's language. */
export const fromApiError = (
  error: unknown,
  labels: FieldLabels = {}
): { readonly fields: FieldErrors; readonly message: string } => ({
  fields: fieldErrors(Problems.issues(error), labels),
  message: wordProblem(error)
})
