import { Schema } from "effect"
import { describeFinding } from "./DescribeFinding.js"
import { FindingDetail } from "./FindingCode.js"
import { decimalsOfNumber, numbersOf, type PrintedDecimals } from "./Printed.js"
import { decimals as studyDecimals } from "./PublishedStudy.js"

/** How a published summary fared under a consistency check. */
export const Verdict = Schema.Literal("consistent", "inconsistent", "contradicts assumption", "impossible")
export type Verdict = typeof Verdict.Type

/**
 * One consistency check of the published summaries: its `detail` as data (a code and its params) and,
 * for API users and the Word report, the same in an English `sentence`. "impossible": no
 * patient-level data can print these cells together; "inconsistent": a derived figure (a p-value,
 * a percentage) does not follow from the others with the named method; "contradicts assumption": the
 * cells can exist, but not under something the paper states (its typical lesion count, say).
 */
export const Finding = Schema.Struct({
  check: Schema.String,
  verdict: Verdict,
  cells: Schema.Array(Schema.String),
  /** The finding as data: a code per kind of sentence and its params. */
  detail: FindingDetail,
  /** The finding in English (`describeFinding(detail)`). */
  sentence: Schema.String
})
export type Finding = typeof Finding.Type

/** A finding of `check` about `cells`, with its English sentence from `detail`. */
export const finding = (
  check: string,
  verdict: Verdict,
  cells: ReadonlyArray<string>,
  detail: FindingDetail
): Finding => ({ check, verdict, cells, detail, sentence: describeFinding(detail) })

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

export { fmt } from "./DescribeFinding.js"
