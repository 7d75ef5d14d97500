import * as Plot from "@observablehq/plot"
import type { JSX } from "solid-js"
import type { ForestRow } from "../subgroups/forest"
import { PlotFigure } from "./plot-figure"

/** A forest plot: each subgroup's mean NRS change at 6 months with its 95 % CI, grouped by family. */
export function ForestPlot(props: { readonly rows: ReadonlyArray<ForestRow> }): JSX.Element {
  return (
    <PlotFigure
      label="Forest plot of the NRS change at 6 months by sex, age group and baseline severity, with 95 % confidence intervals"
      draw={() =>
        Plot.plot({
          width: 640,
          height: 340,
          marginLeft: 100,
          marginRight: 110,
          x: { label: "NRS change at 6 months (points; more negative is better)", grid: true },
          y: { label: null, domain: props.rows.map((r) => r.group) },
          fy: { label: null, domain: [...new Set(props.rows.map((r) => r.family))] },
          marks: [
            Plot.ruleX([0], { stroke: "#4f5b69" }),
            Plot.link(props.rows, {
              fy: "family",
              x1: "lo",
              x2: "hi",
              y1: "group",
              y2: "group",
              stroke: "#0b5cad",
              strokeWidth: 2
            }),
            Plot.dot(props.rows, { fy: "family", x: "mean", y: "group", fill: "#0b5cad", r: 5, tip: true }),
            Plot.text(props.rows, {
              fy: "family",
              y: "group",
              frameAnchor: "right",
              dx: 105,
              text: (r: ForestRow) => `${r.mean.toFixed(1)} (${r.lo.toFixed(1)} to ${r.hi.toFixed(1)})`
            })
          ]
        })
      }
    />
  )
}
