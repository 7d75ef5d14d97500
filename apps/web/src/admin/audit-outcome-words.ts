import { type AuditRecord, Issue, readAuditOutcome } from "@cryoreg/contract"
import { Schema } from "effect"
import { type FieldLabels, wordErrorTag, wordIssue } from "../forms/words"
import { t } from "../i18n"
import { en } from "../i18n/en"

const isIssue = Schema.is(Issue)

// The record a refused write was for, by the endpoint's name ("createAdverseEvent"): its form's fields.
const kinds = Object.keys(en.fields) as ReadonlyArray<keyof typeof en.fields>
const kindOf = (attempt: string | null): keyof typeof en.fields | undefined => {
  const name = (attempt ?? "")
    .replace(/^(create|correct|retract|withdraw)/, "")
    .replace(/^Block$/, "DiagnosticBlock")
  return kinds.find((k) => k.toLowerCase() === name.toLowerCase())
}

/** The labels of the form a refused write came from, as the form shows them ("Początek (dni od zabiegu)"). */
const labelsOf = (attempt: string | null): FieldLabels => {
  const kind = kindOf(attempt)
  if (kind === undefined) return {}
  return Object.fromEntries(
    Object.keys(en.fields[kind]).map((field) => [field, t(`fields.${kind}.${field}` as "fields.visit.date")])
  )
}

/** The issues a refused write's record keeps (`after.issues`: code, path, params), or none. */
const issuesOf = (after: unknown): ReadonlyArray<Issue> => {
  if (typeof after !== "object" || after === null || !("issues" in after)) return []
  const issues = (after as { issues: unknown }).issues
  return Array.isArray(issues) ? issues.filter(isIssue) : []
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1)

/**
 * What came of an audited act, in the user's language: "done", a refused sign-in, or a refused write with
 * the refusal in words: its issues as the form words them (code and parameters, never the API's English),
 * else the API's error by its tag. A stored text of another kind is shown as it is.
 *
 * @example
 * wordAuditOutcome({ outcome: "refused: RuleViolation (422)", after: { issues: [dateInFuture…] }, attempt: "createAdverseEvent", … })
 * // "odrzucono: początek (dni od zabiegu): ten dzień jeszcze nie nadszedł (dziś jest 07.12.2026)"
 */
export const wordAuditOutcome = (
  record: Pick<AuditRecord, "outcome" | "outcomeCode"> & Partial<Pick<AuditRecord, "after" | "attempt">>
): string => {
  const outcome = record.outcomeCode ?? readAuditOutcome(record.outcome)
  if (outcome === null) return t("admin.audit.ok")
  switch (outcome.code) {
    case "ok":
      return t("admin.audit.ok")
    case "refused": {
      const issues = issuesOf(record.after)
      if (issues.length > 0) {
        const labels = labelsOf(record.attempt ?? null)
        return t("admin.audit.outcomes.refused", {
          reason: issues.map((i) => lowerFirst(wordIssue(i, labels))).join("; ")
        })
      }
      const error = String(outcome.params.error ?? "")
      const reason = wordErrorTag(error)
      return reason === undefined
        ? t("admin.audit.outcomes.refusedOther", { error })
        : t("admin.audit.outcomes.refused", { reason: lowerFirst(reason) })
    }
    case "other":
      return String(outcome.params.text ?? record.outcome ?? "")
    default:
      return t(`admin.audit.outcomes.${outcome.code}`)
  }
}
