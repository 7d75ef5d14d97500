import { Schema } from "effect"
import { Answers } from "../Odi.js"
import { AnalgesicUse } from "./AnalgesicUse.js"
import { PatientId, VisitId } from "./Ids.js"
import { allowed } from "./Message.js"
import { CalendarDate, Nrs, VasMm } from "./Scales.js"

/** The study's assessment time points: baseline and 3 and 6 months after the procedure. */
export const Timepoint = Schema.Literal("baseline", "month3", "month6")
export type Timepoint = typeof Timepoint.Type

/** An outcome assessment: pain (NRS, VAS), disability (ODI) and analgesic use at one time point. */
export class FollowUpVisit extends Schema.Class<FollowUpVisit>("FollowUpVisit")({
  id: VisitId,
  patientId: PatientId,
  timepoint: Timepoint,
  /** Calendar date of the visit, when known. */
  date: Schema.optional(CalendarDate),
  /** Days from the procedure to the visit; negative or 0 for a baseline visit before the procedure. */
  daysAfterProcedure: Schema.Number.pipe(
    Schema.int({ message: allowed("days after the procedure is a whole number from -365 to 730") }),
    Schema.between(-365, 730, {
      message: allowed("days after the procedure is a whole number from -365 to 730")
    })
  ),
  /** Pain intensity, NRS 0–10 integer. */
  nrs: Nrs,
  /** Pain intensity, VAS in mm, 0–100. */
  vasMm: VasMm,
  /** The ten ODI v2.1a section answers, 0–5 or null; score them with `Odi.score`. */
  odiAnswers: Answers,
  analgesics: AnalgesicUse
}) {}
