import * as Plot from "@observablehq/plot"
import type { JSX } from "solid-js"
import { num } from "../i18n"
import { PlotFigure } from "./plot-figure"

/** One bar: a group on the x axis, a series within it, and a percentage. */
export interface Bar {
  readonly group: string
  readonly series: string
  readonly pct: number
}

/** Percentages as grouped bars (responders by threshold, analgesic use by category), with a legend. */
export function GroupedBarChart(props: {
  readonly label: string
  readonly bars: ReadonlyArray<Bar>
  readonly groups: ReadonlyArray<string>
  readonly series: ReadonlyArray<string>
}): JSX.Element {
  return (
    <PlotFigure
      label={props.label}
      draw={(width) =>
        Plot.plot({
          width,
          style: { fontSize: "13px" },
          height: 260,
          marginLeft: 44,
          color: { domain: [...props.series], range: ["#0b5cad", "#e07b00", "#5b8c3a"], legend: true },
          fx: { domain: [...props.groups], label: null },
          x: { domain: [...props.series], axis: null },
          y: { label: "%", domain: [0, 100], grid: true },
          marks: [
            Plot.barY(props.bars, {
              fx: "group",
              x: "series",
              y: "pct",
              fill: "series",
              title: (b: Bar) => `${b.group} · ${b.series}: ${num(b.pct, 1)} %`,
              tip: true
            }),
            Plot.ruleY([0])
          ]
        })
      }
    />
  )
}
