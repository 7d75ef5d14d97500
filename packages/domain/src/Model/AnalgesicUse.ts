import { Schema } from "effect"

/** What analgesics a patient takes at a visit: the drugs by name or ATC code, and/or category flags. */
export const AnalgesicUse = Schema.Struct({
  /** Drugs taken regularly for the back pain, by generic name or ATC code (e.g. "ibuprofen", "N02AX02"). */
  drugs: Schema.Array(Schema.NonEmptyTrimmedString),
  /** Category ticked on the form when the drug itself was not recorded: NSAIDs (ATC M01A). */
  nsaids: Schema.optional(Schema.Boolean),
  /** Category ticked on the form: non-opioid combination analgesics (e.g. ATC N02BE51). */
  combinationAnalgesics: Schema.optional(Schema.Boolean),
  /** Category ticked on the form: opioid-containing analgesics, opioid combinations included (ATC N02A). */
  opioidContaining: Schema.optional(Schema.Boolean)
})
export type AnalgesicUse = typeof AnalgesicUse.Type
