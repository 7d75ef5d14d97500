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
import type { Published } from "./Published.js"

const difference = (cells: Cells, from: string, to: string): Source => {
  const a = cells.interval(from)
  const b = cells.interval(to)
  return {
    what: "the difference of the printed means",
    interval: { lo: b.lo - a.hi, hi: b.hi - a.lo },
    cells: [from, to]
  }
}

const printedSource = (cells: Cells, path: string): Source => ({
  what: `the printed ${cells.value(path)}`,
  interval: cells.interval(path),
  cells: [path]
})

const negate = (s: Source): Source => ({ ...s, interval: { lo: -s.interval.hi, hi: -s.interval.lo } })

/** Consistency of the NRS summaries across Tables 1, 2, 8, 9 and 10 (means, SDs, changes, Cohen's d). */
export const checkNrs = (p: Published, cells: Cells): Array<Finding> => {
  const sex = fromPartition("Table 8's sexes", [
    group(cells, "table8.female", "baselineNrs"),
    group(cells, "table8.male", "baselineNrs")
  ])
  const age = fromPartition("Table 9's age groups", [
    group(cells, "table9.under55", "baselineNrs"),
    group(cells, "table9.atLeast55", "baselineNrs")
  ])
  const keys = strata(p.table10).map((s) => `table10.${s.key}`)
  const byStratum = fromPartition(
    "Table 10's strata",
    keys.map((k) => group(cells, k, "baselineNrs"))
  )
  const forced = baselineFromStrata(cells, p.table10, cells.interval("table1.nrs.mean"))
  const forcedSd: Array<Source> =
    forced.sd === null
      ? []
      : [
          {
            what: "Table 10's stratum sizes and means (integer NRS)",
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
    agree("changes add up", `Mean NRS change at ${m === "M3" ? 3 : 6} months`, [
      ...changeSources(m),
      ...partitions
    ])
  const reduction = (what: string, paths: Array<string>, field: string) =>
    fromPartition(
      what,
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
    ...agree("subgroup means add up", "Mean baseline NRS", [overallMean, sex.mean, age.mean, byStratum.mean]),
    ...agree("subgroup SDs pool", "SD of baseline NRS", [
      overallSd,
      sex.sd,
      age.sd,
      byStratum.sd,
      ...forcedSd
    ]),
    ...change("M3", [reduction("Table 8's sexes", ["table8.female", "table8.male"], "reductionM3")]),
    ...change("M6", [
      reduction("Table 8's sexes", ["table8.female", "table8.male"], "reductionM6"),
      reduction("Table 9's age groups", ["table9.under55", "table9.atLeast55"], "reductionM6"),
      reduction("Table 10's strata", keys, "reductionM6")
    ]),
    ...agree("Cohen's d_av", "Cohen's d_av of the 3-month NRS change", [
      printedSource(cells, "table2.cohensD_nrs_m3"),
      {
        what: "d_av from Table 2's change and SDs",
        interval: d(cells.interval("table1.nrs.sd")),
        cells: ["table2.nrs.changeM3", "table2.nrs.changeM3Pct", "table1.nrs.sd", "table2.nrs.m3[1]"]
      },
      ...(forced.sd === null
        ? []
        : [
            {
              what: "d_av with the baseline SD Table 10 forces",
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
    agree("changes add up", `Mean VAS change at ${m === "M3" ? 3 : 6} months`, [
      printedSource(cells, `table2.vas.change${m}`),
      fromPercent(cells, `table2.vas.change${m}Pct`, "table2.vas.baseline[0]"),
      difference(cells, "table2.vas.baseline[0]", `table2.vas.${m === "M3" ? "m3" : "m6"}[0]`)
    ])
  ),
  ...(["M3", "M6"] as const).flatMap((m) =>
    agree("changes add up", `Mean ODI change at ${m === "M3" ? 3 : 6} months`, [
      printedSource(cells, `table3.odi.change${m}`),
      negate(fromPercent(cells, `table3.odi.rel${m}Pct`, "table3.odi.baseline[0]")),
      difference(cells, "table3.odi.baseline[0]", `table3.odi.${m === "M3" ? "m3" : "m6"}[0]`)
    ])
  )
]
