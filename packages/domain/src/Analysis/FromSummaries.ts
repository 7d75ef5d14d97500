import * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import type { Cells, Finding, Interval } from "./Finding.js"
import { finding } from "./Finding.js"
import type { PSubject } from "./FindingCode.js"
import { detail } from "./FindingCode.js"

/** A p-value as the paper prints it. */
export type PrintedP = number | "<0.001"

/** The p-values that print as `p`. */
export const pInterval = (p: PrintedP): Interval =>
  p === "<0.001"
    ? { lo: 0, hi: 0.001 }
    : { lo: p - (p < 0.1 ? 0.0005 : 0.005), hi: p + (p < 0.1 ? 0.0005 : 0.005) }

const corners = (intervals: ReadonlyArray<Interval>): Array<Array<number>> =>
  intervals.reduce<Array<Array<number>>>(
    (acc, i) =>
      acc.flatMap((c) => [
        [...c, i.lo],
        [...c, i.hi]
      ]),
    [[]]
  )

const verdict = (
  check: string,
  cells: Array<string>,
  subject: PSubject,
  printed: PrintedP,
  range: Interval
): Finding => {
  const target = pInterval(printed)
  const ok = target.lo <= range.hi && range.lo <= target.hi
  return finding(
    check,
    ok ? "consistent" : "inconsistent",
    cells,
    detail(ok ? "pReproducible" : "pNotReproducible", { subject, printed, ...range })
  )
}

/** Welch t p over the rounding corners of the printed means and SDs of `field` in groups `a` and `b`. */
export const welch = (
  cells: Cells,
  a: string,
  b: string,
  field: string,
  pPath: string,
  printed: PrintedP,
  subject: PSubject
) =>
  Effect.gen(function* () {
    const ps: Array<number> = []
    for (const [m1, s1, m2, s2] of corners([
      cells.interval(`${a}.${field}[0]`),
      cells.interval(`${a}.${field}[1]`),
      cells.interval(`${b}.${field}[0]`),
      cells.interval(`${b}.${field}[1]`)
    ]))
      ps.push(
        (yield* Stats.welchTFromSummary(m1!, s1!, cells.value(`${a}.n`), m2!, s2!, cells.value(`${b}.n`))).p
      )
    return verdict("p from summaries", [pPath], subject, printed, {
      lo: Math.min(...ps),
      hi: Math.max(...ps)
    })
  })

/** Chi-square p of a printed contingency table, with and without Yates on a 2 × 2 table. */
export const chi = (table: Array<Array<number>>, pPath: string, printed: PrintedP, subject: PSubject) =>
  Effect.gen(function* () {
    const plain = yield* Stats.chiSquare(table, false)
    const yates = table.length === 2 ? yield* Stats.chiSquare(table, true) : plain
    const ps = [plain.p, yates.p]
    return verdict("p from counts", [pPath], subject, printed, { lo: Math.min(...ps), hi: Math.max(...ps) })
  })

/** One-way ANOVA p over the rounding corners of the printed means and SDs of `field` in `groups`. */
export const oneWayAnova = (
  cells: Cells,
  groups: ReadonlyArray<string>,
  field: string,
  pPath: string,
  printed: PrintedP
): Finding => {
  const sizes = groups.map((k) => cells.value(`${k}.n`))
  const total = sizes.reduce((a, b) => a + b, 0)
  const fs: Array<number> = []
  for (const c of corners(
    groups.flatMap((k) => [cells.interval(`${k}.${field}[0]`), cells.interval(`${k}.${field}[1]`)])
  )) {
    const means = sizes.map((_, g) => c[2 * g]!)
    const grand = sizes.reduce((a, s, g) => a + s * means[g]!, 0) / total
    const between = sizes.reduce((a, s, g) => a + s * (means[g]! - grand) ** 2, 0) / (sizes.length - 1)
    const within = sizes.reduce((a, s, g) => a + (s - 1) * c[2 * g + 1]! ** 2, 0) / (total - sizes.length)
    fs.push(Stats.fCdfUpper(between / within, sizes.length - 1, total - sizes.length))
  }
  return verdict("p from summaries", [pPath], { of: "reductionByStratum" }, printed, {
    lo: Math.min(...fs),
    hi: Math.max(...fs)
  })
}
