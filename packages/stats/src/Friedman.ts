import { Effect } from "effect"
import { ChiSquaredTestResult } from "./ChiSquaredTestResult.js"
import { type InsufficientData, type NonFiniteValue, type RaggedMatrix, ZeroVariance } from "./Errors.js"
import { finiteMatrix, type Matrix } from "./Input.js"
import { pchisq } from "./internal/nmath/gamma.js"
import { averageRanks, rankRowInto } from "./internal/ranks.js"

/** Friedman test: tie-corrected statistic, df = k − 1 and its χ² p-value. */
export const FriedmanResult = ChiSquaredTestResult
export type FriedmanResult = ChiSquaredTestResult

/** Rows longer than this are ranked by sorting rather than by pairwise counting. */
const COUNTING_MAX = 32

/**
 * Friedman rank test of k conditions within n subjects (one row per subject), as R's
 * `friedman.test(as.matrix(data))`, with R's correction for ties within a subject.
 *
 * @example
 * Effect.runSync(friedman([[8, 4, 3], [7, 5, 5], [9, 2, 4], [6, 6, 1]])) // { statistic: 5.571…, df: 2, p: 0.0617… }
 */
export const friedman = (
  data: Matrix
): Effect.Effect<FriedmanResult, InsufficientData | NonFiniteValue | RaggedMatrix | ZeroVariance> =>
  Effect.flatMap(finiteMatrix("data", data, 1, 2), ({ values, rows: n, columns: k }) => {
    const ranks = new Float64Array(values.length)
    let tieCubes = 0
    for (let i = 0; i < n; i++) {
      const from = i * k
      if (k <= COUNTING_MAX) {
        tieCubes += rankRowInto(values, from, k, ranks)
      } else {
        const row = averageRanks(values.subarray(from, from + k))
        ranks.set(row.ranks, from)
        tieCubes += row.tieCubes
      }
    }
    const denominator = n * k * (k + 1) - tieCubes / (k - 1)
    if (!(denominator > 0)) {
      return Effect.fail(
        new ZeroVariance({
          argument: "data",
          message: `every subject has the same value in all ${k} conditions; the Friedman statistic is undefined`
        })
      )
    }
    const centre = (n * (k + 1)) / 2
    let ss = 0
    for (let j = 0; j < k; j++) {
      let column = 0
      for (let i = 0; i < n; i++) column += ranks[i * k + j]!
      ss += (column - centre) ** 2
    }
    const statistic = (12 * ss) / denominator
    return Effect.succeed({ statistic, df: k - 1, p: pchisq(statistic, k - 1, false, false) })
  })
