import * as Plot from "@observablehq/plot"
import type { JSX } from "solid-js"
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
      label="Eligibility funnel: screened, eligible, treated, followed up at 3 and 6 months"
      draw={(width) =>
        Plot.plot({
          width,
          style: { fontSize: "13px" },
          height: 220,
          marginLeft: 140,
          marginRight: 40,
          x: { label: "patients", grid: true },
          y: { label: null, domain: props.stages.map((s) => s.stage) },
          marks: [
            Plot.barX(props.stages, { x: "patients", y: "stage", fill: "#0b5cad", tip: true }),
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
