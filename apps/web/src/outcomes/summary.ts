import type { VisitRow } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import * as Stats from "@cryoreg/stats"
import { t as text } from "../i18n"

/** The study's time points in order, with the labels the charts print (in the chosen language). */
export const timepoints: ReadonlyArray<{ readonly key: Model.Timepoint; readonly label: string }> = [
  {
    key: "baseline",
    get label() {
      return text("study.timepoint.baseline")
    }
  },
  {
    key: "month3",
    get label() {
      return text("study.timepoint.month3")
    }
  },
  {
    key: "month6",
    get label() {
      return text("study.timepoint.month6")
    }
  }
]

/** Label of a time point, in the chosen language. */
export const timepointLabel = (t: Model.Timepoint): string => text(`study.timepoint.${t}`)

/** The outcome scales of a visit row. */
export type Scale = "nrs" | "vas" | "odi"

/** Mean of a scale at one time point with its 95 % confidence interval (Student t, n − 1 df). */
export interface MeanCi {
  readonly timepoint: Model.Timepoint
  readonly label: string
  readonly n: number
  readonly mean: number
  readonly sd: number
  readonly lo: number
  readonly hi: number
}

/** Mean, SD and 95 % CI from n, mean and SD (the half-width is t₀.₉₇₅,ₙ₋₁ · SD / √n). */
export const ciOf = (n: number, mean: number, sd: number): { lo: number; hi: number } => {
  if (n < 2) return { lo: mean, hi: mean }
  const half = (Stats.tQuantile(0.975, n - 1) * sd) / Math.sqrt(n)
  return { lo: mean - half, hi: mean + half }
}

/** Mean with 95 % CI of one scale at each time point, over the rows that have a value. */
export const meanCi = (rows: ReadonlyArray<VisitRow>, scale: Scale): Array<MeanCi> =>
  timepoints.flatMap(({ key, label }) => {
    const xs = rows.filter((r) => r.timepoint === key).flatMap((r) => (r[scale] === null ? [] : [r[scale]]))
    const n = xs.length
    if (n === 0) return []
    const mean = xs.reduce((a, b) => a + b, 0) / n
    const sd = n < 2 ? 0 : Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1))
    return [{ timepoint: key, label, n, mean, sd, ...ciOf(n, mean, sd) }]
  })

/** Analgesic categories of the visit export. */
export const analgesicCategories = (["nsaids", "combinationAnalgesics", "opioidContaining"] as const).map(
  (key) => ({
    key,
    get label() {
      return text(`analysis.outcomes.categories.${key}`)
    }
  })
)

/** Share of patients taking each analgesic category at each time point. */
export const analgesicUse = (rows: ReadonlyArray<VisitRow>) =>
  timepoints.flatMap(({ key, label }) => {
    const at = rows.filter((r) => r.timepoint === key)
    return at.length === 0
      ? []
      : analgesicCategories.map((c) => {
          const k = at.filter((r) => r[c.key]).length
          return { timepoint: key, label, category: c.label, n: k, of: at.length, pct: (100 * k) / at.length }
        })
  })
