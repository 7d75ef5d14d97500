import * as Plot from "@observablehq/plot"
import type { JSX } from "solid-js"
import { t } from "../i18n"
import { PlotFigure } from "./plot-figure"

/** One stage of the eligibility funnel. */
export interface Stage {
  readonly stage: string
  readonly patients: number
}

/** The eligibility funnel as horizontal bars, in the order patients pass the stages. */
export function FunnelChart(props: { readonly stages: ReadonlyArray<Stage> }): JSX.Element {
  return (
    <PlotFigure
      label={t("analysis.cohort.funnelChart")}
      draw={(width) =>
        Plot.plot({
          width,
          style: { fontSize: "13px" },
          height: 220,
          marginLeft: 140,
          marginRight: 40,
          x: { label: t("analysis.cohort.patientsAxis"), grid: true },
          y: { label: null, domain: props.stages.map((s) => s.stage) },
          marks: [
            Plot.barX(props.stages, {
              x: "patients",
              y: "stage",
              fill: "#0b5cad",
              title: (s: Stage) => `${s.stage}: ${s.patients}`,
              tip: true
            }),
            Plot.text(props.stages, {
              x: "patients",
              y: "stage",
              text: "patients",
              dx: 4,
              textAnchor: "start"
            }),
            Plot.ruleX([0])
          ]
        })
      }
    />
  )
}
