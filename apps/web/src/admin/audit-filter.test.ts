import { describe, expect, it } from "vitest"
import { rangeReversed } from "./audit-filter"

describe("rangeReversed", () => {
  it("is true only when both days are given and the first comes after the second", () => {
    expect(rangeReversed({ from: "2026-12-09", to: "2026-12-01" })).toBe(true)
    expect(rangeReversed({ from: "2026-12-01", to: "2026-12-09" })).toBe(false)
    expect(rangeReversed({ from: "2026-12-09", to: "2026-12-09" })).toBe(false)
    expect(rangeReversed({ from: "2026-12-09" })).toBe(false)
    expect(rangeReversed({ from: "2026-12-09", to: "9.12.2026" })).toBe(false)
  })
})
