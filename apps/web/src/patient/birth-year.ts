import type { Issue } from "@cryoreg/contract"
import { StudyCalendar } from "@cryoreg/domain"
import { today as todayInRegistry } from "../i18n/today"

/**
 * What is wrong with a typed birth year, as an issue at `birthYear` naming the years allowed (from the
 * registry's earliest to this year, `StudyCalendar.birthYearRange`): the form says the real range before
 * the API would refuse a year in the future. Nothing when it is empty (the schema asks for it) or allowed.
 */
export const birthYearIssue = (typed: string, today: string = todayInRegistry()): Issue | undefined => {
  const text = typed.trim()
  if (text === "") return undefined
  const { min, max } = StudyCalendar.birthYearRange(today)
  const year = Number(text)
  if (Number.isInteger(year) && year >= min && year <= max) return undefined
  return {
    code: "range",
    path: ["birthYear"],
    params: { min, max, integer: true },
    message: `a whole year from ${min} to ${max}`
  }
}
