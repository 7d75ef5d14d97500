import type { Block } from "./anneal.js"

// Whole-row trades between two patients: every all-patient figure stays, only their groups move.

/** Whether patients `i` and `j` may trade their whole rows (each value within the other's bounds). */
export const tradable = (b: Block, i: number, j: number): boolean => {
  for (let c = 0; c < b.columns; c++) {
    const [k, l] = [i * b.columns + c, j * b.columns + c]
    if (
      b.values[l]! < b.lo[k]! ||
      b.values[l]! > b.hi[k]! ||
      b.values[k]! < b.lo[l]! ||
      b.values[k]! > b.hi[l]!
    )
      return false
  }
  return true
}

/** Swaps the whole rows of patients `i` and `j`. */
export const swapRows = (b: Block, i: number, j: number) => {
  for (let c = 0; c < b.columns; c++) {
    const [k, l] = [i * b.columns + c, j * b.columns + c]
    const v = b.values[k]!
    b.values[k] = b.values[l]!
    b.values[l] = v
  }
}
