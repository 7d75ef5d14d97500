/** A cell of the report: computed, or not computed with the reason in words. */

import type * as Stats from "@cryoreg/stats"
import { Either, Schema } from "effect"
import { describeReason } from "./DescribeReason.js"
import { meanSd as printedMeanSd } from "./Format.js"
import { NotComputedReason, reason, type TestName, type Who } from "./Reason.js"

export { patientsHave } from "./DescribeReason.js"

/** A cell of the report that was computed. */
export interface Computed<A> {
  readonly _tag: "Computed"
  readonly value: A
}

/** A cell of the report that could not be computed from these patients: why, as data (`why`) and in English. */
export interface NotComputed {
  readonly _tag: "NotComputed"
  readonly reason: string
  readonly why: NotComputedReason
}

/**
 * One printed cell of Tables 1–10 (a number, a p-value, or a tuple printed together such as mean ± SD):
 * computed, or not computed with the reason ("no patient has both a 3- and a 6-month NRS").
 */
export type Cell<A> = Computed<A> | NotComputed

/** The Schema of a cell holding `value`. */
export const Cell = <A, I>(value: Schema.Schema<A, I>) =>
  Schema.Union(
    Schema.TaggedStruct("Computed", { value }),
    Schema.TaggedStruct("NotComputed", { reason: Schema.String, why: NotComputedReason })
  )

/** A computed cell. */
export const computed = <A>(value: A): Cell<A> => ({ _tag: "Computed", value })

/** A cell not computed, for `why` (worded in English as its `reason`). */
export const notComputed = (why: NotComputedReason): NotComputed => ({
  _tag: "NotComputed",
  reason: describeReason(why),
  why
})

/** Whether a value is a cell (the report's tables hold cells; their notes and counts around do not). */
export const isCell = (u: unknown): u is Cell<unknown> =>
  typeof u === "object" &&
  u !== null &&
  ((u as { _tag?: unknown })._tag === "Computed" || (u as { _tag?: unknown })._tag === "NotComputed")

/** The value of a computed cell, or `orElse` when it was not computed. */
export const valueOr = <A, B>(cell: Cell<A>, orElse: B): A | B =>
  cell._tag === "Computed" ? cell.value : orElse

/** Maps a computed cell's value; a cell not computed stays as it is. */
export const map = <A, B>(cell: Cell<A>, f: (a: A) => B): Cell<B> =>
  cell._tag === "Computed" ? computed(f(cell.value)) : cell

const finite = (value: unknown): boolean =>
  typeof value === "number"
    ? Number.isFinite(value)
    : Array.isArray(value)
      ? value.every(finite)
      : typeof value === "object" && value !== null
        ? Object.values(value).every(finite)
        : true

/** `value` as a computed cell when every number in it is finite; otherwise not computed, for `reason`. */
export const whenFinite = <A>(value: A, why: () => NotComputedReason): Cell<A> =>
  finite(value) ? computed(value) : notComputed(why())

/** The cell of a statistic that may have been refused: `f` of its result, or why it was refused. */
export const fromEither = <R, E, A>(
  result: Either.Either<R, E>,
  f: (r: R) => A,
  why: (e: E) => NotComputedReason
): Cell<A> =>
  Either.match(result, {
    onLeft: (e) => notComputed(why(e)),
    onRight: (r) => whenFinite(f(r), () => reason("statisticUndefined", {}))
  })

/** The tables of the published layout with every printed cell a `Cell` (notes stay text). */
export type Cells<T> = [T] extends [number | string]
  ? Cell<T>
  : [T] extends [ReadonlyArray<unknown>]
    ? Cell<T>
    : { readonly [K in keyof T]: K extends "note" ? T[K] : Cells<T[K]> }

/** The value of `Cells<T>` with every cell computed. */
export type Uncell<T> = [T] extends [Cell<infer A>]
  ? A
  : T extends object
    ? { readonly [K in keyof T]: Uncell<T[K]> }
    : T

/** A cell not computed, at its path in the report (`table2.pairwise.m3_m6`). */
export interface Missing {
  readonly path: string
  readonly reason: string
  readonly why: NotComputedReason
}

const join = (parent: string, key: string | number) =>
  typeof key === "number" ? `${parent}[${key}]` : parent === "" ? key : `${parent}.${key}`

const uncell = (value: unknown, path: string, missing: Array<Missing>): unknown => {
  if (isCell(value)) {
    if (value._tag === "Computed") return value.value
    missing.push({ path, reason: value.reason, why: value.why })
    return null
  }
  if (Array.isArray(value)) return value.map((v, k) => uncell(v, join(path, k), missing))
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, uncell(v, join(path, k), missing)]))
  return value
}

/** Every cell of a report not computed, with its path and reason, in the report's order. */
export const notComputedCells = (report: object): Array<Missing> => {
  const missing: Array<Missing> = []
  uncell(report, "", missing)
  return missing
}

/**
 * The report as the paper prints it (plain values) when every cell was computed: the all-or-nothing
 * report; otherwise the cells not computed.
 */
export const allComputed = <T extends object>(
  report: T
): Either.Either<Uncell<T>, ReadonlyArray<Missing>> => {
  const missing: Array<Missing> = []
  const plain = uncell(report, "", missing)
  return missing.length === 0 ? Either.right(plain as Uncell<T>) : Either.left(missing)
}

/**
 * Why a statistic was refused: who it needs (`who`: an NRS at baseline, 3 and 6 months), how many have
 * it, and what the statistic found wanting.
 */
export const refusal =
  (test: TestName, patients: number, who: Who) =>
  (e: Stats.StatsError): NotComputedReason => {
    if (patients === 0) return reason("noPatient", { who })
    const counted = { n: patients, who, test }
    switch (e._tag) {
      case "InsufficientData":
        return reason("tooFew", counted)
      case "ZeroVariance":
        return reason("sameValues", counted)
      case "InvalidCountTable":
        return reason("emptyCountTableRow", counted)
      case "ModelNotEstimable":
      case "ModelDidNotConverge":
        return reason("notEstimable", counted)
      default:
        return reason("cannotCompute", counted)
    }
  }

/**
 * A printed mean ± SD over `s.n` patients (`who`: an NRS at 3 months): not computed without a patient,
 * nor with one (an SD needs two).
 */
export const meanSdCell = (
  s: { readonly n: number; readonly mean: number; readonly sd: number },
  decimals: number,
  who: Who
): Cell<readonly [number, number]> =>
  s.n === 0
    ? notComputed(reason("noPatient", { who }))
    : s.n === 1
      ? notComputed(reason("meanSdNeedsTwo", { who }))
      : whenFinite(printedMeanSd(s, decimals), () => reason("meanSdUndefined", { who }))
