import type { ReportResponse } from "@cryoreg/contract"
import type { Bar } from "../charts/grouped-bar-chart"

/** The responder thresholds of Table 4, as the charts name them. */
export const thresholds = [
  { key: "reduction50", label: "NRS reduced ≥ 50 %", short: "≥ 50 % less" },
  { key: "reduction30", label: "NRS reduced ≥ 30 %", short: "≥ 30 % less" },
  { key: "nrsAtMost2", label: "NRS ≤ 2", short: "NRS ≤ 2" }
] as const

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
    (["m3", "m6"] as const).flatMap((t) => {
      const cell = report.table4[key][t]
      if (cell._tag === "NotComputed") return []
      const [n, of, pct] = cell.value
      return [{ threshold: label, short, timepoint: t === "m3" ? "3 months" : "6 months", n, of, pct }]
    })
  )

/** Responder rates as grouped bars. */
export const responderBars = (rates: ReadonlyArray<ResponderRate>): Array<Bar> =>
  rates.map((r) => ({ group: r.short, series: r.timepoint, pct: r.pct }))
