import { type Model, Protocol, StudyCalendar } from "@cryoreg/domain"
import { t } from "../i18n"

const edge = (days: number) =>
  days === 0
    ? t("patients.timing.dayOf")
    : days < 0
      ? t("patients.timing.before", { n: -days })
      : t("patients.timing.after", { n: days })

/** A time point's protocol window in the clinic's words ("the window of the 3-month visit is 75 to 105 days after the procedure"). */
export const windowText = (timepoint: Model.Timepoint): string => {
  const w = Protocol.study.visitWindows[timepoint]
  const range =
    w.min > 0
      ? t("patients.timing.afterRange", { min: String(w.min), max: String(w.max) })
      : t("patients.timing.range", { from: edge(w.min), to: edge(w.max) })
  return t("patients.timing.window", { visit: t(`patients.timing.windowOf.${timepoint}`), range })
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
  const when = days === 0 ? t("patients.timing.onDay") : edge(days)
  return StudyCalendar.inVisitWindow(visit, procedureDate, Protocol.study)
    ? t("patients.timing.inWindow", { when })
    : t("patients.timing.outOfWindow", { when, window: windowText(timepoint) })
}
