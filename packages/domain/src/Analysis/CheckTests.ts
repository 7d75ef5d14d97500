import { Effect } from "effect"
import { countsFor } from "./CheckCounts.js"
import { checkPaired } from "./CheckPaired.js"
import { strata } from "./CheckSubgroups.js"
import type { Finding } from "./Finding.js"
import { cellsOf } from "./Finding.js"
import { chi, oneWayAnova, welch } from "./FromSummaries.js"
import type { PrintedDecimals } from "./Printed.js"
import type { Published } from "./Published.js"
import { decimals as studyDecimals } from "./PublishedStudy.js"

// A 2 × k table's rows: who had it and who did not, from (count, out of) pairs.
const hadIt = (rows: ReadonlyArray<readonly [count: number, of: number]>): Array<Array<number>> =>
  rows.map(([k, of]) => [k, of - k])

/** Are the printed p-values reproducible from the printed summaries with the tests the paper names? */
export const checkTests = (published: Published, decimals: PrintedDecimals = studyDecimals) =>
  Effect.gen(function* () {
    const cells = cellsOf(published, decimals)
    const p = published
    const n = p.cohort.n
    const out: Array<Finding> = []
    for (const f of ["baselineNrs", "reductionM3", "reductionM6"] as const)
      out.push(
        yield* welch(cells, "table8.female", "table8.male", f, `table8.p.${f}`, p.table8.p[f], {
          of: "meanBySubgroup",
          field: f,
          by: "sex"
        })
      )
    for (const f of ["baselineNrs", "reductionM6"] as const)
      out.push(
        yield* welch(cells, "table9.under55", "table9.atLeast55", f, `table9.p.${f}`, p.table9.p[f], {
          of: "meanBySubgroup",
          field: f,
          by: "age"
        })
      )
    for (const k of ["reduction50", "reduction30", "nrsAtMost2"] as const) {
      const [a, b] = [p.table4[k].m3[0], p.table4[k].m6[0]]
      out.push(
        yield* chi(
          hadIt([
            [a, n],
            [b, n]
          ]),
          `table4.${k}.p`,
          p.table4[k].p,
          { of: "respondersOverTime", criterion: k }
        )
      )
      out.push(yield* checkPaired(k, { first: a, second: b, n }, `table4.${k}.p`, p.table4[k].p))
    }
    for (const k of ["nsaids", "opioids"] as const) {
      const [a, b] = [p.table5[k].baseline[0], p.table5[k].m6[0]]
      out.push(
        yield* chi(
          hadIt([
            [a, n],
            [b, n]
          ]),
          `table5.${k}.p`,
          p.table5[k].p,
          { of: "drugOverTime", drug: k }
        )
      )
    }
    const responders = (groups: Array<{ n: number; pctPath: string }>) =>
      hadIt(groups.map((g) => [countsFor(cells, g.n, g.pctPath)[0] ?? 0, g.n]))
    out.push(
      yield* chi(
        responders([
          { n: p.table8.female.n, pctPath: "table8.female.responderM6Pct" },
          { n: p.table8.male.n, pctPath: "table8.male.responderM6Pct" }
        ]),
        "table8.p.responderM6",
        p.table8.p.responderM6,
        { of: "respondersBySubgroup", by: "sex" }
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
        { of: "respondersBySubgroup", by: "age" }
      )
    )
    const keys = strata(p.table10).map((s) => `table10.${s.key}`)
    out.push(
      yield* chi(
        responders(keys.map((k) => ({ n: cells.value(`${k}.n`), pctPath: `${k}.responderPct` }))),
        "table10.p.responder",
        p.table10.p.responder,
        { of: "respondersBySubgroup", by: "stratum" }
      )
    )
    out.push(oneWayAnova(cells, keys, "reductionM6", "table10.p.reductionM6", p.table10.p.reductionM6))
    return out
  })
