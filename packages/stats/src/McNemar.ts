import { Effect, Schema } from "effect"
import { ChiSquaredTestResult } from "./ChiSquaredTestResult.js"
import { InsufficientData, InvalidArgument, type InvalidCountTable, type RaggedMatrix } from "./Errors.js"
import { binomTwoSided } from "./internal/binomTest.js"
import { type CountTable, countTable } from "./internal/countTable.js"
import { pchisq } from "./internal/nmath/gamma.js"

/** McNemar's χ² test of paired proportions: statistic, df = r(r − 1)/2, p-value. */
export const McNemarResult = ChiSquaredTestResult
export type McNemarResult = ChiSquaredTestResult

/** McNemar's exact test: the two-sided binomial p-value of the discordant pairs. */
export const McNemarExactResult = Schema.Struct({ p: Schema.Number })
export type McNemarExactResult = typeof McNemarExactResult.Type

type McNemarError = InsufficientData | RaggedMatrix | InvalidCountTable | InvalidArgument

const squareTable = (table: ReadonlyArray<ReadonlyArray<number>>): Effect.Effect<CountTable, McNemarError> =>
  Effect.flatMap(countTable("table", table), (t) =>
    t.rows === t.columns
      ? Effect.succeed(t)
      : Effect.fail(
          new InvalidArgument({
            argument: "table",
            allowed: "a square table: the same categories before (rows) and after (columns)",
            message: `table is ${t.rows} × ${t.columns}; McNemar's test needs a square table of paired outcomes`
          })
        )
  )

const noDiscordantPairs = (i: number, j: number) =>
  new InsufficientData({
    argument: "table",
    required: 1,
    received: 0,
    message: `table[${i}][${j}] + table[${j}][${i}] = 0: no discordant pairs, so McNemar's statistic is undefined`
  })

/**
 * McNemar's χ² test on a square table of paired outcomes (2 × 2: b = table[0][1], c = table[1][0]),
 * as R's `mcnemar.test(table, correct)`: the 2 × 2 statistic is (|b − c| − 1)²/(b + c) with the
 * correction, and (b − c)²/(b + c) without it or when b = c.
 *
 * @example
 * Effect.runSync(mcnemar([[18, 12], [4, 30]], true)) // { statistic: 3.0625, df: 1, p: 0.0801… }
 */
export const mcnemar = (
  table: ReadonlyArray<ReadonlyArray<number>>,
  correct: boolean
): Effect.Effect<McNemarResult, McNemarError> =>
  Effect.flatMap(squareTable(table), ({ counts, rows: r }) => {
    // R corrects a 2 × 2 table that is not symmetric: b = table[0][1] differs from c = table[1][0]
    const corrected = correct && r === 2 && counts[1] !== counts[2]
    let statistic = 0
    for (let i = 0; i < r; i++) {
      for (let j = i + 1; j < r; j++) {
        const upper = counts[i * r + j]!
        const lower = counts[j * r + i]!
        if (upper + lower === 0) return Effect.fail(noDiscordantPairs(i, j))
        const y = corrected ? Math.abs(upper - lower) - 1 : upper - lower
        statistic += (y * y) / (upper + lower)
      }
    }
    const df = (r * (r - 1)) / 2
    return Effect.succeed({ statistic, df, p: pchisq(statistic, df, false, false) })
  })

/**
 * McNemar's exact test on a 2 × 2 table of paired outcomes: R's `binom.test(b, b + c, 0.5)` with
 * b = table[0][1] and c = table[1][0].
 *
 * @example
 * Effect.runSync(mcnemarExact([[18, 12], [4, 30]])) // { p: 0.0768… }
 */
export const mcnemarExact = (
  table: ReadonlyArray<ReadonlyArray<number>>
): Effect.Effect<McNemarExactResult, McNemarError> =>
  Effect.flatMap(squareTable(table), ({ counts, rows }): Effect.Effect<McNemarExactResult, McNemarError> => {
    if (rows !== 2) {
      return Effect.fail(
        new InvalidArgument({
          argument: "table",
          allowed: "a 2 × 2 table",
          message: `table is ${rows} × ${rows}; the exact McNemar test takes a 2 × 2 table`
        })
      )
    }
    const b = counts[1]!
    const c = counts[2]!
    if (b + c === 0) return Effect.fail(noDiscordantPairs(0, 1))
    return Effect.succeed({ p: binomTwoSided(b, b + c, 0.5) })
  })
