import { Effect } from "effect"
import { InsufficientData, InvalidCountTable, type RaggedMatrix } from "../Errors.js"
import { raggedRow } from "../Input.js"

/** A validated contingency table of non-negative integer counts, row-major, with its margins. */
export interface CountTable {
  readonly counts: Float64Array
  readonly rows: number
  readonly columns: number
  readonly rowSums: Float64Array
  readonly columnSums: Float64Array
  readonly total: number
}

/** Checks an r × c table (r, c ≥ 2) of non-negative integer counts, not all zero. */
export const countTable = (
  argument: string,
  table: ReadonlyArray<ReadonlyArray<number>>
): Effect.Effect<CountTable, InsufficientData | RaggedMatrix | InvalidCountTable> => {
  const rows = table.length
  const columns = table[0]?.length ?? 0
  if (rows < 2 || columns < 2) {
    const rowsShort = rows < 2
    return Effect.fail(
      new InsufficientData({
        argument,
        required: 2,
        received: rowsShort ? rows : columns,
        message: `${argument} is ${rows} × ${columns}; a contingency table needs at least 2 rows and 2 columns`
      })
    )
  }
  const counts = new Float64Array(rows * columns)
  const rowSums = new Float64Array(rows)
  const columnSums = new Float64Array(columns)
  let total = 0
  for (let i = 0; i < rows; i++) {
    const row = table[i]!
    if (row.length !== columns) {
      return Effect.fail(raggedRow(argument, i, columns, row.length, "counts"))
    }
    for (let j = 0; j < columns; j++) {
      const v = row[j]!
      if (!(Number.isSafeInteger(v) && v >= 0)) {
        return Effect.fail(
          new InvalidCountTable({
            argument,
            index: [i, j],
            message: `${argument}[${i}][${j}] is ${v}; counts must be non-negative whole numbers`
          })
        )
      }
      counts[i * columns + j] = v
      rowSums[i] = rowSums[i]! + v
      columnSums[j] = columnSums[j]! + v
      total += v
    }
  }
  if (total === 0) {
    return Effect.fail(
      new InvalidCountTable({
        argument,
        index: [],
        message: `every count in ${argument} is zero; at least one must be positive`
      })
    )
  }
  return Effect.succeed({ counts, rows, columns, rowSums, columnSums, total })
}

/** Fails when a row or column total is zero (its expected counts would all be 0). */
export const requirePositiveMargins = (
  argument: string,
  t: CountTable
): Effect.Effect<CountTable, InvalidCountTable> => {
  for (let i = 0; i < t.rows; i++) {
    if (t.rowSums[i] === 0) {
      return Effect.fail(
        new InvalidCountTable({
          argument,
          index: [],
          message: `row ${i} of ${argument} sums to 0, so its expected counts are 0; drop the empty row`
        })
      )
    }
  }
  for (let j = 0; j < t.columns; j++) {
    if (t.columnSums[j] === 0) {
      return Effect.fail(
        new InvalidCountTable({
          argument,
          index: [],
          message: `column ${j} of ${argument} sums to 0, so its expected counts are 0; drop the empty column`
        })
      )
    }
  }
  return Effect.succeed(t)
}
