import type { Timepoint } from "../Model/FollowUpVisit.js"
import { visitWindow } from "../Outcomes.js"
import type { Protocol } from "../Protocol.js"
import { daysBetween } from "./Dates.js"

/** How the clinic names a time point's visit. */
export const visitName: Record<Timepoint, string> = {
  baseline: "the baseline visit",
  month3: "the 3-month visit",
  month6: "the 6-month visit"
}

/** A visit as far as its timing goes: the stored days are kept only by records entered before dates were required. */
export interface VisitTiming {
  readonly timepoint: Timepoint
  readonly date?: string | undefined
  readonly daysAfterProcedure?: number | undefined
}

/**
 * Days from the procedure to a visit, computed from the two dates; a visit stored without a date keeps the
 * days it was entered with; null while either is unknown (a baseline visit before the procedure is entered).
 *
 * @example
 * StudyCalendar.daysAfterProcedure({ timepoint: "month3", date: "2026-06-15" }, "2026-03-16") // 91
 */
export const daysAfterProcedure = (visit: VisitTiming, procedureDate: string | null): number | null =>
  visit.date !== undefined && procedureDate !== null
    ? daysBetween(procedureDate, visit.date)
    : (visit.daysAfterProcedure ?? null)

/**
 * Whether a visit falls inside its time point's window of the protocol (`Outcomes.visitWindow`; the study:
 * baseline −90…0 days, 3 months 75…105, 6 months 165…210); null while its days after the procedure are unknown. A visit out of
 * its window is kept and marked, never refused.
 *
 * @example
 * StudyCalendar.inVisitWindow({ timepoint: "month6", date: "2027-01-10" }, "2026-03-16", Protocol.study) // false
 */
export const inVisitWindow = (
  visit: VisitTiming,
  procedureDate: string | null,
  protocol: Protocol
): boolean | null => {
  const days = daysAfterProcedure(visit, procedureDate)
  return days === null ? null : visitWindow(days, protocol) === visit.timepoint
}
