import { describe, expect, it } from "vitest"
import { statusFilterLabel, statusFilters, statusText } from "./status"

describe("patient status in the clinic's words", () => {
  it("tells not eligible apart from undecided, and names follow-ups without code words", () => {
    expect(statusText("screened", "ineligible")).toBe("Not eligible")
    expect(statusText("screened", "incomplete")).toBe("Screened, eligibility not decided")
    expect(statusText("month6", "eligible")).toBe("6-month follow-up")
    expect(statusText("month3", "eligible")).toBe("3-month follow-up")
  })

  it("offers a filter for every status and for not eligible, each asking the API in its own words", () => {
    expect(statusFilters.map(statusFilterLabel)).toContain("Not eligible")
    expect(statusFilters.find((f) => f.key === "ineligible")?.query).toEqual({ verdict: "ineligible" })
    for (const status of ["registered", "screened", "eligible", "treated", "month3", "month6"] as const)
      expect(statusFilters.some((f) => f.query.status === status)).toBe(true)
    expect(statusFilters.every((f) => !/month\d|ineligible|incomplete/.test(statusFilterLabel(f)))).toBe(true)
  })
})
