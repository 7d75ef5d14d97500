import { Schema } from "effect"

/**
 * What analgesics a patient takes at a visit: the drugs by name or ATC code, and the form's category
 * boxes. A box is ticked for a named drug of its category or for one whose name is unknown; left
 * unticked (false) it must not contradict a drug named (`Analgesics.check`); absent, it says nothing.
 */
export const AnalgesicUse = Schema.Struct({
  /** Drugs taken regularly for the back pain, by generic name or ATC code (e.g. "ibuprofen", "N02AX02"). */
  drugs: Schema.Array(Schema.NonEmptyTrimmedString),
  /** Category box: NSAIDs (ATC M01A). */
  nsaids: Schema.optional(Schema.Boolean),
  /** Category box: non-opioid combination analgesics (e.g. ATC N02BE51). */
  combinationAnalgesics: Schema.optional(Schema.Boolean),
  /** Category box: opioid-containing analgesics, opioid combinations included (ATC N02A). */
  opioidContaining: Schema.optional(Schema.Boolean)
})
export type AnalgesicUse = typeof AnalgesicUse.Type
