import type { Issue } from "@cryoreg/contract"
import { statusOf } from "../http/Status.js"

/** An OperationOutcome issue: what is wrong, where (a FHIRPath expression), the rule in words. */
export interface OutcomeIssue {
  readonly severity: "fatal" | "error" | "warning" | "information"
  readonly code: string
  readonly diagnostics: string
  readonly expression?: ReadonlyArray<string>
}

// The IssueType code of each HTTP status the FHIR routes answer with.
const codeOfStatus: Record<number, string> = {
  400: "invalid",
  401: "login",
  403: "forbidden",
  404: "not-found",
  409: "conflict",
  413: "too-long",
  415: "not-supported",
  422: "business-rule"
}

/** A failure (tag, message, issues) as an OperationOutcome with its HTTP status. */
export const outcomeOf = (failure: {
  readonly _tag: string
  readonly message: string
  readonly issues?: ReadonlyArray<Issue>
}) => {
  const status = statusOf(failure._tag)
  const code = codeOfStatus[status] ?? "exception"
  const issues: Array<OutcomeIssue> =
    failure.issues !== undefined && failure.issues.length > 0
      ? failure.issues.map((i) => ({
          severity: "error",
          code,
          diagnostics: i.message,
          ...(i.path.length === 0 ? {} : { expression: [i.path.join(".")] })
        }))
      : [{ severity: "error", code, diagnostics: failure.message }]
  return { status, body: { resourceType: "OperationOutcome", issue: issues } }
}
