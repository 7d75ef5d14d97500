import type { CohortOverview } from "@cryoreg/contract"
import * as Plot from "@observablehq/plot"
import type { JSX } from "solid-js"
import { t } from "../i18n"
import { PlotFigure } from "./plot-figure"

type Enrollment = CohortOverview["enrollment"][number]

const everyNth = (xs: ReadonlyArray<string>, n: number) => xs.filter((_, i) => i % Math.max(1, n) === 0)

/** Patients screened per month, stacked by center. */
export function EnrollmentChart(props: {
  readonly enrollment: CohortOverview["enrollment"]
  /** The name a center is shown by (the legend and the tips name centers, not their codes). */
  readonly centerName: (id: string) => string
}): JSX.Element {
  const months = () => [...new Set(props.enrollment.map((e) => e.month))].sort()
  return (
    <PlotFigure
      label={t("analysis.cohort.enrollmentChart")}
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
          y: { label: t("analysis.cohort.enrollmentAxis"), grid: true },
          marks: [
            Plot.barY(props.enrollment, {
              x: "month",
              y: "screened",
              fill: (e: Enrollment) => props.centerName(e.centerId),
              title: (e: Enrollment) =>
                `${e.month} · ${props.centerName(e.centerId)}\n${t("analysis.cohort.screenedCol")}: ${e.screened}\n${t("analysis.cohort.treatedCol")}: ${e.treated}`,
              tip: true
            }),
            Plot.ruleY([0])
          ]
        })
      }
    />
  )
}
