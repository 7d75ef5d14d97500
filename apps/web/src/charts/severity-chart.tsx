import * as Plot from "@observablehq/plot"
import type { JSX } from "solid-js"
import { PlotFigure } from "./plot-figure"

/** Adverse events by type as horizontal bars, stacked by severity. */
export function SeverityChart(props: {
  readonly counts: ReadonlyArray<{ type: string; severity: string; count: number }>
}): JSX.Element {
  return (
    <PlotFigure
      label="Adverse events by type, stacked by severity"
      draw={(width) =>
        Plot.plot({
          width,
          style: { fontSize: "13px" },
          height: 60 + 34 * new Set(props.counts.map((c) => c.type)).size,
          marginLeft: 190,
          color: {
            domain: ["mild", "moderate", "severe"],
            range: ["#7fb3e0", "#e07b00", "#a4161a"],
            legend: true
          },
          x: { label: "events", grid: true },
          y: { label: null },
          marks: [
            Plot.barX(props.counts, {
              x: "count",
              y: "type",
              fill: "severity",
              sort: { y: "-x" },
              tip: true
            }),
            Plot.ruleX([0])
          ]
        })
      }
    />
  )
}
