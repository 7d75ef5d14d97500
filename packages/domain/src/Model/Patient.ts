import { Schema } from "effect"
import { CenterId, PatientId } from "./Ids.js"
import { allowed } from "./Message.js"
import { TreatedSide } from "./Scales.js"

/** Sex as recorded in the study (Table 1). */
export const Sex = Schema.Literal("female", "male")
export type Sex = typeof Sex.Type

/** The earliest birth year the registry takes; the latest is the current year (`StudyCalendar.birthYearRange`). */
export const earliestBirthYear = 1900

/** Year of birth; age at a date is derived from it, so the registry stores no full birth date. */
export const BirthYear = Schema.Number.pipe(
  Schema.int({ message: allowed("birth year is a whole year between 1900 and 2100") }),
  Schema.between(earliestBirthYear, 2100, {
    message: allowed("birth year is a whole year between 1900 and 2100")
  })
)

/** A pseudonymous registry patient: no name, no birth date, only what the analysis needs. */
export class Patient extends Schema.Class<Patient>("Patient")({
  /** Pseudonymous id; the key to the person stays at the center. */
  id: PatientId,
  sex: Sex,
  birthYear: BirthYear,
  centerId: CenterId,
  /** The side(s) treated with cryoneurolysis (Table 1: right- vs left-sided procedure). */
  treatedSide: TreatedSide
}) {
  /** Age in completed years at the given year (approximate by at most one year: only the birth year is kept). */
  ageInYear(year: number): number {
    return year - this.birthYear
  }
}
