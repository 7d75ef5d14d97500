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
  /** Calendar date of the visit; required of new visits (records stored before may lack it). */
  date: Schema.optional(CalendarDate),
  /**
   * Days from the procedure to the visit, as typed in before the dates were required; absent from new visits.
   * Read it through `StudyCalendar.daysAfterProcedure`, which computes it from the two dates.
   */
  daysAfterProcedure: Schema.optional(
    Schema.Number.pipe(
      Schema.int({ message: allowed("days after the procedure is a whole number from -365 to 730") }),
      Schema.between(-365, 730, {
        message: allowed("days after the procedure is a whole number from -365 to 730")
      })
    )
  ),
  /** Pain intensity, NRS 0–10 integer. */
  nrs: Nrs,
  /** Pain intensity, VAS in mm, 0–100. */
  vasMm: VasMm,
  /** The ten ODI v2.1a section answers, 0–5 or null; score them with `Odi.score`. */
  odiAnswers: Answers,
  analgesics: AnalgesicUse
}) {}
