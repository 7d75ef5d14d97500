import * as Stats from "@cryoreg/stats"
import { Effect, Schema } from "effect"
import { discordant } from "./Format.js"

/** One test the report computed from the records, labelled as the paper's or as the appropriate alternative. */
export const LabelledTest = Schema.Struct({
  label: Schema.String,
  test: Schema.String,
  statistic: Schema.NullOr(Schema.Number),
  df: Schema.NullOr(Schema.Number),
  p: Schema.NullOr(Schema.Number),
  note: Schema.optional(Schema.String)
})
export type LabelledTest = typeof LabelledTest.Type

/** Pearson chi-square of a count table, as the paper names it (no continuity correction). */
export const chiSquareAsPublished = (table: ReadonlyArray<ReadonlyArray<number>>, label: string) =>
  Effect.map(Stats.chiSquare(table, false), (r) => ({
    label,
    test: "Pearson chi-square (as published)",
    statistic: r.statistic,
    df: r.df,
    p: r.p
  }))

/**
 * McNemar's test with continuity correction for paired 0/1 outcomes (the same patients at two
 * time points), computed from the discordant pairs with `@cryoreg/stats`'s chi-square tail.
 */
export const mcnemar = (a: Uint8Array, b: Uint8Array, label: string): LabelledTest => {
  const d = discordant(a, b)
  const statistic = d.b + d.c === 0 ? 0 : (Math.abs(d.b - d.c) - 1) ** 2 / (d.b + d.c)
  return {
    label,
    test: "McNemar (paired, continuity-corrected: the appropriate test)",
    statistic,
    df: 1,
    p: d.b + d.c === 0 ? 1 : Stats.chiSquareCdfUpper(statistic, 1),
    note: `discordant pairs ${d.b} and ${d.c}`
  }
}

/** Shapiro-Wilk per time point, or a note when n is beyond its 5000-observation limit. */
export const shapiro = (x: Float64Array, label: string): Effect.Effect<LabelledTest, Stats.StatsError> =>
  x.length > Stats.shapiroWilkMaxN
    ? Effect.succeed({
        label,
        test: "Shapiro-Wilk",
        statistic: null,
        df: null,
        p: null,
        note: `not computed: n = ${x.length} > ${Stats.shapiroWilkMaxN}`
      })
    : Effect.map(Stats.shapiroWilk(x), (r) => ({
        label,
        test: "Shapiro-Wilk",
        statistic: r.w,
        df: null,
        p: r.p
      }))
