import type { ReportResponse } from "@cryoreg/contract"
import type { Bar } from "../charts/grouped-bar-chart"
import { t } from "../i18n"
import { timepointLabel } from "../i18n/study-words"

/** The responder thresholds of Table 4, as the charts name them. */
export const thresholds = (["reduction50", "reduction30", "nrsAtMost2"] as const).map((key) => ({
  key,
  get label() {
    return t(`analysis.outcomes.thresholds.${key}`)
  },
  get short() {
    return t(`analysis.outcomes.short.${key}`)
  }
}))

/** One responder rate: threshold, time point, patients, of how many, percent. */
export interface ResponderRate {
  readonly threshold: string
  /** The threshold as the chart's axis prints it. */
  readonly short: string
  readonly timepoint: string
  readonly n: number
  readonly of: number
  readonly pct: number
}

/** Responder rates at 3 and 6 months from the report's Table 4 (those it could compute). */
export const responderRates = (report: ReportResponse["report"]): Array<ResponderRate> =>
  thresholds.flatMap(({ key, label, short }) =>
    (["m3", "m6"] as const).flatMap((time) => {
      const cell = report.table4[key][time]
      if (cell._tag === "NotComputed") return []
      const [n, of, pct] = cell.value
      const timepoint = timepointLabel(time === "m3" ? "month3" : "month6")
      return [{ threshold: label, short, timepoint, n, of, pct }]
    })
  )

/** Responder rates as grouped bars. */
export const responderBars = (rates: ReadonlyArray<ResponderRate>): Array<Bar> =>
  rates.map((r) => ({ group: r.short, series: r.timepoint, pct: r.pct }))
