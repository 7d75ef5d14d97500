import type { CohortOverview } from "@cryoreg/contract"
import * as Plot from "@observablehq/plot"
import type { JSX } from "solid-js"
import { PlotFigure } from "./plot-figure"

const everyNth = (xs: ReadonlyArray<string>, n: number) => xs.filter((_, i) => i % Math.max(1, n) === 0)

/** Patients screened per month, stacked by center. */
export function EnrollmentChart(props: { readonly enrollment: CohortOverview["enrollment"] }): JSX.Element {
  const months = () => [...new Set(props.enrollment.map((e) => e.month))].sort()
  return (
    <PlotFigure
      label="Patients screened per month, stacked by center"
      draw={(width) =>
        Plot.plot({
          width,
          style: { fontSize: "13px" },
          height: 260,
          marginBottom: 50,
          color: { legend: true, scheme: "tableau10" },
          x: {
            label: null,
            tickRotate: -45,
            type: "band",
            ticks: everyNth(months(), Math.ceil((months().length * 34) / width))
          },
          y: { label: "patients screened", grid: true },
          marks: [
            Plot.barY(props.enrollment, { x: "month", y: "screened", fill: "centerId", tip: true }),
            Plot.ruleY([0])
          ]
        })
      }
    />
  )
}
