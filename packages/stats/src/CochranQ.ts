import { Effect } from "effect"
import { ChiSquaredTestResult } from "./ChiSquaredTestResult.js"
import {
  type InsufficientData,
  InvalidArgument,
  type NonFiniteValue,
  type RaggedMatrix,
  ZeroVariance
} from "./Errors.js"
import { finiteMatrix, type Matrix } from "./Input.js"
import { pchisq } from "./internal/nmath/gamma.js"

/** Cochran's Q test: Q, df = k − 1 and its χ² p-value. */
export const CochranQResult = ChiSquaredTestResult
export type CochranQResult = ChiSquaredTestResult

/**
 * Cochran's Q test of k paired binary outcomes (one row per subject, values 0 or 1):
 * Q = (k − 1)(k·ΣC_j² − N²)/(k·N − ΣR_i²), referred to χ² with k − 1 df.
 *
 * @example
 * Effect.runSync(cochranQ([[1, 1, 0], [1, 0, 0], [1, 1, 1], [0, 1, 0], [1, 1, 0]])) // { statistic: 4.5, df: 2, p: 0.105… }
 */
export const cochranQ = (
  data01: Matrix
): Effect.Effect<
  CochranQResult,
  InsufficientData | NonFiniteValue | RaggedMatrix | InvalidArgument | ZeroVariance
> =>
  Effect.flatMap(
    finiteMatrix("data01", data01, 1, 2),
    ({ values, rows: n, columns: k }): Effect.Effect<CochranQResult, InvalidArgument | ZeroVariance> => {
      const columnTotals = new Float64Array(k)
      let grand = 0
      let rowSquares = 0
      for (let i = 0; i < n; i++) {
        let row = 0
        for (let j = 0; j < k; j++) {
          const v = values[i * k + j]!
          if (v !== 0 && v !== 1) {
            return Effect.fail(
              new InvalidArgument({
                argument: `data01[${i}][${j}]`,
                allowed: "0 or 1",
                message: `data01[${i}][${j}] is ${v}; Cochran's Q takes binary outcomes coded 0 or 1`
              })
            )
          }
          row += v
          columnTotals[j] = columnTotals[j]! + v
        }
        grand += row
        rowSquares += row * row
      }
      const denominator = k * grand - rowSquares
      if (denominator === 0) {
        return Effect.fail(
          new ZeroVariance({
            argument: "data01",
            message: "every subject has the same outcome in all conditions (all 0 or all 1); Q is undefined"
          })
        )
      }
      let columnSquares = 0
      for (let j = 0; j < k; j++) columnSquares += columnTotals[j]! ** 2
      const statistic = ((k - 1) * (k * columnSquares - grand * grand)) / denominator
      return Effect.succeed({ statistic, df: k - 1, p: pchisq(statistic, k - 1, false, false) })
    }
  )
