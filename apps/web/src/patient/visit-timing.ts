import { type Model, Protocol, StudyCalendar } from "@cryoreg/domain"

const edge = (days: number) =>
  days === 0
    ? "the day of the procedure"
    : days < 0
      ? `${-days} days before the procedure`
      : `${days} days after the procedure`

/** A time point's protocol window in the clinic's words ("the window of the 3-month visit is 75 to 105 days after the procedure"). */
export const windowText = (timepoint: Model.Timepoint): string => {
  const w = Protocol.study.visitWindows[timepoint]
  const range =
    w.min > 0 ? `${w.min} to ${w.max} days after the procedure` : `${edge(w.min)} to ${edge(w.max)}`
  return `the window of ${StudyCalendar.visitName[timepoint]} is ${range}`
}

/**
 * What a visit's date means against the procedure's, as the domain computes it: its days after the procedure
 * and whether it falls in its protocol window; null while either date is missing.
 */
export const visitTimingText = (
  timepoint: Model.Timepoint,
  date: string | undefined,
  procedureDate: string | null
): string | null => {
  if (date === undefined || procedureDate === null) return null
  const visit = { timepoint, date }
  const days = StudyCalendar.daysAfterProcedure(visit, procedureDate)
  if (days === null) return null
  const when = days === 0 ? "on the day of the procedure" : edge(days)
  return StudyCalendar.inVisitWindow(visit, procedureDate, Protocol.study)
    ? `${when}, within its window`
    : `${when}: out of window (${windowText(timepoint)})`
}
