/** An audited act's outcome as a code and its parameters, read from the stored text. */

import { Schema } from "effect"

/**
 * What came of an audited act, as a code a client words: `ok`; `throttled` (too many tries); `wrongPassword`
 * (a refused sign-in); `wrongCurrentPassword` (a refused password change); `refused` (a write a rule
 * refused: `error` the API's error tag, `status` its HTTP status); `other` (a text of an older version,
 * shown as stored).
 */
export const AuditOutcomeCode = Schema.Literal(
  "ok",
  "throttled",
  "wrongPassword",
  "wrongCurrentPassword",
  "refused",
  "other"
)
export type AuditOutcomeCode = typeof AuditOutcomeCode.Type

/** An outcome read from the audit row's stored text, with its parameters. */
export const AuditOutcome = Schema.Struct({
  code: AuditOutcomeCode,
  params: Schema.Record({ key: Schema.String, value: Schema.Union(Schema.String, Schema.Number) })
})
export type AuditOutcome = typeof AuditOutcome.Type

const fixed: Record<string, AuditOutcomeCode> = {
  ok: "ok",
  throttled: "throttled",
  "refused: unknown user name or wrong password": "wrongPassword",
  "refused: the current password is wrong": "wrongCurrentPassword"
}

/**
 * The outcome the audit trail stores as text (`"refused: RuleViolation (422)"`), read as a code and its
 * parameters; null for a row without one. The rows keep their text, so no stored row changes.
 *
 * @example
 * readAuditOutcome("refused: RuleViolation (422)") // { code: "refused", params: { error: "RuleViolation", status: 422 } }
 */
export const readAuditOutcome = (text: string | null): AuditOutcome | null => {
  if (text === null) return null
  const known = fixed[text]
  if (known !== undefined) return { code: known, params: {} }
  const refused = /^refused: (\w+) \((\d{3})\)$/.exec(text)
  if (refused !== null) return { code: "refused", params: { error: refused[1]!, status: Number(refused[2]) } }
  return { code: "other", params: { text } }
}
