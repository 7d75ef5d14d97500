import { Data, Effect } from "effect"
import { earliestBirthYear } from "../Model/Patient.js"

/** The youngest age, in years, at which a patient may be screened for the study (adults only). */
export const adultAge = 18

/**
 * The birth years a patient may have on `today`: from the registry's earliest to the current year.
 *
 * @example
 * StudyCalendar.birthYearRange("2026-12-07") // { min: 1900, max: 2026 }
 */
export const birthYearRange = (today: string): { readonly min: number; readonly max: number } => ({
  min: earliestBirthYear,
  max: Number(today.slice(0, 4))
})

/** A birth year after the current year; `min` and `max` are the years allowed (`birthYearRange`). */
export class BirthYearInFuture extends Data.TaggedError("BirthYearInFuture")<{
  readonly birthYear: number
  readonly min: number
  readonly max: number
  readonly message: string
}> {}

/** A patient under 18 in the year of the screening. */
export class UnderageAtScreening extends Data.TaggedError("UnderageAtScreening")<{
  readonly birthYear: number
  readonly screeningDate: string
  readonly message: string
}> {}

/**
 * The birth year must not lie after today's year; when the screening is known, the patient must turn at least 18
 * in the year of the screening (only the birth year is kept: screening year − birth year ≥ 18).
 *
 * @example
 * StudyCalendar.checkBirthYear(2010, "2026-03-02", "2026-12-07") // UnderageAtScreening
 */
export const checkBirthYear = (
  birthYear: number,
  screeningDate: string | null,
  today: string
): Effect.Effect<void, BirthYearInFuture | UnderageAtScreening> => {
  const { min, max } = birthYearRange(today)
  if (birthYear > max)
    return Effect.fail(
      new BirthYearInFuture({
        birthYear,
        min,
        max,
        message: `the birth year (${birthYear}) cannot be after this year (${today.slice(0, 4)})`
      })
    )
  if (screeningDate !== null && Number(screeningDate.slice(0, 4)) - birthYear < adultAge)
    return Effect.fail(
      new UnderageAtScreening({
        birthYear,
        screeningDate,
        message: `a patient born in ${birthYear} is under ${adultAge} at the screening (${screeningDate}): the study includes adults only`
      })
    )
  return Effect.void
}
