import { describe, expect, it } from "vitest"
import { completenessCounts } from "./completeness"

describe("completenessCounts", () => {
  it("counts a treated patient without a baseline as missing data, not as a visit still to come or overdue", () => {
    expect(completenessCounts({ timepoint: "baseline", due: 110, done: 108, overdue: 0 })).toEqual({
      missing: 2,
      open: null,
      overdue: null
    })
  })

  it("splits a follow-up's missing visits into those still in their window and those overdue", () => {
    const row = { timepoint: "month3", due: 104, done: 95, overdue: 3 } as const
    const c = completenessCounts(row)
    expect(c).toEqual({ missing: 9, open: 6, overdue: 3 })
    expect(row.done + (c.open ?? 0) + (c.overdue ?? 0)).toBe(row.due)
  })
})
