import type * as Stats from "@cryoreg/stats"
import { Either, Schema } from "effect"
import { meanSd as printedMeanSd } from "./Format.js"

/** A cell of the report that was computed. */
export interface Computed<A> {
  readonly _tag: "Computed"
  readonly value: A
}

/** A cell of the report that could not be computed from these patients, and why, in words. */
export interface NotComputed {
  readonly _tag: "NotComputed"
  readonly reason: string
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
    Schema.TaggedStruct("NotComputed", { reason: Schema.String })
  )

/** A computed cell. */
export const computed = <A>(value: A): Cell<A> => ({ _tag: "Computed", value })

/** A cell not computed, with its reason. */
export const notComputed = (reason: string): NotComputed => ({ _tag: "NotComputed", reason })

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
export const whenFinite = <A>(value: A, reason: () => string): Cell<A> =>
  finite(value) ? computed(value) : notComputed(reason())

/** The cell of a statistic that may have been refused: `f` of its result, or its refusal in words. */
export const fromEither = <R, E, A>(
  result: Either.Either<R, E>,
  f: (r: R) => A,
  reason: (e: E) => string,
  undefinedReason = "the statistic is undefined for these values"
): Cell<A> =>
  Either.match(result, {
    onLeft: (e) => notComputed(reason(e)),
    onRight: (r) => whenFinite(f(r), () => undefinedReason)
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
}

const join = (parent: string, key: string | number) =>
  typeof key === "number" ? `${parent}[${key}]` : parent === "" ? key : `${parent}.${key}`

const uncell = (value: unknown, path: string, missing: Array<Missing>): unknown => {
  if (isCell(value)) {
    if (value._tag === "Computed") return value.value
    missing.push({ path, reason: value.reason })
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

/** Patients in words: "1 patient has", "3 patients have". */
export const patientsHave = (n: number): string =>
  n === 0 ? "no patient has" : n === 1 ? "only 1 patient has" : `only ${n} patients have`

/**
 * Why a statistic was refused, in words: who it needs (`who`: "an NRS at baseline, 3 and 6 months"),
 * how many have it, and what the statistic found wanting.
 */
export const refusal =
  (test: string, patients: number, who: string) =>
  (e: Stats.StatsError): string => {
    if (patients === 0) return `no patient has ${who}`
    const few = `${patientsHave(patients)} ${who}`
    switch (e._tag) {
      case "InsufficientData":
        return `${few}: too few for the ${test}`
      case "ZeroVariance":
        return `the ${patients} patients with ${who} all have the same values: the ${test} is undefined`
      case "InvalidCountTable":
        return `among the ${patients} patients with ${who}, a row or column of the ${test}'s table is empty: the test is undefined`
      case "ModelNotEstimable":
      case "ModelDidNotConverge":
        return `the ${test} cannot be estimated from the ${patients} patients with ${who}`
      default:
        return `the ${test} cannot be computed from the ${patients} patients with ${who}`
    }
  }

/**
 * A printed mean ± SD over `s.n` patients (`who`: "an NRS at 3 months"): not computed without a patient,
 * nor with one (an SD needs two).
 */
export const meanSdCell = (
  s: { readonly n: number; readonly mean: number; readonly sd: number },
  decimals: number,
  who: string
): Cell<readonly [number, number]> =>
  s.n === 0
    ? notComputed(`no patient has ${who}`)
    : s.n === 1
      ? notComputed(`only 1 patient has ${who}: a mean ± SD needs at least 2`)
      : whenFinite(printedMeanSd(s, decimals), () => `the mean ± SD of ${who} is undefined`)
