import { assert } from "@effect/vitest"
import { casesFor } from "./rVectors.js"

// Shared by the Readme*.test.ts files, which run every example of packages/stats/README.md as the
// README writes it. Each number the README shows is checked twice: against a value derived without
// this package (by hand, or GNU R 4.2.2 on the same data, the R call in the comment), and against
// the digits printed in the README.

/** `got` is within `tol` (relative) of the independent value and rounds to the README's `text`. */
export const shows = (got: number | null, want: number, text: string, tol = 1e-9) => {
  assert.isNotNull(got)
  const g = got as number
  assert.isTrue(Math.abs(g - want) <= tol * Math.abs(want), `got ${g}, independent value ${want}`)
  const [mantissa = "", exponent] = text.split("e")
  const decimals = mantissa.split(".")[1]?.length ?? 0
  const halfUnit = 0.5 * 10 ** (Number(exponent ?? 0) - decimals)
  assert.isTrue(Math.abs(g - Number(text)) <= halfUnit * (1 + 1e-9), `${g} is not printed as ${text}`)
}

/** The R public-vector value of a distribution tail case. */
export const rTail = (id: string): number => {
  const c = casesFor(id.split("/")[0]!).find((x) => x.id === id)
  assert.isDefined(c, id)
  return c!.expect.p as number
}

// NRS (0–10) of eight patients at baseline, 3 months and 6 months: one row per patient.
export const nrs = [
  [8, 4, 5],
  [7, 3, 4],
  [9, 5, 6],
  [6, 3, 3],
  [7, 2, 4],
  [8, 4, 4],
  [5, 3, 3],
  [9, 4, 6]
]
export const baseline = nrs.map((row) => row[0]!)
export const month3 = nrs.map((row) => row[1]!)
export const under55 = [-4, -3, -5, -2, -4, -3] // NRS change at 6 months, age < 55
export const atLeast55 = [-2, -3, -1, -3, -2] //   age ≥ 55

export const mean = (x: ReadonlyArray<number>) => x.reduce((s, v) => s + v, 0) / x.length
export const ss = (x: ReadonlyArray<number>) => x.reduce((s, v) => s + (v - mean(x)) ** 2, 0)
