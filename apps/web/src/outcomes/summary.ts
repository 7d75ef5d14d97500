import type { VisitRow } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import * as Stats from "@cryoreg/stats"
import { Effect, Option } from "effect"
import { t as text } from "../i18n"
import { timepointLabel } from "../i18n/study-words"

export { timepointLabel } from "../i18n/study-words"

/** The study's time points in order (the domain's), with the labels the charts print (in the chosen language). */
export const timepoints: ReadonlyArray<{ readonly key: Model.Timepoint; readonly label: string }> =
  Model.Timepoint.literals.map((key) => ({
    key,
    get label() {
      return timepointLabel(key)
    }
  }))

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

/** Mean with 95 % CI of one scale at each time point, over the rows that have a value (`Stats.describe`). */
export const meanCi = (rows: ReadonlyArray<VisitRow>, scale: Scale): Array<MeanCi> =>
  timepoints.flatMap(({ key, label }) => {
    const xs = rows.filter((r) => r.timepoint === key).flatMap((r) => (r[scale] === null ? [] : [r[scale]]))
    // no value at this time point: no point on the chart
    const described = Effect.runSync(Effect.option(Stats.describe(xs)))
    return Option.match(described, {
      onNone: () => [],
      onSome: ({ n, mean, sd }) => [
        { timepoint: key, label, n, mean, sd: sd ?? 0, ...ciOf(n, mean, sd ?? 0) }
      ]
    })
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
