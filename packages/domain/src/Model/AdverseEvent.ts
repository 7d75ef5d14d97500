import { Schema } from "effect"
import { AdverseEventId, PatientId } from "./Ids.js"
import { allowed, type RuleAnnotation, RuleAnnotationId } from "./Message.js"

/** The adverse event types the study monitored (Methods, Safety; Table 7), plus "other". */
export const AdverseEventType = Schema.Literal(
  "local hematoma",
  "transient paresthesia",
  "procedural pain",
  "temporary motor weakness",
  "infection",
  "permanent neurological deficit",
  "bleeding",
  "other"
)
export type AdverseEventType = typeof AdverseEventType.Type

/** Severity grade of an adverse event. */
export const Severity = Schema.Literal("mild", "moderate", "severe")
export type Severity = typeof Severity.Type

const Days = Schema.Number.pipe(
  Schema.between(0, 3650, { message: allowed("days after the procedure is a number from 0 to 3650") })
)

/**
 * The rules between an adverse event's fields, as codes a client words (`describeAdverseEventRule` is the
 * English): a type "other" without its description; a resolution before the onset (`onsetDays`).
 */
export const AdverseEventRule = Schema.Literal("otherNeedsDescription", "resolutionBeforeOnset")
export type AdverseEventRule = typeof AdverseEventRule.Type

const ruleWords: Record<AdverseEventRule, string> = {
  otherNeedsDescription: 'an adverse event of type "other" needs a description',
  resolutionBeforeOnset: "resolution cannot come before onset"
}

/**
 * An adverse event's rule in English, as the API's message says it.
 *
 * @example
 * Model.describeAdverseEventRule("resolutionBeforeOnset") // "resolution cannot come before onset"
 */
export const describeAdverseEventRule = (code: AdverseEventRule): string => ruleWords[code]

const rule = (
  code: AdverseEventRule,
  params: (e: { readonly onsetDays: number }) => ReturnType<RuleAnnotation["params"]>
): RuleAnnotation => ({ code, params: (value) => params(value as { onsetDays: number }) })

/** An adverse event's fields as far as they are known (a form's, before every field is valid). */
export interface AdverseEventDraft {
  readonly type?: unknown
  readonly description?: unknown
  readonly onsetDays?: unknown
  readonly resolutionDays?: unknown
}

/** A rule between an adverse event's fields that it breaks, at the field it names. */
export interface AdverseEventRuleProblem {
  readonly code: AdverseEventRule
  readonly path: ReadonlyArray<string>
  readonly message: string
  readonly params: ReturnType<RuleAnnotation["params"]>
}

const isNumber = (u: unknown): u is number => typeof u === "number" && !Number.isNaN(u)

/**
 * The rules between an adverse event's fields it breaks, judged on what is known (a rule whose fields are not
 * both known yet is not judged): a type "other" without its description; a resolution before the onset. The
 * schema refuses a record by these, and a form asks them before sending, with its other errors.
 *
 * @example
 * Model.adverseEventRuleProblems({ type: "other", onsetDays: 2, resolutionDays: 1 })
 * // [otherNeedsDescription at description, resolutionBeforeOnset at resolutionDays]
 */
export const adverseEventRuleProblems = (e: AdverseEventDraft): ReadonlyArray<AdverseEventRuleProblem> => [
  ...(e.type === "other" &&
  (e.description === undefined || (typeof e.description === "string" && e.description.trim() === ""))
    ? [problem("otherNeedsDescription", "description", {})]
    : []),
  ...(isNumber(e.onsetDays) && isNumber(e.resolutionDays) && e.resolutionDays < e.onsetDays
    ? [problem("resolutionBeforeOnset", "resolutionDays", { onsetDays: e.onsetDays })]
    : [])
]

const problem = (
  code: AdverseEventRule,
  field: string,
  params: ReturnType<RuleAnnotation["params"]>
): AdverseEventRuleProblem => ({ code, path: [field], message: describeAdverseEventRule(code), params })

// The schema's filter of one rule: its problem at its field, as the effect library reports a refinement.
const ruleFilter = (code: AdverseEventRule) => (e: AdverseEventDraft) => {
  const found = adverseEventRuleProblems(e).find((p) => p.code === code)
  return found === undefined ? undefined : { path: found.path, message: found.message }
}

const related = "say whether the event is related to the procedure (yes or no)"

/** One adverse event after a procedure, graded by severity and duration (Methods, Safety Assessment). */
export class AdverseEvent extends Schema.Class<AdverseEvent>("AdverseEvent")(
  Schema.Struct({
    id: AdverseEventId,
    patientId: PatientId,
    type: AdverseEventType,
    /** What happened; required when `type` is "other". */
    description: Schema.optional(Schema.NonEmptyTrimmedString),
    severity: Severity,
    /** Serious adverse event (death, life-threatening, hospitalisation, lasting disability). */
    serious: Schema.Boolean,
    /** Onset, days after the procedure (0 = same day; fractions for hours). */
    onsetDays: Days,
    /** Resolution, days after the procedure; null while unresolved. */
    resolutionDays: Schema.NullOr(Days),
    /** The reporter's answer, yes or no: there is no default. */
    relatedToProcedure: Schema.propertySignature(
      Schema.Boolean.annotations({ message: () => related })
    ).annotations({ missingMessage: () => related })
  }).pipe(
    Schema.filter(ruleFilter("otherNeedsDescription"), {
      [RuleAnnotationId]: rule("otherNeedsDescription", () => ({}))
    }),
    Schema.filter(ruleFilter("resolutionBeforeOnset"), {
      [RuleAnnotationId]: rule("resolutionBeforeOnset", (e) => ({ onsetDays: e.onsetDays }))
    })
  )
) {}
