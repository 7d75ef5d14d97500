import { Schema } from "effect"
import { AdverseEvent } from "./AdverseEvent.js"
import { DiagnosticBlock } from "./DiagnosticBlock.js"
import { FollowUpVisit } from "./FollowUpVisit.js"
import { Patient } from "./Patient.js"
import { Procedure } from "./Procedure.js"
import { Screening } from "./Screening.js"

/**
 * One patient's full registry record, from screening to the last follow-up: the unit the
 * analysis computes the study's tables from. Analgesic use is recorded per visit (`visits[i].analgesics`).
 */
export class PatientRecord extends Schema.Class<PatientRecord>("PatientRecord")({
  patient: Patient,
  screening: Screening,
  /** Diagnostic blocks in the order done; the study required one positive block. */
  blocks: Schema.Array(DiagnosticBlock),
  /** The cryoneurolysis procedure; null while the patient is screened but not treated. */
  procedure: Schema.NullOr(Procedure),
  /** Outcome assessments: baseline, 3 and 6 months (and any unscheduled visit). */
  visits: Schema.Array(FollowUpVisit),
  adverseEvents: Schema.Array(AdverseEvent)
}) {}
