import { render, screen, within } from "@solidjs/testing-library"
import { describe, expect, it } from "vitest"
import type { Cell } from "./cells"
import { Table2Layout } from "./table2-layout"

const cell = (path: string, published: number, reproduced: number): Cell => ({
  path,
  published,
  reproduced,
  difference: reproduced - published,
  agrees: Math.abs(reproduced - published) < 0.05,
  status: Math.abs(reproduced - published) < 0.05 ? "agrees" : "differs",
  reason: null,
  why: null
})

// A hand-made Table 2: NRS baseline reproduced exactly, 3 months off by 0.2 in the mean.
const cells: Array<Cell> = [
  cell("table2.nrs.baseline[0]", 7.4, 7.4),
  cell("table2.nrs.baseline[1]", 1.1, 1.1),
  cell("table2.nrs.m3[0]", 3.6, 3.8),
  cell("table2.nrs.m3[1]", 1.5, 1.5),
  cell("table2.nrs.changeM3", -3.8, -3.6),
  cell("table2.nrs.changeM3Pct", -51.4, -48.6),
  cell("table2.vas.baseline[0]", 74, 74),
  cell("table2.vas.baseline[1]", 12, 12)
]

describe("<Table2Layout />", () => {
  it("prints each cell reproduced above published, mean ± SD, and marks the cells that differ", () => {
    render(() => <Table2Layout cells={cells} />)
    const nrs = screen.getByRole("row", { name: /NRS \(0–10\)/ })
    const [baseline, m3, , change] = within(nrs).getAllByRole("cell")
    expect(baseline?.textContent).toBe("7.4 ± 1.17.4 ± 1.1")
    expect(baseline?.className).not.toContain("bad")
    expect(m3?.textContent).toBe("3.8 ± 1.53.6 ± 1.5")
    expect(m3?.className).toContain("bad")
    expect(change?.textContent).toBe("−3.6 (−48.6 %)−3.8 (−51.4 %)")
    const vas = screen.getByRole("row", { name: /VAS \(mm\)/ })
    expect(within(vas).getAllByRole("cell")[1]?.textContent).toBe("— ± —— ± —")
  })
})
