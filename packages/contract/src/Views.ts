import { FreezeProtocol, Model, Odi } from "@cryoreg/domain"
import { Schema } from "effect"

/** One eligibility criterion as the screening form shows it (`met` null: answer missing). */
export const Criterion = Schema.Struct({
  id: Schema.String,
  kind: Schema.Literal("inclusion", "exclusion"),
  met: Schema.NullOr(Schema.Boolean),
  text: Schema.String
})

/** The eligibility verdict and every criterion behind it. */
export const Assessment = Schema.Struct({
  verdict: Schema.Literal("eligible", "ineligible", "incomplete"),
  criteria: Schema.Array(Criterion)
})
export type Assessment = typeof Assessment.Type

/** A screening with the eligibility verdict it gives (with the patient's latest diagnostic block). */
export const ScreeningView = Schema.Struct({ screening: Model.Screening, eligibility: Assessment })
export type ScreeningView = typeof ScreeningView.Type

const BlockDeviation = Schema.Struct({ field: Schema.String, message: Schema.String })
const BlockReading = Schema.Struct({
  reliefPercent: Schema.Number,
  positive: Schema.Boolean,
  deviations: Schema.Array(BlockDeviation)
})

/** What a diagnostic block shows: relief %, positive at the protocol's ≥ 50 %, deviations, comparative verdict. */
export const BlockEvaluation = Schema.Struct({
  ...BlockReading.fields,
  comparative: Schema.NullOr(
    Schema.Struct({ ...BlockReading.fields, verdict: Schema.String, reason: Schema.String })
  )
})
export type BlockEvaluation = typeof BlockEvaluation.Type

/** A diagnostic block with its evaluation. */
export const BlockView = Schema.Struct({ block: Model.DiagnosticBlock, evaluation: BlockEvaluation })
export type BlockView = typeof BlockView.Type

/** A procedure with its summary against the protocol (lesions per side, levels covered, deviations). */
export const ProcedureView = Schema.Struct({
  procedure: Model.Procedure,
  summary: FreezeProtocol.ProcedureSummary,
  /**
   * `recorded`: entered after the fact; `completed`: driven live by a device (same id as its live procedure).
   * A live procedure still running is `PatientDetail.liveProcedure`, not a procedure yet.
   */
  mode: Schema.Literal("recorded", "completed")
})
export type ProcedureView = typeof ProcedureView.Type

/**
 * A follow-up visit with its ODI score (null when too many sections are unanswered), its days after the procedure
 * computed from the dates and whether it falls in its protocol window (both null until the procedure is entered).
 */
export const VisitView = Schema.Struct({
  visit: Model.FollowUpVisit,
  odi: Schema.NullOr(Odi.Score),
  daysAfterProcedure: Schema.NullOr(Schema.Number),
  inWindow: Schema.NullOr(Schema.Boolean)
})
export type VisitView = typeof VisitView.Type
