import { render, screen } from "@solidjs/testing-library"
import { describe, expect, it } from "vitest"
import type { MeanCi } from "../outcomes/summary"
import { MeanCiChart } from "./mean-ci-chart"

const summary: Array<MeanCi> = [
  { timepoint: "baseline", label: "Baseline", n: 20, mean: 7.5, sd: 1, lo: 7.03, hi: 7.97 },
  { timepoint: "month3", label: "3 months", n: 20, mean: 3.5, sd: 1.5, lo: 2.8, hi: 4.2 },
  { timepoint: "month6", label: "6 months", n: 20, mean: 4, sd: 1.6, lo: 3.25, hi: 4.75 }
]

describe("<MeanCiChart />", () => {
  it("draws one labelled image with a dot per time point and an interval for each", () => {
    render(() => (
      <MeanCiChart
        title="Pain, NRS"
        scale="nrs"
        unit="NRS"
        summary={summary}
        rows={[]}
        trajectories={false}
      />
    ))
    const figure = screen.getByRole("img")
    expect(figure.getAttribute("aria-label")).toContain("Pain, NRS: mean with 95 % confidence interval")
    expect(figure.querySelectorAll("circle")).toHaveLength(3)
    expect(figure.querySelectorAll("line").length).toBeGreaterThanOrEqual(3)
    expect(figure.textContent).toContain("3 months")
    // No inner element keeps an ARIA label of its own: the figure is one image.
    expect(figure.querySelectorAll("[aria-label]")).toHaveLength(0)
  })
})
