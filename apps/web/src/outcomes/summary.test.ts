import type { VisitRow } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { describe, expect, it } from "vitest"
import { analgesicUse, ciOf, meanCi } from "./summary"

const row = (
  patient: string,
  timepoint: Model.Timepoint,
  nrs: number,
  odi: number | null,
  nsaids: boolean
): VisitRow => ({
  center: Model.CenterId.make("waw"),
  patient: Model.PatientId.make(patient),
  sex: "female",
  ageGroup: "<55",
  baselineNrsGroup: "7-8",
  timepoint,
  daysAfterProcedure: 0,
  outOfWindow: false,
  month: null,
  nrs,
  vas: nrs * 10,
  odi,
  nsaids,
  combinationAnalgesics: false,
  opioidContaining: false
})

describe("outcome summaries", () => {
  it("gives the mean and a t-based 95 % CI per time point", () => {
    // NRS 6, 8 at baseline: mean 7, SD √2, half-width t(0.975, 1) · √2 / √2 = 12.706
    const rows = [
      row("a", "baseline", 6, 40, true),
      row("b", "baseline", 8, 44, true),
      row("a", "month3", 3, 20, false)
    ]
    const [baseline, m3] = meanCi(rows, "nrs")
    expect(baseline?.mean).toBe(7)
    expect(baseline?.sd).toBeCloseTo(Math.SQRT2, 12)
    expect(baseline?.hi).toBeCloseTo(7 + 12.7062047, 6)
    expect(baseline?.lo).toBeCloseTo(7 - 12.7062047, 6)
    expect(m3).toMatchObject({ n: 1, mean: 3, lo: 3, hi: 3 })
  })

  it("leaves out unscored ODI forms and time points without visits", () => {
    const rows = [row("a", "baseline", 6, null, true), row("b", "baseline", 8, 44, true)]
    expect(meanCi(rows, "odi")).toEqual([
      { timepoint: "baseline", label: "Baseline", n: 1, mean: 44, sd: 0, lo: 44, hi: 44 }
    ])
  })

  it("agrees with the mean, SD and CI worked out by hand for a small cohort", () => {
    // month 3 NRS 4, 6, 9: mean 19/3; SD √(38/3 / 2) = 2.5166115; t(0.975, 2) = 4.3026527
    // half-width 4.3026527 · 2.5166115 / √3 = 6.2516095. VAS is ten times NRS.
    const rows = [
      row("a", "month3", 4, 20, false),
      row("b", "month3", 6, 30, false),
      row("c", "month3", 9, 40, true)
    ]
    const [m3] = meanCi(rows, "nrs")
    expect(m3).toMatchObject({ timepoint: "month3", label: "3 months", n: 3 })
    expect(m3?.mean).toBeCloseTo(6.3333333, 6)
    expect(m3?.sd).toBeCloseTo(2.5166115, 6)
    expect(m3?.lo).toBeCloseTo(6.3333333 - 6.2516095, 6)
    expect(m3?.hi).toBeCloseTo(6.3333333 + 6.2516095, 6)
    const [vas] = meanCi(rows, "vas")
    expect(vas?.sd).toBeCloseTo(25.166115, 5)
  })

  it("computes the CI from n, mean and SD with t at n − 1 degrees of freedom", () => {
    // n = 25: t(0.975, 24) = 2.063899; SD 5 / √25 = 1
    const { lo, hi } = ciOf(25, 10, 5)
    expect(lo).toBeCloseTo(10 - 2.063899, 5)
    expect(hi).toBeCloseTo(10 + 2.063899, 5)
  })

  it("counts analgesic use per category and time point", () => {
    const rows = [
      row("a", "baseline", 6, 40, true),
      row("b", "baseline", 8, 44, false),
      row("a", "month6", 3, 20, false)
    ]
    const use = analgesicUse(rows)
    expect(use.find((u) => u.timepoint === "baseline" && u.category === "NSAIDs")).toMatchObject({
      n: 1,
      of: 2,
      pct: 50
    })
    expect(use.find((u) => u.timepoint === "month6" && u.category === "NSAIDs")).toMatchObject({
      n: 0,
      of: 1,
      pct: 0
    })
    expect(use.filter((u) => u.timepoint === "month3")).toEqual([])
  })
})
