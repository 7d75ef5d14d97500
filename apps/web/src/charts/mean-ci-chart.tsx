import type { VisitRow } from "@cryoreg/contract"
import * as Plot from "@observablehq/plot"
import type { JSX } from "solid-js"
import { range } from "../components/numbers"
import { num, t } from "../i18n"
import { type MeanCi, type Scale, timepointLabel, timepoints } from "../outcomes/summary"
import { PlotFigure } from "./plot-figure"

const order = () => timepoints.map((p) => p.label)

/** Means with 95 % CI over baseline, 3 and 6 months; each patient's trajectory underneath on demand. */
export function MeanCiChart(props: {
  readonly title: string
  readonly scale: Scale
  readonly unit: string
  readonly summary: ReadonlyArray<MeanCi>
  readonly rows: ReadonlyArray<VisitRow>
  readonly trajectories: boolean
}): JSX.Element {
  return (
    <PlotFigure
      label={t("analysis.outcomes.meanCiChart", { title: props.title })}
      draw={(width) =>
        Plot.plot({
          width,
          style: { fontSize: "13px" },
          height: 260,
          marginLeft: 44,
          x: { domain: order(), label: null, padding: 0.3 },
          y: { label: props.unit, grid: true, zero: true, tickFormat: (d: number) => num(d) },
          marks: [
            props.trajectories
              ? Plot.line(
                  props.rows.filter((r) => r[props.scale] !== null),
                  {
                    x: (r: VisitRow) => timepointLabel(r.timepoint),
                    y: props.scale,
                    z: "patient",
                    stroke: "#8a96a5",
                    strokeOpacity: 0.25
                  }
                )
              : null,
            Plot.ruleX(props.summary, { x: "label", y1: "lo", y2: "hi", stroke: "#0b5cad", strokeWidth: 3 }),
            Plot.line(props.summary, { x: "label", y: "mean", stroke: "#0b5cad" }),
            Plot.dot(props.summary, {
              x: "label",
              y: "mean",
              fill: "#0b5cad",
              r: 5,
              title: (m: MeanCi) =>
                `${m.label} (n = ${m.n})\n${t("analysis.stat.mean")}: ${num(m.mean, 2)}\n${t("analysis.stat.ci")}: ${range(m.lo, m.hi)}`,
              tip: true
            })
          ]
        })
      }
    />
  )
}
