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

const isCalendarDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
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
