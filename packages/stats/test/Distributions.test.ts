import { assert, describe, it } from "@effect/vitest"
import { chiSquareCdfUpper, fCdfUpper, normalCdfUpper, tCdfUpper } from "../src/Distributions.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

const num = (v: unknown): number => {
  assert.isNumber(v)
  return v as number
}

describe("R reference vectors", () => {
  for (const c of casesFor("tCdfUpper")) {
    it(c.id, () => assertMatchesR(c, { p: tCdfUpper(num(c.args[0]), num(c.args[1])) }))
  }
  for (const c of casesFor("fCdfUpper")) {
    it(c.id, () => assertMatchesR(c, { p: fCdfUpper(num(c.args[0]), num(c.args[1]), num(c.args[2])) }))
  }
  for (const c of casesFor("chiSquareCdfUpper")) {
    it(c.id, () => assertMatchesR(c, { p: chiSquareCdfUpper(num(c.args[0]), num(c.args[1])) }))
  }
  for (const c of casesFor("normalCdfUpper")) {
    it(c.id, () => assertMatchesR(c, { p: normalCdfUpper(num(c.args[0])) }))
  }
  it("has R cases for every distribution function", () => {
    for (const fn of ["tCdfUpper", "fCdfUpper", "chiSquareCdfUpper", "normalCdfUpper"]) {
      assert.isAbove(casesFor(fn).length, 0, fn)
    }
  })
})
