import { Schema } from "effect"
import { decimalsOfNumber, numbersOf, type PrintedDecimals } from "./Printed.js"
import { decimals as studyDecimals } from "./PublishedStudy.js"

/** How a published summary fared under a consistency check. */
export const Verdict = Schema.Literal("consistent", "inconsistent", "contradicts assumption", "impossible")
export type Verdict = typeof Verdict.Type

/**
 * One consistency check of the published summaries, in a sentence. "impossible": no
 * patient-level data can print these cells together; "inconsistent": a derived figure (a p-value,
 * a percentage) does not follow from the others with the named method; "contradicts assumption": the
 * cells can exist, but not under something the paper states (its typical lesion count, say).
 */
export const Finding = Schema.Struct({
  check: Schema.String,
  verdict: Verdict,
  cells: Schema.Array(Schema.String),
  sentence: Schema.String
})
export type Finding = typeof Finding.Type

/** A closed interval. */
export interface Interval {
  readonly lo: number
  readonly hi: number
}

/** Reads printed cells of a published object as intervals (value ± half a unit of the last printed digit). */
export interface Cells {
  readonly value: (path: string) => number
  readonly interval: (path: string) => Interval
}

/** Cells of `published`, with printed decimals from the study's JSON text where known. */
export const cellsOf = (published: unknown, decimals: PrintedDecimals = studyDecimals): Cells => {
  const numbers = numbersOf(published)
  const value = (path: string): number => {
    const v = numbers.get(path)
    if (v === undefined) throw new Error(`the published tables have no number at ${path}`)
    return v
  }
  return {
    value,
    interval: (path) => {
      const v = value(path)
      const half = 0.5 * 10 ** -(decimals.get(path) ?? decimalsOfNumber(v))
      return { lo: v - half, hi: v + half }
    }
  }
}

/** Whether two intervals share a point. */
export const overlaps = (a: Interval, b: Interval): boolean => a.lo <= b.hi && b.lo <= a.hi

/** Formats a number for a sentence. */
export const fmt = (x: number, digits = 2): string => (Number.isInteger(x) ? String(x) : x.toFixed(digits))
