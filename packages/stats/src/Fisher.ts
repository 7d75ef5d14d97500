import { Effect, Schema } from "effect"
import {
  type InsufficientData,
  InvalidArgument,
  type InvalidCountTable,
  type RaggedMatrix
} from "./Errors.js"
import { type CountTable, countTable } from "./internal/countTable.js"
import { fisherTwoSided } from "./internal/fisherNetwork.js"
import { dhyper, lgammafn } from "./internal/nmath/gamma.js"

/** Fisher's exact test: the two-sided p-value. */
export const FisherExactResult = Schema.Struct({ p: Schema.Number })
export type FisherExactResult = typeof FisherExactResult.Type

/**
 * Most search steps (column splits and carried path values) an r × c table may need: about a
 * second and under 100 MB; beyond this `fisherExact` refuses the table rather than run for
 * minutes. A 3 × 4 table with N = 200 needs about 2 million (0.25 s); 2 × 2 tables never search.
 */
export const fisherExactStepLimit = 4_000_000

const relErr = 1 + 1e-7

/** 2 × 2: R's route through the hypergeometric distribution of the top-left cell. */
const twoByTwo = ({ counts, rowSums, columnSums }: CountTable): number => {
  const m = columnSums[0]!
  const n = columnSums[1]!
  const k = rowSums[0]!
  const x = counts[0]!
  const lo = Math.max(0, k - n)
  const hi = Math.min(k, m)
  const logd = new Float64Array(hi - lo + 1)
  let max = Number.NEGATIVE_INFINITY
  for (let s = lo; s <= hi; s++) {
    logd[s - lo] = dhyper(s, m, n, k, true)
    max = Math.max(max, logd[s - lo]!)
  }
  let total = 0
  for (let s = 0; s < logd.length; s++) {
    logd[s] = Math.exp(logd[s]! - max)
    total += logd[s]!
  }
  const observed = (logd[x - lo]! / total) * relErr
  let p = 0
  for (let s = 0; s < logd.length; s++) {
    const d = logd[s]! / total
    if (d <= observed) p += d
  }
  // R can return 1 + 2e-16 here; the p-value is kept in [0, 1]
  return Math.min(1, p)
}

/**
 * Two-sided Fisher exact test of a 2 × 2 or small r × c table, as R's `fisher.test(table)`: the
 * total probability of the tables with the observed margins that are at most (1 + 1e-7) times as
 * likely as the observed one. Tables needing more than `fisherExactStepLimit` search steps fail
 * with `InvalidArgument`.
 *
 * @example
 * Effect.runSync(fisherExact([[8, 2], [1, 5]])) // { p: 0.03496… }
 */
export const fisherExact = (
  table: ReadonlyArray<ReadonlyArray<number>>
): Effect.Effect<FisherExactResult, InsufficientData | RaggedMatrix | InvalidCountTable | InvalidArgument> =>
  Effect.flatMap(countTable("table", table), (t) => {
    if (t.rows === 2 && t.columns === 2) return Effect.succeed({ p: twoByTwo(t) })
    let logObserved = -lgammafn(t.total + 1)
    for (let i = 0; i < t.rows; i++) logObserved += lgammafn(t.rowSums[i]! + 1)
    for (let j = 0; j < t.columns; j++) logObserved += lgammafn(t.columnSums[j]! + 1)
    for (let k = 0; k < t.counts.length; k++) logObserved -= lgammafn(t.counts[k]! + 1)
    const result = fisherTwoSided(t.rowSums, t.columnSums, logObserved, fisherExactStepLimit)
    if ("p" in result) return Effect.succeed({ p: result.p })
    return Effect.fail(
      new InvalidArgument({
        argument: "table",
        allowed: `tables whose exact enumeration needs at most ${fisherExactStepLimit} search steps`,
        message: `the ${t.rows} × ${t.columns} table with N = ${t.total} is too large for an exact Fisher test; use chiSquare`
      })
    )
  })
