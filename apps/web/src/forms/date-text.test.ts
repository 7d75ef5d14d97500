import { describe, expect, it } from "vitest"
import { readDate, writeDate } from "./date-text"

describe("readDate in Polish", () => {
  it("reads day-first dates with dots, slashes or dashes, and ISO", () => {
    for (const text of ["07.12.2026", "7.12.2026", "7/12/2026", "7-12-2026", " 07.12.2026 ", "2026-12-07"])
      expect(readDate(text, "pl"), text).toEqual({ iso: "2026-12-07" })
  })

  it("accepts 29 February of a leap year and refuses 31 February as a day not in the calendar", () => {
    expect(readDate("29.02.2028", "pl")).toEqual({ iso: "2028-02-29" })
    expect(readDate("31.02.2026", "pl")).toEqual({ wrong: "calendar", text: "31.02.2026" })
    expect(readDate("29.02.2026", "pl")).toEqual({ wrong: "calendar", text: "29.02.2026" })
    expect(readDate("07.13.2026", "pl")).toEqual({ wrong: "calendar", text: "07.13.2026" })
  })

  it("refuses what is not a date, and leaves a blank field blank", () => {
    expect(readDate("jutro", "pl")).toEqual({ wrong: "format" })
    expect(readDate("12.2026", "pl")).toEqual({ wrong: "format" })
    expect(readDate("  ", "pl")).toBeNull()
  })
})

describe("readDate in English", () => {
  it("reads the month in words, short or long, and ISO", () => {
    for (const text of ["7 Dec 2026", "07 Dec 2026", "7 December 2026", "7 dec. 2026", "2026-12-07"])
      expect(readDate(text, "en"), text).toEqual({ iso: "2026-12-07" })
    expect(readDate("15 Sept 2026", "en")).toEqual({ iso: "2026-09-15" })
    expect(readDate("29 Feb 2028", "en")).toEqual({ iso: "2028-02-29" })
  })

  it("refuses a numeric day-month date, which English readers take either way, and impossible days", () => {
    expect(readDate("7/12/2026", "en")).toEqual({ wrong: "format" })
    expect(readDate("07.12.2026", "en")).toEqual({ wrong: "format" })
    expect(readDate("31 Feb 2026", "en")).toEqual({ wrong: "calendar", text: "31 Feb 2026" })
    expect(readDate("2026-02-31", "en")).toEqual({ wrong: "calendar", text: "2026-02-31" })
    expect(readDate("7 Decembre 2026", "en")).toEqual({ wrong: "format" })
  })
})

describe("writeDate", () => {
  it("writes the language's one format, which readDate reads back", () => {
    expect(writeDate("2026-12-07", "pl")).toBe("07.12.2026")
    expect(writeDate("2026-12-07", "en")).toBe("7 Dec 2026")
    for (const locale of ["pl", "en"] as const)
      for (const day of ["2026-01-31", "2026-09-15", "2028-02-29"])
        expect(readDate(writeDate(day, locale), locale)).toEqual({ iso: day })
  })
})
