import type { ParseResult } from "effect"

const show = (u: unknown): string => {
  try {
    return typeof u === "string" ? JSON.stringify(u) : (JSON.stringify(u) ?? String(u))
  } catch {
    return String(u)
  }
}

/** A `message` annotation saying what is allowed and what was given, e.g. "NRS is … from 0 to 10, got 11". */
export const allowed =
  (rule: string) =>
  (issue: ParseResult.ParseIssue): string =>
    `${rule}; got ${show(issue.actual)}`

/**
 * The annotation that gives a predicate of a whole record (a rule between its fields) a stable code and
 * parameters, so a client words it in its own language; the predicate's `message` stays the English.
 */
export const RuleAnnotationId: unique symbol = Symbol.for("@cryoreg/domain/RuleAnnotation")

/** What `RuleAnnotationId` holds: the rule's code and its parameters for a refused value. */
export interface RuleAnnotation {
  readonly code: string
  readonly params: (value: unknown) => Readonly<Record<string, string | number | boolean | null>>
}
