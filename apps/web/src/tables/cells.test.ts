import { describe, expect, it } from "vitest"
import { byTable, type Cell, cellLabel, counts, reproducedText, show, statusText } from "./cells"

const cell = (
  path: string,
  published: number | string,
  reproduced: number | string | null,
  agrees: boolean
): Cell => ({
  path,
  published,
  reproduced,
  difference: typeof published === "number" && typeof reproduced === "number" ? reproduced - published : null,
  agrees,
  status: agrees ? "agrees" : "differs",
  reason: null,
  why: null
})

describe("comparison cells", () => {
  it("names a cell's path in the study's words", () => {
    expect(cellLabel("table2.nrs.baseline[0]", 2)).toBe("NRS · baseline · mean")
    expect(cellLabel("table2.nrs.baseline[1]", 2)).toBe("NRS · baseline · SD")
    expect(cellLabel("table4.reduction50.m6[2]", 3)).toBe("≥ 50 % reduction · 6 months · %")
    expect(cellLabel("table7.localHematoma[0]", 2)).toBe("local hematoma · n")
    expect(cellLabel("table2.pairwise.m3_m6", 0)).toBe("post hoc · 3 vs 6 months, p")
  })

  it("groups cells by table in numeric order and reads tuple lengths from the cells", () => {
    const groups = byTable([
      cell("table10.p.responder", 0.44, 0.5, false),
      cell("table4.reduction30.m3[0]", 81, 81, true),
      cell("table4.reduction30.m3[1]", 107, 107, true),
      cell("table4.reduction30.m3[2]", 75.7, 75.7, true),
      cell("table2.rmAnovaTime", "<0.001", "<0.001", true)
    ])
    expect(groups.map(([t]) => t)).toEqual(["table2", "table4", "table10"])
    expect(groups[1]?.[1].map((c) => c.label)).toEqual([
      "≥ 30 % reduction · 3 months · n",
      "≥ 30 % reduction · 3 months · of",
      "≥ 30 % reduction · 3 months · %"
    ])
  })

  it("prints missing values as a dash and rounds long decimals", () => {
    expect(show(null)).toBe("—")
    expect(show(0.123456)).toBe("0.123")
    expect(show("<0.001")).toBe("<0.001")
  })

  it("shows a cell not computed with its reason, and counts it apart from agreeing and differing", () => {
    const missing: Cell = {
      path: "table2.rmAnovaTime",
      published: "<0.001",
      reproduced: null,
      difference: null,
      agrees: false,
      status: "notComputed",
      reason:
        "only 1 patient has an NRS at baseline, 3 and 6 months: too few for the repeated-measures ANOVA",
      why: { code: "tooFew", params: { n: 1, who: { measure: "nrs", at: "all" }, test: "rmAnova" } }
    }
    expect(reproducedText(missing)).toBe(
      "not computed: only 1 patient has an NRS at baseline, 3 and 6 months: too few for the repeated-measures ANOVA"
    )
    expect(statusText(missing)).toBe("not computed")
    expect(
      counts([missing, cell("table1.ageMean", 55.8, 55.8, true), cell("table1.ageSd", 9, 8, false)])
    ).toEqual({
      agrees: 1,
      differs: 1,
      notComputed: 1
    })
  })
})
