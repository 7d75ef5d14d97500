import type { AuditRecord } from "@cryoreg/contract"
import { readAuditOutcome } from "@cryoreg/contract"
import { wordErrorTag } from "../forms/words"
import { t } from "../i18n"

/**
 * What came of an audited act, in the user's language: "done", a refused sign-in, or a refused write with
 * the refusal in words (the API's error by its tag). A stored text of another kind is shown as it is.
 *
 * @example
 * wordAuditOutcome({ outcome: "refused: RuleViolation (422)", … }) // "odrzucono: Zasady badania na to nie pozwalają: …"
 */
export const wordAuditOutcome = (record: Pick<AuditRecord, "outcome" | "outcomeCode">): string => {
  const outcome = record.outcomeCode ?? readAuditOutcome(record.outcome)
  if (outcome === null) return t("admin.audit.ok")
  switch (outcome.code) {
    case "ok":
      return t("admin.audit.ok")
    case "refused": {
      const error = String(outcome.params.error ?? "")
      const reason = wordErrorTag(error)
      return reason === undefined
        ? t("admin.audit.outcomes.refusedOther", { error })
        : t("admin.audit.outcomes.refused", {
            reason: reason.charAt(0).toLocaleLowerCase() + reason.slice(1)
          })
    }
    case "other":
      return String(outcome.params.text ?? record.outcome ?? "")
    default:
      return t(`admin.audit.outcomes.${outcome.code}`)
  }
}
