import * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import { countsFor } from "./CheckCounts.js"
import { strata } from "./CheckSubgroups.js"
import type { Cells, Finding, Interval } from "./Finding.js"
import { cellsOf, fmt } from "./Finding.js"
import type { PrintedDecimals } from "./Printed.js"
import type { Published } from "./Published.js"
import { decimals as studyDecimals } from "./PublishedStudy.js"

const pInterval = (p: number | "<0.001"): Interval =>
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
  what: string,
  printed: number | "<0.001",
  range: Interval
): Finding => {
  const target = pInterval(printed)
  const ok = target.lo <= range.hi && range.lo <= target.hi
  return {
    check,
    verdict: ok ? "consistent" : "inconsistent",
    cells,
    sentence: ok
      ? `${what}: p = ${printed} is reproducible from the printed summaries (${fmt(range.lo, 3)}–${fmt(range.hi, 3)}).`
      : `${what}: the printed summaries give p between ${fmt(range.lo, 3)} and ${fmt(range.hi, 3)}, not ${printed}.`
  }
}

const welch = (
  cells: Cells,
  a: string,
  b: string,
  field: string,
  pPath: string,
  printed: number | "<0.001",
  what: string
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
    return verdict("p from summaries", [pPath], `${what} (Welch t from the printed means and SDs)`, printed, {
      lo: Math.min(...ps),
      hi: Math.max(...ps)
    })
  })

const chi = (table: Array<Array<number>>, pPath: string, printed: number | "<0.001", what: string) =>
  Effect.gen(function* () {
    const plain = yield* Stats.chiSquare(table, false)
    const yates = table.length === 2 ? yield* Stats.chiSquare(table, true) : plain
    const ps = [plain.p, yates.p]
    const found = verdict(
      "p from counts",
      [pPath],
      `${what} (chi-square from the printed counts, with and without Yates)`,
      printed,
      { lo: Math.min(...ps), hi: Math.max(...ps) }
    )
    return found
  })

/** Are the printed p-values reproducible from the printed summaries with the tests the paper names? */
export const checkTests = (published: Published, decimals: PrintedDecimals = studyDecimals) =>
  Effect.gen(function* () {
    const cells = cellsOf(published, decimals)
    const p = published
    const n = p.cohort.n
    const out: Array<Finding> = []
    for (const f of ["baselineNrs", "reductionM3", "reductionM6"] as const)
      out.push(
        yield* welch(
          cells,
          "table8.female",
          "table8.male",
          f,
          `table8.p.${f}`,
          p.table8.p[f],
          `Table 8, ${f} by sex`
        )
      )
    for (const f of ["baselineNrs", "reductionM6"] as const)
      out.push(
        yield* welch(
          cells,
          "table9.under55",
          "table9.atLeast55",
          f,
          `table9.p.${f}`,
          p.table9.p[f],
          `Table 9, ${f} by age`
        )
      )
    for (const k of ["reduction50", "reduction30", "nrsAtMost2"] as const) {
      const [a, b] = [p.table4[k].m3[0], p.table4[k].m6[0]]
      out.push(
        yield* chi(
          [
            [a, n - a],
            [b, n - b]
          ],
          `table4.${k}.p`,
          p.table4[k].p,
          `Table 4, ${k} at 3 vs 6 months as independent samples`
        )
      )
    }
    for (const k of ["nsaids", "opioids"] as const) {
      const [a, b] = [p.table5[k].baseline[0], p.table5[k].m6[0]]
      out.push(
        yield* chi(
          [
            [a, n - a],
            [b, n - b]
          ],
          `table5.${k}.p`,
          p.table5[k].p,
          `Table 5, ${k} at baseline vs 6 months as independent samples`
        )
      )
    }
    const responders = (groups: Array<{ n: number; pctPath: string }>) =>
      groups.map((g) => {
        const k = countsFor(cells, g.n, g.pctPath)[0] ?? 0
        return [k, g.n - k]
      })
    out.push(
      yield* chi(
        responders([
          { n: p.table8.female.n, pctPath: "table8.female.responderM6Pct" },
          { n: p.table8.male.n, pctPath: "table8.male.responderM6Pct" }
        ]),
        "table8.p.responderM6",
        p.table8.p.responderM6,
        "Table 8, responders by sex"
      )
    )
    out.push(
      yield* chi(
        responders([
          { n: p.table9.under55.n, pctPath: "table9.under55.responderM6Pct" },
          { n: p.table9.atLeast55.n, pctPath: "table9.atLeast55.responderM6Pct" }
        ]),
        "table9.p.responderM6",
        p.table9.p.responderM6,
        "Table 9, responders by age"
      )
    )
    const keys = strata(p.table10).map((s) => `table10.${s.key}`)
    out.push(
      yield* chi(
        responders(keys.map((k) => ({ n: cells.value(`${k}.n`), pctPath: `${k}.responderPct` }))),
        "table10.p.responder",
        p.table10.p.responder,
        "Table 10, responders by baseline stratum"
      )
    )
    // One-way ANOVA from summaries, over the rounding corners of the means and SDs.
    const sizes = keys.map((k) => cells.value(`${k}.n`))
    const total = sizes.reduce((a, b) => a + b, 0)
    const fs: Array<number> = []
    for (const c of corners(
      keys.flatMap((k) => [cells.interval(`${k}.reductionM6[0]`), cells.interval(`${k}.reductionM6[1]`)])
    )) {
      const means = sizes.map((_, g) => c[2 * g]!)
      const grand = sizes.reduce((a, s, g) => a + s * means[g]!, 0) / total
      const between = sizes.reduce((a, s, g) => a + s * (means[g]! - grand) ** 2, 0) / (sizes.length - 1)
      const within = sizes.reduce((a, s, g) => a + (s - 1) * c[2 * g + 1]! ** 2, 0) / (total - sizes.length)
      fs.push(Stats.fCdfUpper(between / within, sizes.length - 1, total - sizes.length))
    }
    out.push(
      verdict(
        "p from summaries",
        ["table10.p.reductionM6"],
        "Table 10, reduction at 6 months by stratum (one-way ANOVA from the printed means and SDs)",
        p.table10.p.reductionM6,
        { lo: Math.min(...fs), hi: Math.max(...fs) }
      )
    )
    return out
  })
