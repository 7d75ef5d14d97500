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
    Schema.filter(
      (e) =>
        e.type === "other" && e.description === undefined
          ? { path: ["description"], message: describeAdverseEventRule("otherNeedsDescription") }
          : undefined,
      { [RuleAnnotationId]: rule("otherNeedsDescription", () => ({})) }
    ),
    Schema.filter(
      (e) =>
        e.resolutionDays !== null && e.resolutionDays < e.onsetDays
          ? { path: ["resolutionDays"], message: describeAdverseEventRule("resolutionBeforeOnset") }
          : undefined,
      { [RuleAnnotationId]: rule("resolutionBeforeOnset", (e) => ({ onsetDays: e.onsetDays })) }
    )
  )
) {}
