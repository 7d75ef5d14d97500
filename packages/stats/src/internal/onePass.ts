import { Effect } from "effect"
import { type InsufficientData, NonFiniteValue, type RaggedMatrix } from "../Errors.js"
import { type CheckedMatrix, finiteMatrix, isFlat, type Matrix } from "../Input.js"

/**
 * One-pass kernels skip the separate finiteness scan: NaN and ±Infinity propagate into their sums,
 * so the input is scanned (and the bad cell named) only when a result comes out non-finite.
 */

/** A flat input of acceptable shape, taken as is (no scan); anything else is checked by `finiteMatrix`. */
export const matrixForOnePass = (
  argument: string,
  m: Matrix,
  minRows: number,
  minColumns: number
): Effect.Effect<CheckedMatrix, InsufficientData | NonFiniteValue | RaggedMatrix> => {
  if (isFlat(m)) {
    const { values, columns } = m
    const rows = values.length / columns
    if (Number.isInteger(columns) && columns >= minColumns && Number.isInteger(rows) && rows >= minRows) {
      return Effect.succeed({ values, rows, columns })
    }
  }
  return finiteMatrix(argument, m, minRows, minColumns)
}

/** The error for a non-finite one-pass result: the non-finite cell if there is one, else an overflow. */
export const nonFiniteResult = (
  argument: string,
  m: CheckedMatrix
): Effect.Effect<never, InsufficientData | NonFiniteValue | RaggedMatrix> =>
  Effect.flatMap(finiteMatrix(argument, { values: m.values, columns: m.columns }, 0, 0), () =>
    Effect.fail(overflow(argument))
  )

/** Finite values whose sums of squares overflow a double. */
export const overflow = (argument: string): NonFiniteValue =>
  new NonFiniteValue({
    argument,
    index: [],
    message: `${argument} is too large in magnitude: its sums of squares overflow (beyond ±1.8e308)`
  })
