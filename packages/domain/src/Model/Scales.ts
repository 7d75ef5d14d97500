import { Schema } from "effect"
import { allowed } from "./Message.js"

/** Numeric Rating Scale of pain intensity: an integer from 0 (no pain) to 10 (worst imaginable). */
export const Nrs = Schema.Number.pipe(
  Schema.int({ message: allowed("NRS is an integer from 0 to 10") }),
  Schema.between(0, 10, { message: allowed("NRS is an integer from 0 to 10") }),
  Schema.annotations({ identifier: "Nrs", title: "NRS (0–10)" })
)
export type Nrs = typeof Nrs.Type

/** Visual Analog Scale of pain intensity in millimetres on a 100 mm line, 0–100. */
export const VasMm = Schema.Number.pipe(
  Schema.between(0, 100, {
    message: allowed("VAS is measured in mm from 0 to 100"),
    arbitrary: () => (fc) =>
      fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }))
  }),
  Schema.annotations({ identifier: "VasMm", title: "VAS (mm, 0–100)" })
)
export type VasMm = typeof VasMm.Type

// "YYYY-MM-DD" of a day in the (proleptic Gregorian) calendar, years 0000–9999: what a `Date` parses and
// writes back unchanged, checked with arithmetic (the import checks ≈ 20 dates a patient; a `Date` and its
// ISO string each cost more than the rest of the check).
const daysIn = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : Number.NaN
}
const isCalendarDate = (s: string): boolean => {
  if (s.length !== 10 || s[4] !== "-" || s[7] !== "-") return false
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3)
  const month = digit(s, 5) * 10 + digit(s, 6)
  const day = digit(s, 8) * 10 + digit(s, 9)
  if (Number.isNaN(year + month + day) || month < 1 || month > 12 || day < 1) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return day <= (month === 2 && leap ? 29 : daysIn[month - 1]!)
}

/** A calendar date "YYYY-MM-DD" (no time, no time zone), as clinical forms record it. */
export const CalendarDate = Schema.String.pipe(
  Schema.filter(isCalendarDate, {
    identifier: "CalendarDate",
    message: allowed('a date is written "YYYY-MM-DD" and must exist in the calendar (e.g. "2024-03-15")'),
    arbitrary: () => (fc) =>
      fc
        .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 11, 31) })
        .map((ms) => new Date(ms).toISOString().slice(0, 10))
  })
)
export type CalendarDate = typeof CalendarDate.Type

/** One side of the body: a lesion or a block is on the left or the right. */
export const Side = Schema.Literal("left", "right")
export type Side = typeof Side.Type

/** The side(s) treated in a procedure. */
export const TreatedSide = Schema.Literal("left", "right", "bilateral")
export type TreatedSide = typeof TreatedSide.Type

/** An answer to an exclusion question: "unknown" means not yet asked or not documented. */
export const Answer = Schema.Literal("yes", "no", "unknown")
export type Answer = typeof Answer.Type

/** A non-negative number of months (pain duration, months of failed conservative care). */
export const Months = Schema.Number.pipe(
  Schema.between(0, 1200, {
    message: allowed("a duration in months is a number from 0 to 1200"),
    arbitrary: () => (fc) =>
      fc.oneof(fc.integer({ min: 0, max: 48 }), fc.double({ min: 0, max: 1200, noNaN: true }))
  })
)

/** A positive volume in millilitres, at most 20 ml. */
export const Millilitres = Schema.Number.pipe(
  Schema.greaterThan(0, { message: allowed("a volume in ml is greater than 0") }),
  Schema.lessThanOrEqualTo(20, {
    message: allowed("a volume in ml is at most 20"),
    arbitrary: () => (fc) => fc.integer({ min: 1, max: 200 }).map((tenths) => tenths / 10)
  })
)
