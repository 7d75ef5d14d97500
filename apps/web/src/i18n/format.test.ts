import { describe, expect, it } from "vitest"
import {
  formatDate,
  formatDateTime,
  formatDateTimeCell,
  formatMonth,
  formatNumber,
  parseDecimal,
  pickLocale,
  pluralOf
} from "./format"

describe("dates, times and numbers in each language", () => {
  it("writes one date format per language", () => {
    expect(formatDate("2026-12-07", "pl", "Europe/Warsaw")).toBe("07.12.2026")
    expect(formatDate("2026-12-07", "en", "Europe/Warsaw")).toBe("7 Dec 2026")
    // every month in three letters: September too (British English's ICU writes "Sept")
    expect(formatDate("2026-09-20", "en", "Europe/Warsaw")).toBe("20 Sep 2026")
    expect(formatDateTime("2026-09-20T10:00:00Z", "en", "Europe/Warsaw")).toBe("20 Sep 2026, 12:00")
  })

  it("shows a calendar date as that day whatever the time zone", () => {
    expect(formatDate("2026-01-01", "en", "Pacific/Kiritimati")).toBe("1 Jan 2026")
    expect(formatDate("2026-01-01", "en", "Pacific/Pago_Pago")).toBe("1 Jan 2026")
  })

  it("shows an instant in the registry's time zone, on a 24-hour clock", () => {
    // 23:30 UTC on 31 December is already 1 January in Warsaw (UTC+1 in winter)
    expect(formatDate("2026-12-31T23:30:00Z", "en", "Europe/Warsaw")).toBe("1 Jan 2027")
    expect(formatDateTime("2026-12-07T13:05:00Z", "pl", "Europe/Warsaw")).toBe("07.12.2026, 14:05")
    expect(formatDateTime("2026-07-07T13:05:00Z", "en", "Europe/Warsaw")).toBe("7 Jul 2026, 15:05")
  })

  it("writes an instant for a spreadsheet's cell: the date, a space and the time, in the registry's zone", () => {
    expect(formatDateTimeCell("2026-12-07T13:05:00Z", "pl", "Europe/Warsaw")).toBe("07.12.2026 14:05")
    expect(formatDateTimeCell("2026-12-07T13:05:00Z", "en", "Europe/Warsaw")).toBe("7 Dec 2026 14:05")
    // summer time, the day after in Warsaw, September in three letters
    expect(formatDateTimeCell("2026-09-20T22:30:00Z", "en", "Europe/Warsaw")).toBe("21 Sep 2026 00:30")
    expect(formatDateTimeCell("2026-09-20T22:30:00Z", "pl", "Europe/Warsaw")).toBe("21.09.2026 00:30")
    expect(formatDateTimeCell("not a time", "pl", "Europe/Warsaw")).toBe("not a time")
  })

  it("names a month in the language's words, September in three letters too", () => {
    expect(formatMonth("2023-12", "pl")).toBe("gru 2023")
    expect(formatMonth("2023-12", "en")).toBe("Dec 2023")
    expect(formatMonth("2024-09", "pl")).toBe("wrz 2024")
    expect(formatMonth("2024-09", "en")).toBe("Sep 2024")
    expect(formatMonth("2024-05", "pl")).toBe("maj 2024")
    // not a month: shown as it came
    expect(formatMonth("2024-13", "en")).toBe("2024-13")
    expect(formatMonth("unknown", "pl")).toBe("unknown")
  })

  it("uses the language's decimal separator", () => {
    expect(formatNumber(7.4, "pl", 1)).toBe("7,4")
    expect(formatNumber(7.4, "en", 1)).toBe("7.4")
    expect(formatNumber(1234.5, "pl", 2)).toBe("1234,50")
    expect(formatNumber(null, "pl")).toBe("—")
    expect(formatNumber(Number.NaN, "en", 1)).toBe("—")
    // a negative number with the true minus sign (U+2212), read back as typed with either sign
    expect(formatNumber(-78, "pl")).toBe("\u221278")
    expect(formatNumber(-3.8, "pl", 1)).toBe("\u22123,8")
    expect(formatNumber(-3.8, "en", 1)).toBe("\u22123.8")
    expect(parseDecimal("\u22123,8")).toBe(-3.8)
    expect(parseDecimal("-3,8")).toBe(-3.8)
  })

  it("reads a decimal typed with either separator, and nothing else", () => {
    expect(parseDecimal("7,4")).toBe(7.4)
    expect(parseDecimal(" 7.4 ")).toBe(7.4)
    expect(parseDecimal("-0,5")).toBe(-0.5)
    expect(parseDecimal("")).toBeNull()
    expect(parseDecimal("1.234,5")).toBeUndefined()
    expect(parseDecimal("7,4,1")).toBeUndefined()
    expect(parseDecimal("abc")).toBeUndefined()
  })

  it("picks the first browser language it speaks", () => {
    expect(pickLocale(["pl-PL", "en-US"])).toBe("pl")
    expect(pickLocale(["de-DE", "en-US", "pl"])).toBe("en")
    expect(pickLocale(["de-DE"])).toBe("en")
  })

  it("knows Polish plural forms", () => {
    expect([1, 2, 5, 22, 25].map((n) => pluralOf(n, "pl"))).toEqual(["one", "few", "many", "few", "many"])
  })
})
