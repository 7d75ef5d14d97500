import * as Stats from "@cryoreg/stats"
import { Effect, Either, Schema } from "effect"
import { describeReason } from "./DescribeReason.js"
import { pairedTable } from "./Format.js"
import type { NotComputedReason } from "./Reason.js"

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
 * time points), as R's `mcnemar.test`; undefined (null) when no patient changed.
 */
export const mcnemar = (a: Uint8Array, b: Uint8Array, label: string) => {
  const table = pairedTable(a, b)
  const test = "McNemar (paired, continuity-corrected: the appropriate test)"
  const note = `discordant pairs ${table[0][1]} and ${table[1][0]}`
  return Stats.mcnemar(table, true).pipe(
    Effect.map((r): LabelledTest => ({ label, test, statistic: r.statistic, df: r.df, p: r.p, note })),
    Effect.catchTag("InsufficientData", () =>
      Effect.succeed<LabelledTest>({
        label,
        test,
        statistic: null,
        df: null,
        p: null,
        note: `${note}: no patient changed, so the test is undefined`
      })
    )
  )
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

/** A test that could not be computed: no statistic, and why in its note. */
export const notComputedTest = (label: string, test: string, why: NotComputedReason): LabelledTest => ({
  label,
  test,
  statistic: null,
  df: null,
  p: null,
  note: `not computed: ${describeReason(why)}`
})

/** A labelled test from a statistic that may have been refused (`reason` says why). */
export const labelledOrNot = <R, E>(
  result: Either.Either<R, E>,
  label: string,
  test: string,
  f: (r: R) => Omit<LabelledTest, "label" | "test">,
  reason: (e: E) => NotComputedReason
): LabelledTest =>
  Either.match(result, {
    onLeft: (e) => notComputedTest(label, test, reason(e)),
    onRight: (r) => ({ label, test, ...f(r) })
  })
