import type { Analysis } from "@cryoreg/domain"
import { describe, expect, it } from "vitest"
import { leftOutOf } from "./coverage"

const scale = (leftOut: number) => ({
  baseline: 50,
  m3: 48,
  m6: 46,
  changeM3: 48,
  changeM6: 46,
  completeCases: 50 - leftOut,
  leftOut
})

// A hand-made coverage: 50 patients, 4 without a 6-month visit, 1 also without a 3-month one.
const coverage = {
  cohort: 50,
  table1: { patients: 50, nrs: 50, vas: 50, odi: 50, leftOut: 0 },
  table2: { nrs: scale(4), vas: scale(5) },
  table3: { odi: scale(4) },
  table4: { m3: 49, m6: 46, paired: 46, leftOut: 4 }
} as unknown as Analysis.ReportCoverage

describe("leftOutOf", () => {
  it("reads a table's count, the largest of its scales for Tables 2–3, and 0 when nobody or nothing is there", () => {
    expect(leftOutOf(coverage, "table1")).toBe(0)
    expect(leftOutOf(coverage, "table2")).toBe(5)
    expect(leftOutOf(coverage, "table3")).toBe(4)
    expect(leftOutOf(coverage, "table4")).toBe(4)
    expect(leftOutOf(coverage, "table9")).toBe(0)
    expect(leftOutOf(undefined, "table2")).toBe(0)
  })
})
