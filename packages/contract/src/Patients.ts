/** Patients and their records: inputs and views. */

import { Model } from "@cryoreg/domain"
import { Schema } from "effect"
import { OpenLiveProcedure } from "./LiveProcedures.js"
import { Cursor, Limit, Reason, RetractionReason } from "./Page.js"
import { Assessment, BlockView, ProcedureView, ScreeningView, VisitView } from "./Views.js"

/**
 * How far a patient has come: `registered` (no screening yet), `screened` (screening recorded, not eligible or not yet decided),
 * `eligible` (every criterion met, no procedure yet), `treated`, then followed up to `month3` or `month6`.
 */
export const PatientStatus = Schema.Literal(
  "registered",
  "screened",
  "eligible",
  "treated",
  "month3",
  "month6"
)
export type PatientStatus = typeof PatientStatus.Type

/** An eligibility verdict (`ineligible`: found not eligible); a patient list may filter on it. */
export const EligibilityVerdict = Assessment.fields.verdict
export type EligibilityVerdict = typeof EligibilityVerdict.Type

/** A withdrawal: the record is kept, with when and why. */
export const Withdrawal = Schema.Struct({ at: Schema.String, reason: Schema.String })

/** A patient as a list shows it. */
export const PatientSummary = Schema.Struct({
  id: Model.PatientId,
  centerId: Model.CenterId,
  sex: Model.Sex,
  birthYear: Schema.Number,
  treatedSide: Model.TreatedSide,
  status: PatientStatus,
  verdict: Schema.NullOr(EligibilityVerdict),
  withdrawn: Schema.Boolean,
  updatedAt: Schema.String
})
export type PatientSummary = typeof PatientSummary.Type

/** A patient's whole record, screening to the last visit. */
export const PatientDetail = Schema.Struct({
  patient: Model.Patient,
  status: PatientStatus,
  withdrawal: Schema.NullOr(Withdrawal),
  screening: Schema.NullOr(ScreeningView),
  blocks: Schema.Array(BlockView),
  procedure: Schema.NullOr(ProcedureView),
  /** A live procedure opened and not yet completed or aborted (it becomes `procedure` on completion). */
  liveProcedure: Schema.NullOr(OpenLiveProcedure),
  visits: Schema.Array(VisitView),
  adverseEvents: Schema.Array(Model.AdverseEvent),
  /**
   * The version of the patient and of each record, by id (the patient's under its own id). A correction
   * sent with `If-Match: "<version>"` is refused (412, the current record in the answer) when the record
   * changed since; each correction's answer carries the record's new version as its `ETag`.
   */
  versions: Schema.Record({ key: Schema.String, value: Schema.String })
})
export type PatientDetail = typeof PatientDetail.Type

/** `POST /api/patients`: a new pseudonymous patient. */
export const NewPatient = Schema.Struct(Model.Patient.fields)
export type NewPatient = typeof NewPatient.Type

/** `PATCH /api/patients/:id`: a correction of the patient's data, with the reason. */
export const PatientCorrection = Schema.Struct({
  sex: Schema.optional(Model.Sex),
  birthYear: Schema.optional(Model.BirthYear),
  treatedSide: Schema.optional(Model.TreatedSide),
  reason: Reason
})
export type PatientCorrection = typeof PatientCorrection.Type

/** `POST /api/patients/:id/withdraw`: a soft withdrawal that keeps the record and its history. */
export const WithdrawalRequest = Schema.Struct({ reason: Reason })

/** Filters of `GET /api/patients`. */
export const PatientQuery = Schema.Struct({
  center: Schema.optional(Model.CenterId),
  status: Schema.optional(PatientStatus),
  verdict: Schema.optional(EligibilityVerdict),
  q: Schema.optional(Schema.String.pipe(Schema.maxLength(100))),
  withdrawn: Schema.optional(Schema.Literal("include", "only", "exclude")),
  cursor: Schema.optional(Cursor),
  limit: Schema.optional(Limit)
})
export type PatientQuery = typeof PatientQuery.Type

/** `GET /api/patients/next-id`: the center whose next id is asked (a center-bound caller's own by default). */
export const NextPatientIdQuery = Schema.Struct({ center: Schema.optional(Model.CenterId) })
export type NextPatientIdQuery = typeof NextPatientIdQuery.Type

/** The next free patient id of a center, e.g. `WAW-0108` when `WAW-0107` is the highest. */
export const NextPatientId = Schema.Struct({ id: Model.PatientId })

/** Path of a patient's routes. */
export const PatientPath = Schema.Struct({ id: Model.PatientId })

const omit = <F extends Schema.Struct.Fields, const K extends ReadonlyArray<keyof F>>(
  fields: F,
  ...keys: K
) => Schema.Struct(fields).omit(...keys)

/** Every field optional, plus the required reason: the body of a correction. */
const correction = <F extends Schema.Struct.Fields>(fields: F) =>
  Schema.Struct({
    ...(Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, Schema.isPropertySignature(v) ? v : Schema.optional(v)])
    ) as { readonly [K in keyof F]: F[K] extends Schema.Schema.All ? Schema.optional<F[K]> : F[K] }),
    reason: Reason
  })

/** `POST /api/patients/:id/screening`: the screening (its id and patient are given by the API). */
export const ScreeningInput = omit(Model.Screening.fields, "id", "patientId")
export type ScreeningInput = typeof ScreeningInput.Type

/** `PATCH …/screening`: corrected fields and the reason. */
export const ScreeningCorrection = correction(ScreeningInput.fields)

/** `POST /api/patients/:id/blocks`: a diagnostic block. */
export const BlockInput = omit(Model.DiagnosticBlock.fields, "id", "patientId")
export type BlockInput = typeof BlockInput.Type

/** `PATCH …/blocks/:blockId`. */
export const BlockCorrection = correction(BlockInput.fields)

/** `POST /api/patients/:id/procedure`: a procedure entered after the fact (center from the patient). */
export const ProcedureInput = omit(Model.Procedure.fields, "id", "patientId", "centerId")
export type ProcedureInput = typeof ProcedureInput.Type

/** `PATCH …/procedure`. */
export const ProcedureCorrection = correction(ProcedureInput.fields)

/**
 * `POST /api/patients/:id/visits`: a follow-up visit on its date; the days after the procedure are computed from
 * the dates, never typed; the ODI is scored on write.
 */
export const VisitInput = Schema.Struct({
  ...omit(Model.FollowUpVisit.fields, "id", "patientId", "date", "daysAfterProcedure").fields,
  date: Model.CalendarDate
})
export type VisitInput = typeof VisitInput.Type

/** `PATCH …/visits/:visitId`: corrected fields and the reason; the previous values stay in the history. */
export const VisitCorrection = correction(VisitInput.fields)
export type VisitCorrection = typeof VisitCorrection.Type

/** `POST /api/patients/:id/adverse-events`. */
export const AdverseEventInput = omit(Model.AdverseEvent.fields, "id", "patientId")
export type AdverseEventInput = typeof AdverseEventInput.Type

/** `PATCH …/adverse-events/:eventId`: any field, type and onset included, and the reason. */
export const AdverseEventCorrection = correction({
  ...AdverseEventInput.fields,
  // required on a report (no default), optional in a correction like every other field
  relatedToProcedure: Schema.Boolean
})
export type AdverseEventCorrection = typeof AdverseEventCorrection.Type

/** `POST …/visits|blocks|adverse-events/:id/retract`: why the record was entered in error. */
export const RetractionRequest = Schema.Struct({ reason: RetractionReason })
export type RetractionRequest = typeof RetractionRequest.Type
