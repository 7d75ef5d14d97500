import { StudyCalendar } from "@cryoreg/domain"
import { date, parseDecimal, t } from "../i18n"

const daysOf = (text: string): number | null => {
  const n = parseDecimal(text)
  return n === null || n === undefined || n < 0 ? null : n
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
    ...(onset === null
      ? []
      : [t("patients.eventDates.onset", { date: date(StudyCalendar.addDays(procedureDate, onset)) })]),
    ...(resolution === null
      ? []
      : [t("patients.eventDates.resolved", { date: date(StudyCalendar.addDays(procedureDate, resolution)) })])
  ]
  return parts.length === 0
    ? null
    : t("patients.eventDates.text", { procedure: date(procedureDate), parts: parts.join(", ") })
}
