import { Data, Effect } from "effect"

/** The youngest age, in years, at which a patient may be screened for the study (adults only). */
export const adultAge = 18

/** A birth year after the current year. */
export class BirthYearInFuture extends Data.TaggedError("BirthYearInFuture")<{
  readonly birthYear: number
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
  if (birthYear > Number(today.slice(0, 4)))
    return Effect.fail(
      new BirthYearInFuture({
        birthYear,
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
