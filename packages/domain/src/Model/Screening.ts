import { Schema } from "effect"
import { PatientId, ScreeningId } from "./Ids.js"
import { Answer, CalendarDate, Months, Nrs } from "./Scales.js"

/** The study's eight exclusion criteria (Methods, Patient Population), each answered yes/no/unknown. */
export const ExclusionAnswers = Schema.Struct({
  /** Acute or progressive radiculopathy. */
  acuteOrProgressiveRadiculopathy: Answer,
  /** Imaging-confirmed nerve root compression requiring surgical intervention. */
  nerveRootCompressionRequiringSurgery: Answer,
  /** Inflammatory sacroiliitis. */
  inflammatorySacroiliitis: Answer,
  /** Prior sacroiliac joint fusion. */
  priorSijFusion: Answer,
  /** Coagulation disorder precluding interventional procedures. */
  coagulationDisorder: Answer,
  /** Active (local or systemic) infection. */
  activeInfection: Answer,
  /** Pregnancy. */
  pregnancy: Answer,
  /** Severe systemic disease that could interfere with treatment outcomes or follow-up. */
  severeSystemicDisease: Answer
})
export type ExclusionAnswers = typeof ExclusionAnswers.Type

/** The ids of the eight exclusion criteria, in the order the study lists them. */
export const ExclusionId = Schema.keyof(ExclusionAnswers)
export type ExclusionId = typeof ExclusionId.Type

/** A candidate's screening: the inclusion measurements and the eight exclusion answers. */
export class Screening extends Schema.Class<Screening>("Screening")({
  id: ScreeningId,
  patientId: PatientId,
  date: CalendarDate,
  /** How long the low back pain has persisted, months (inclusion: ≥ 6). */
  painDurationMonths: Months,
  /** Pain intensity at screening, NRS 0–10 (inclusion: ≥ 5). */
  baselineNrs: Nrs,
  /** Months of failed conservative care: drugs, physiotherapy, activity modification (inclusion: ≥ 3). */
  conservativeCareFailedMonths: Months,
  /** MRI of the lumbar spine and SIJs done to exclude other structural causes. */
  imagingDone: Schema.Boolean,
  exclusions: ExclusionAnswers
}) {}
