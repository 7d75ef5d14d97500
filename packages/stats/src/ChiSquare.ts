import { Effect, Schema } from "effect"
import type { InsufficientData, InvalidCountTable, RaggedMatrix } from "./Errors.js"
import { countTable, requirePositiveMargins } from "./internal/countTable.js"
import { pchisq } from "./internal/nmath/gamma.js"

/** Pearson's χ² test of independence, with the expected counts and a small-expected-count flag. */
export const ChiSquareResult = Schema.Struct({
  statistic: Schema.Number,
  df: Schema.Number,
  p: Schema.Number,
  /** Expected counts under independence, E = row total · column total / N. */
  expected: Schema.Array(Schema.Array(Schema.Number)),
  /** True when some expected count is below 5 (R warns that the approximation may be incorrect). */
  lowExpected: Schema.Boolean
})
export type ChiSquareResult = typeof ChiSquareResult.Type

/**
 * Pearson's χ² test on an r × c table of counts, as R's `chisq.test(table, correct = yates)`;
 * the Yates correction min(0.5, min|O − E|) applies to 2 × 2 tables only.
 *
 * @example
 * Effect.runSync(chiSquare([[26, 20], [13, 21]], true)) // { statistic: 1.93…, df: 1, p: 0.164…, … }
 */
export const chiSquare = (
  table: ReadonlyArray<ReadonlyArray<number>>,
  yates: boolean
): Effect.Effect<ChiSquareResult, InsufficientData | RaggedMatrix | InvalidCountTable> =>
  Effect.map(
    Effect.flatMap(countTable("table", table), (t) => requirePositiveMargins("table", t)),
    ({ counts, rows, columns, rowSums, columnSums, total }) => {
      const expected = new Float64Array(rows * columns)
      let lowExpected = false
      let smallestDeviation = Number.POSITIVE_INFINITY
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < columns; j++) {
          const e = (rowSums[i]! * columnSums[j]!) / total
          expected[i * columns + j] = e
          if (e < 5) lowExpected = true
          smallestDeviation = Math.min(smallestDeviation, Math.abs(counts[i * columns + j]! - e))
        }
      }
      const correction = yates && rows === 2 && columns === 2 ? Math.min(0.5, smallestDeviation) : 0
      let statistic = 0
      // column-major, the order R sums the matrix in
      for (let j = 0; j < columns; j++) {
        for (let i = 0; i < rows; i++) {
          const e = expected[i * columns + j]!
          statistic += (Math.abs(counts[i * columns + j]! - e) - correction) ** 2 / e
        }
      }
      const df = (rows - 1) * (columns - 1)
      return {
        statistic,
        df,
        p: pchisq(statistic, df, false, false),
        expected: Array.from({ length: rows }, (_, i) =>
          Array.from(expected.subarray(i * columns, (i + 1) * columns))
        ),
        lowExpected
      }
    }
  )
