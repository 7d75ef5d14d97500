import { describe, expect, it } from "vitest"
import { numbers } from "./procedure-form-values"

describe("numbers (the voltages tried, typed in one field)", () => {
  it("reads the English way: commas or spaces between numbers, a decimal point", () => {
    expect(numbers("0.5, 1, 1.5, 2")).toEqual([0.5, 1, 1.5, 2])
    expect(numbers("0.5,1,1.5 2")).toEqual([0.5, 1, 1.5, 2])
  })
  it("reads the Polish way: semicolons between numbers, a decimal comma", () => {
    expect(numbers("0,5; 1; 1,5; 2")).toEqual([0.5, 1, 1.5, 2])
    expect(numbers("0,5;1;1,5")).toEqual([0.5, 1, 1.5])
  })
  it("gives NaN for text that is not a number, and nothing for an empty field", () => {
    expect(numbers("0,5; x").some(Number.isNaN)).toBe(true)
    expect(numbers("")).toEqual([])
  })
})
