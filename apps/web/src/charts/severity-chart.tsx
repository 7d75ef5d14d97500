import type { Model } from "@cryoreg/domain"
import * as Plot from "@observablehq/plot"
import type { JSX } from "solid-js"
import { t } from "../i18n"
import { PlotFigure } from "./plot-figure"

/** Events of one type and severity. */
export interface Count {
  readonly type: Model.AdverseEventType
  readonly severity: Model.Severity
  readonly count: number
}

const severities = ["mild", "moderate", "severe"] as const

/** Adverse events by type as horizontal bars, stacked by severity. */
export function SeverityChart(props: { readonly counts: ReadonlyArray<Count> }): JSX.Element {
  return (
    <PlotFigure
      label={t("analysis.safety.severityChart")}
      draw={(width) =>
        Plot.plot({
          width,
          style: { fontSize: "13px" },
          height: 60 + 34 * new Set(props.counts.map((c) => c.type)).size,
          // Room for the longest type as the language names it (Polish names are longer).
          marginLeft: Math.max(
            190,
            16 + 7 * Math.max(0, ...props.counts.map((c) => t(`study.adverseEventType.${c.type}`).length))
          ),
          color: {
            domain: severities.map((s) => t(`study.severity.${s}`)),
            range: ["#7fb3e0", "#e07b00", "#a4161a"],
            legend: true
          },
          // the axis's title on a line of its own, below the last tick's number (it covered the "10")
          marginBottom: 46,
          x: { label: t("analysis.safety.eventsAxis"), labelOffset: 42, grid: true },
          y: { label: null },
          marks: [
            Plot.barX(props.counts, {
              x: "count",
              y: (c: Count) => t(`study.adverseEventType.${c.type}`),
              fill: (c: Count) => t(`study.severity.${c.severity}`),
              sort: { y: "-x" },
              title: (c: Count) =>
                `${t(`study.adverseEventType.${c.type}`)} · ${t(`study.severity.${c.severity}`)}: ${c.count}`,
              tip: true
            }),
            Plot.ruleX([0])
          ]
        })
      }
    />
  )
}
