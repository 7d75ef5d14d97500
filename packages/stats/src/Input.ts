import { Effect } from "effect"
import { InsufficientData, NonFiniteValue, RaggedMatrix } from "./Errors.js"

/** A sample: a plain array or a typed array of numbers. */
export type Sample = ReadonlyArray<number> | Float64Array

/** One long-format column of visits (outcome, subject or time point): one entry per observed visit. */
export type Visits = ReadonlyArray<number> | Float64Array | Int32Array

/**
 * Subjects × conditions data: an array of rows (one per subject), or the fast path, a flat
 * row-major `Float64Array` with the number of conditions.
 */
export type Matrix = ReadonlyArray<ReadonlyArray<number>> | FlatMatrix

/** Row-major values with `columns` conditions per subject. */
export interface FlatMatrix {
  readonly values: Float64Array
  readonly columns: number
}

/** A validated matrix in flat row-major form. */
export interface CheckedMatrix {
  readonly values: Float64Array
  readonly rows: number
  readonly columns: number
}

/** Checks that `x` holds at least `min` finite numbers. */
export const finiteSample = (
  argument: string,
  x: Sample,
  min: number
): Effect.Effect<Sample, InsufficientData | NonFiniteValue> => {
  if (x.length < min) {
    return Effect.fail(
      new InsufficientData({
        argument,
        required: min,
        received: x.length,
        message: `${argument} needs at least ${min} observations, got ${x.length}`
      })
    )
  }
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) {
      return Effect.fail(
        new NonFiniteValue({
          argument,
          index: [i],
          message: `${argument}[${i}] is ${x[i]}; every value must be a finite number`
        })
      )
    }
  }
  return Effect.succeed(x)
}

/** The error for row `row` of a matrix or table having `received` entries instead of `expected`. */
export const raggedRow = (argument: string, row: number, expected: number, received: number, unit: string) =>
  new RaggedMatrix({
    argument,
    row,
    expectedColumns: expected,
    receivedColumns: received,
    message: `${argument} row ${row} has ${received} ${unit}; every row needs ${expected}`
  })

/** Whether a matrix is the flat fast path rather than an array of rows. */
export const isFlat = (m: Matrix): m is FlatMatrix => !Array.isArray(m)

/**
 * Checks that a matrix is rectangular, finite, with at least `minRows` rows and `minColumns`
 * columns, and returns it flat (row-major) without copying a flat input.
 */
export const finiteMatrix = (
  argument: string,
  m: Matrix,
  minRows: number,
  minColumns: number
): Effect.Effect<CheckedMatrix, InsufficientData | NonFiniteValue | RaggedMatrix> => {
  let values: Float64Array
  let columns: number
  if (isFlat(m)) {
    columns = m.columns
    values = m.values
    if (!Number.isInteger(columns) || columns < 1 || values.length % columns !== 0) {
      return Effect.fail(
        new RaggedMatrix({
          argument,
          row: Math.floor(values.length / Math.max(1, columns)),
          expectedColumns: columns,
          receivedColumns: values.length % Math.max(1, columns),
          message: `${argument} has ${values.length} values, not a whole number of rows of ${columns}`
        })
      )
    }
  } else {
    columns = m[0]?.length ?? 0
    values = new Float64Array(m.length * columns)
    for (let i = 0; i < m.length; i++) {
      const row = m[i]!
      if (row.length !== columns) {
        return Effect.fail(raggedRow(argument, i, columns, row.length, "values"))
      }
      for (let j = 0; j < columns; j++) values[i * columns + j] = row[j]!
    }
  }
  const rows = columns === 0 ? 0 : values.length / columns
  if (columns < minColumns) {
    return Effect.fail(
      new InsufficientData({
        argument,
        required: minColumns,
        received: columns,
        message: `${argument} needs at least ${minColumns} conditions (columns), got ${columns}`
      })
    )
  }
  if (rows < minRows) {
    return Effect.fail(
      new InsufficientData({
        argument,
        required: minRows,
        received: rows,
        message: `${argument} needs at least ${minRows} subjects (rows), got ${rows}`
      })
    )
  }
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      const row = Math.floor(i / columns)
      const column = i % columns
      return Effect.fail(
        new NonFiniteValue({
          argument,
          index: [row, column],
          message: `${argument}[${row}][${column}] is ${values[i]}; every value must be a finite number`
        })
      )
    }
  }
  return Effect.succeed({ values, rows, columns })
}
