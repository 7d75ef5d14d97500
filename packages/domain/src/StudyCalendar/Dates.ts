const DAY = 86_400_000

/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone: "today" of a registry is its clinics' date.
 *
 * @example
 * StudyCalendar.dateIn(Date.parse("2026-12-06T23:30:00Z"), "Europe/Warsaw") // "2026-12-07"
 */
export const dateIn = (epochMillis: number, timeZone: string): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    epochMillis
  )

/** Whether `timeZone` is an IANA time zone this runtime knows (e.g. "Europe/Warsaw"). */
export const isTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone })
    return true
  } catch {
    return false
  }
}

/**
 * Whole days from one calendar date to another (negative when `to` comes first).
 *
 * @example
 * StudyCalendar.daysBetween("2026-03-16", "2026-06-15") // 91
 */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)

/**
 * The calendar date `days` after `date` (a fraction of a day counts as that same day).
 *
 * @example
 * StudyCalendar.addDays("2026-03-16", 91) // "2026-06-15"
 */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + Math.floor(days) * DAY).toISOString().slice(0, 10)
