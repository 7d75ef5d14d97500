import type { Issue } from "@cryoreg/contract"
import { Either, ParseResult, Schema } from "effect"
import { ApiError } from "../api/client"

/** Field errors of a form, by the dotted path of the field ("odiAnswers.3", "exclusions.pregnancy"). */
export type FieldErrors = Readonly<Record<string, string>>

/** The dotted key of an issue's path. */
export const keyOf = (path: ReadonlyArray<string | number | symbol>): string => path.map(String).join(".")

/** Issues as field errors; the first message for a field wins. Issues without a path go under "". */
export const fieldErrors = (issues: ReadonlyArray<Issue>): FieldErrors => {
  const out: Record<string, string> = {}
  for (const issue of issues) {
    const key = keyOf(issue.path)
    if (out[key] === undefined) out[key] = issue.message
  }
  return out
}

/** The value at an issue's path in what was decoded. */
const valueAt = (value: unknown, path: ReadonlyArray<PropertyKey>): unknown =>
  path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    value
  )

/** Beside a field left empty: the clinic's word, not the schema's "is missing" or "Expected …, actual undefined". */
const required = "Required"

/**
 * Decodes form values with the schema the API decodes the request with: the value on success, the
 * field errors (the API's paths and messages; "Required" for a field left empty) on failure.
 */
export const validate = <A, I>(
  schema: Schema.Schema<A, I, never>,
  value: unknown
): Either.Either<A, FieldErrors> =>
  Schema.decodeUnknownEither(schema, { errors: "all", onExcessProperty: "ignore" })(value).pipe(
    Either.mapLeft((error) =>
      fieldErrors(
        ParseResult.ArrayFormatter.formatErrorSync(error).map((i) => {
          const given = valueAt(value, i.path)
          const empty = given === undefined || given === null || given === ""
          // only the library's default words are replaced: a schema's own message (annotated) stays
          const defaultWords = i.message === "is missing" || i.message.startsWith("Expected ")
          return { path: [...i.path].map(String), message: empty && defaultWords ? required : i.message }
        })
      )
    )
  )

/** What a failed API call says about a form: field errors from `ApiError.issues` and a sentence. */
export const fromApiError = (error: unknown): { readonly fields: FieldErrors; readonly message: string } =>
  error instanceof ApiError
    ? { fields: fieldErrors(error.issues), message: error.message }
    : { fields: {}, message: error instanceof Error ? error.message : String(error) }
