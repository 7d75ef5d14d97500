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
