import { Effect } from "effect"
import { NonFiniteValue } from "../Errors.js"
import { summary } from "./patternSums.js"
import { invalid, maxTimePoints, type SummaryError, type VisitSummary } from "./visitPatterns.js"

/**
 * The same summary from a patients × visits matrix (row-major, NaN = a missed visit), read in
 * place: no long format, no subject lookup. Patients who attended no visit are left out.
 */
export const wideVisitPatterns = (
  values: Float64Array,
  columns: number
): Effect.Effect<VisitSummary, SummaryError> => {
  if (!Number.isInteger(columns) || columns < 2 || columns > maxTimePoints || values.length % columns !== 0) {
    return invalid(
      "visits",
      `2…${maxTimePoints} columns and a whole number of rows`,
      `visits has ${values.length} values in ${columns} columns`
    )
  }
  const rows = values.length / columns
  const mask = new Int32Array(rows)
  const attended = new Int32Array(columns)
  let [subjects, observations] = [0, 0]
  for (let r = 0; r < rows; r++) {
    let bits = 0
    for (let t = 0; t < columns; t++) {
      const v = values[r * columns + t]!
      if (Number.isNaN(v)) continue
      if (v - v !== 0) {
        return Effect.fail(
          new NonFiniteValue({
            argument: "visits",
            index: [r, t],
            message: `visits[${r}][${t}] is ${v}; a visit is a finite number, or NaN when missed`
          })
        )
      }
      bits |= 1 << t
      attended[t]!++
      observations++
    }
    mask[r] = bits
    if (bits !== 0) subjects++
  }
  return summary(values, mask, attended, subjects, observations)
}
