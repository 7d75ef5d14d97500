import type { CohortOverview } from "@cryoreg/contract"
import * as Plot from "@observablehq/plot"
import type { JSX } from "solid-js"
import { month, t } from "../i18n"
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
          // room for half a month's name beside the first and the last bar
          marginLeft: 44,
          marginRight: 36,
          color: { legend: true, scheme: "tableau10" },
          x: {
            label: null,
            type: "band",
            // the month as the language names it ("gru 2023", "Dec 2023"), level and far enough apart to read
            tickFormat: month,
            ticks: everyNth(months(), Math.ceil((months().length * 80) / width))
          },
          y: { label: t("analysis.cohort.enrollmentAxis"), grid: true },
          marks: [
            Plot.barY(props.enrollment, {
              x: "month",
              y: "screened",
              fill: (e: Enrollment) => props.centerName(e.centerId),
              title: (e: Enrollment) =>
                `${month(e.month)} · ${props.centerName(e.centerId)}\n${t("analysis.cohort.screenedCol")}: ${e.screened}\n${t("analysis.cohort.treatedCol")}: ${e.treated}`,
              tip: true
            }),
            Plot.ruleY([0])
          ]
        })
      }
    />
  )
}
