import { StudyCalendar } from "@cryoreg/domain"

const daysOf = (text: string): number | null => {
  const n = Number(text.replace(",", "."))
  return text.trim() === "" || !Number.isFinite(n) || n < 0 ? null : n
}

/**
 * The calendar dates an adverse event's onset and resolution (typed as days after the procedure) fall on, as
 * the domain counts them; null while nothing can be said (no procedure date, no valid onset).
 */
export const adverseEventDatesText = (
  procedureDate: string | null,
  onsetDays: string,
  resolutionDays: string
): string | null => {
  if (procedureDate === null) return null
  const onset = daysOf(onsetDays)
  const resolution = daysOf(resolutionDays)
  const parts = [
    ...(onset === null ? [] : [`onset on ${StudyCalendar.addDays(procedureDate, onset)}`]),
    ...(resolution === null ? [] : [`resolved on ${StudyCalendar.addDays(procedureDate, resolution)}`])
  ]
  return parts.length === 0 ? null : `Procedure on ${procedureDate}: ${parts.join(", ")}.`
}
