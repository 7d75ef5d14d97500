/** Views of stored records (eligibility, block evaluation, procedure summary, ODI score). */

import { DiagnosticBlock, Eligibility, FreezeProtocol, Model, Odi } from "@cryoreg/domain"
import { Schema } from "effect"

/** The eligibility verdict and every criterion behind it (the domain's Schema). */
export const Assessment = Eligibility.Assessment
export type Assessment = Eligibility.Assessment

/** A screening with the eligibility verdict it gives (on the patient's decisive diagnostic block: `DiagnosticBlock.decisive`). */
export const ScreeningView = Schema.Struct({ screening: Model.Screening, eligibility: Assessment })
export type ScreeningView = typeof ScreeningView.Type

/** What a diagnostic block shows: relief %, positive at the protocol's ≥ 50 %, deviations, comparative verdict. */
export const BlockEvaluation = DiagnosticBlock.BlockEvaluation
export type BlockEvaluation = DiagnosticBlock.BlockEvaluation

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
