import { assert, describe, it } from "@effect/vitest"
import { FastCheck as fc, Schema } from "effect"
import { Model } from "../../src/index.js"

// What a JavaScript Date reads and writes back unchanged: the meaning of a calendar date the rule keeps.
const byDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}
const isDate = Schema.is(Model.CalendarDate)

describe("CalendarDate", () => {
  it("takes a day that exists in the calendar, written YYYY-MM-DD, and nothing else", () => {
    for (const s of ["2024-02-29", "2000-02-29", "2026-12-07", "0000-01-01", "9999-12-31"])
      assert.isTrue(isDate(s), s)
    for (const s of ["2023-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "2026-01-00"])
      assert.isFalse(isDate(s), s)
    for (const s of [
      "2026-1-07",
      "2026/12/07",
      " 2026-12-07",
      "2026-12-07T00:00",
      "+02026-12-07",
      "２０２６-12-07"
    ])
      assert.isFalse(isDate(s), s)
  })

  it("agrees with what a Date reads back unchanged, on random strings near the format", () => {
    const digits = fc.constantFrom(..."0123456789-/+ x".split(""))
    const near = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 })
        )
        .map(
          ([y, m, d]) =>
            `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
        ),
      fc.array(digits, { minLength: 8, maxLength: 12 }).map((cs) => cs.join(""))
    )
    fc.assert(
      fc.property(near, (s) => isDate(s) === byDate(s)),
      { numRuns: 20_000 }
    )
  })
})
