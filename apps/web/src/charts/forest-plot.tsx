import * as Plot from "@observablehq/plot"
import type { JSX } from "solid-js"
import { range } from "../components/numbers"
import { num, t } from "../i18n"
import type { ForestRow } from "../subgroups/forest"
import { PlotFigure } from "./plot-figure"

const name = (r: ForestRow) => `${r.family}: ${r.group}`
const estimate = (r: ForestRow) => `${num(r.mean, 1)} (${range(r.lo, r.hi, 1)})`
/** Room for the longest of these texts at 13 px (about 7.5 px a character), never less than `least`. */
const roomFor = (texts: ReadonlyArray<string>, least: number) =>
  Math.max(least, 24 + 7.5 * Math.max(0, ...texts.map((s) => s.length)))

/** A forest plot: each subgroup's mean NRS change at 6 months with its 95 % CI, grouped by family. */
export function ForestPlot(props: { readonly rows: ReadonlyArray<ForestRow> }): JSX.Element {
  return (
    <PlotFigure
      label={t("analysis.subgroups.forestChart")}
      // Never narrower than its margins, the names and the numbers need: on a phone it scrolls in its box.
      draw={(width) =>
        Plot.plot({
          width: Math.max(width, 640),
          style: { fontSize: "13px" },
          height: 70 + 36 * props.rows.length,
          // Room for the longest subgroup name, which is longer in Polish ("Wyjściowe NRS: NRS 9–10").
          marginLeft: roomFor(props.rows.map(name), 170),
          // and for the longest estimate, longer in Polish ("−3,4 (od −4,0 do −2,8)")
          marginRight: roomFor(props.rows.map(estimate), 150),
          marginBottom: 56,
          x: { label: t("analysis.subgroups.forestAxis"), grid: true, tickFormat: (d: number) => num(d) },
          y: { label: null, domain: props.rows.map(name) },
          marks: [
            Plot.ruleX([0], { stroke: "#4f5b69" }),
            Plot.link(props.rows, {
              x1: "lo",
              x2: "hi",
              y1: name,
              y2: name,
              stroke: "#0b5cad",
              strokeWidth: 2
            }),
            Plot.dot(props.rows, {
              x: "mean",
              y: name,
              fill: "#0b5cad",
              r: 5,
              title: (r: ForestRow) =>
                `${name(r)} (n = ${r.n})\n${t("analysis.subgroups.meanChange")}: ${num(r.mean, 2)}\n${t("analysis.stat.ci")}: ${range(r.lo, r.hi)}`,
              tip: true
            }),
            Plot.text(props.rows, {
              y: name,
              frameAnchor: "right",
              textAnchor: "start",
              dx: 12,
              text: estimate
            })
          ]
        })
      }
    />
  )
}
