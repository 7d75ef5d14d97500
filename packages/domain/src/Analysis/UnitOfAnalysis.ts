/** Which patients the study analyses: screened, treated, not withdrawn. */

import type { AdverseEvent } from "../Model/AdverseEvent.js"
import type { DiagnosticBlock } from "../Model/DiagnosticBlock.js"
import type { FollowUpVisit } from "../Model/FollowUpVisit.js"
import type { Patient } from "../Model/Patient.js"
import { PatientRecord } from "../Model/PatientRecord.js"
import type { Procedure } from "../Model/Procedure.js"
import type { Screening } from "../Model/Screening.js"

/** A patient's records as a registry holds them, any of which may still be missing. */
export interface RegistryPatient {
  readonly patient: Patient
  readonly screening: Screening | null
  readonly blocks: ReadonlyArray<DiagnosticBlock>
  readonly procedure: Procedure | null
  readonly visits: ReadonlyArray<FollowUpVisit>
  readonly adverseEvents: ReadonlyArray<AdverseEvent>
  /** Whether the patient withdrew from the study (their records are kept, not analysed). */
  readonly withdrawn: boolean
}

// The records were decoded and checked by the domain Schemas when they were written; a registry
// rebuilds the unit of analysis from them without validating again (100,000 patients load in well
// under a second).
const trusted = { disableValidation: true } as const

/**
 * The study's unit of analysis: a patient who was screened and treated and did not withdraw, as a
 * `PatientRecord`; null for every other patient. The registry's study rows, analysis and exports all
 * take their patients through this one rule.
 *
 * @example
 * Analysis.treatedRecord({ ...records, withdrawn: false }) // a PatientRecord once the procedure is in
 */
export const treatedRecord = (p: RegistryPatient): PatientRecord | null =>
  p.procedure === null || p.screening === null || p.withdrawn
    ? null
    : new PatientRecord(
        {
          patient: p.patient,
          screening: p.screening,
          blocks: p.blocks,
          procedure: p.procedure,
          visits: p.visits,
          adverseEvents: p.adverseEvents
        },
        trusted
      )
