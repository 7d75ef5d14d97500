import {
  agree,
  baselineFromStrata,
  common,
  fromPartition,
  fromPercent,
  group,
  type Source,
  strata
} from "./CheckSubgroups.js"
import type { Cells, Finding, Interval } from "./Finding.js"
import type { Partition } from "./FindingCode.js"
import type { Published } from "./Published.js"

const difference = (cells: Cells, from: string, to: string): Source => {
  const a = cells.interval(from)
  const b = cells.interval(to)
  return {
    name: { kind: "difference" },
    interval: { lo: b.lo - a.hi, hi: b.hi - a.lo },
    cells: [from, to]
  }
}

const printedSource = (cells: Cells, path: string): Source => ({
  name: { kind: "printed", value: cells.value(path) },
  interval: cells.interval(path),
  cells: [path]
})

const negate = (s: Source): Source => ({ ...s, interval: { lo: -s.interval.hi, hi: -s.interval.lo } })

/** Consistency of the NRS summaries across Tables 1, 2, 8, 9 and 10 (means, SDs, changes, Cohen's d). */
export const checkNrs = (p: Published, cells: Cells): Array<Finding> => {
  const sex = fromPartition("sex", [
    group(cells, "table8.female", "baselineNrs"),
    group(cells, "table8.male", "baselineNrs")
  ])
  const age = fromPartition("age", [
    group(cells, "table9.under55", "baselineNrs"),
    group(cells, "table9.atLeast55", "baselineNrs")
  ])
  const keys = strata(p.table10).map((s) => `table10.${s.key}`)
  const byStratum = fromPartition(
    "stratum",
    keys.map((k) => group(cells, k, "baselineNrs"))
  )
  const forced = baselineFromStrata(cells, p.table10, cells.interval("table1.nrs.mean"))
  const forcedSd: Array<Source> =
    forced.sd === null
      ? []
      : [
          {
            name: { kind: "strataForced" },
            interval: forced.sd,
            cells: [...keys.map((k) => `${k}.baselineNrs[0]`), "table1.nrs.mean"]
          }
        ]
  const overallMean = printedSource(cells, "table1.nrs.mean")
  const overallSd = {
    ...printedSource(cells, "table1.nrs.sd"),
    cells: ["table1.nrs.sd", "table2.nrs.baseline[1]"]
  }
  const changeSources = (m: "M3" | "M6"): Array<Source> => [
    printedSource(cells, `table2.nrs.change${m}`),
    fromPercent(cells, `table2.nrs.change${m}Pct`, "table2.nrs.baseline[0]"),
    difference(cells, "table2.nrs.baseline[0]", `table2.nrs.${m === "M3" ? "m3" : "m6"}[0]`)
  ]
  const change = (m: "M3" | "M6", partitions: Array<Source>) =>
    agree("changes add up", `nrsChange${m}`, [...changeSources(m), ...partitions])
  const reduction = (by: Partition, paths: Array<string>, field: string) =>
    fromPartition(
      by,
      paths.map((k) => group(cells, k, field))
    ).mean
  const sdBaseline: Interval = forced.sd ?? cells.interval("table1.nrs.sd")
  // The 3-month change as Table 2's change, percent and means allow together.
  const change3 = common(changeSources("M3")) ?? cells.interval("table2.nrs.changeM3")
  const sd3 = cells.interval("table2.nrs.m3[1]")
  const d = (sd0: Interval): Interval => ({
    lo: -change3.hi / ((sd0.hi + sd3.hi) / 2),
    hi: -change3.lo / ((sd0.lo + sd3.lo) / 2)
  })
  return [
    ...agree("subgroup means add up", "baselineNrsMean", [overallMean, sex.mean, age.mean, byStratum.mean]),
    ...agree("subgroup SDs pool", "baselineNrsSd", [overallSd, sex.sd, age.sd, byStratum.sd, ...forcedSd]),
    ...change("M3", [reduction("sex", ["table8.female", "table8.male"], "reductionM3")]),
    ...change("M6", [
      reduction("sex", ["table8.female", "table8.male"], "reductionM6"),
      reduction("age", ["table9.under55", "table9.atLeast55"], "reductionM6"),
      reduction("stratum", keys, "reductionM6")
    ]),
    ...agree("Cohen's d_av", "cohensDNrsM3", [
      printedSource(cells, "table2.cohensD_nrs_m3"),
      {
        name: { kind: "dFromTable2" } as const,
        interval: d(cells.interval("table1.nrs.sd")),
        cells: ["table2.nrs.changeM3", "table2.nrs.changeM3Pct", "table1.nrs.sd", "table2.nrs.m3[1]"]
      },
      ...(forced.sd === null
        ? []
        : [
            {
              name: { kind: "dForcedSd" } as const,
              interval: d(sdBaseline),
              cells: [
                "table2.nrs.changeM3",
                "table2.nrs.changeM3Pct",
                "table2.nrs.m3[1]",
                ...forcedSd[0]!.cells
              ]
            }
          ])
    ])
  ]
}

/** Mean VAS and ODI changes against the printed means and percentages (Tables 2 and 3). */
export const checkOtherChanges = (cells: Cells): Array<Finding> => [
  ...(["M3", "M6"] as const).flatMap((m) =>
    agree("changes add up", `vasChange${m}`, [
      printedSource(cells, `table2.vas.change${m}`),
      fromPercent(cells, `table2.vas.change${m}Pct`, "table2.vas.baseline[0]"),
      difference(cells, "table2.vas.baseline[0]", `table2.vas.${m === "M3" ? "m3" : "m6"}[0]`)
    ])
  ),
  ...(["M3", "M6"] as const).flatMap((m) =>
    agree("changes add up", `odiChange${m}`, [
      printedSource(cells, `table3.odi.change${m}`),
      negate(fromPercent(cells, `table3.odi.rel${m}Pct`, "table3.odi.baseline[0]")),
      difference(cells, "table3.odi.baseline[0]", `table3.odi.${m === "M3" ? "m3" : "m6"}[0]`)
    ])
  )
]
