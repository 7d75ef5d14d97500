import { Effect } from "effect"
import * as Protocol from "../Protocol.js"
import { checkPercent, checkSubgroupCounts } from "./CheckCounts.js"
import { checkScale, type ScaleCell } from "./CheckScales.js"
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
import { checkTests } from "./CheckTests.js"
import type { Cells, Finding, Interval } from "./Finding.js"
import { cellsOf } from "./Finding.js"
import type { PrintedDecimals } from "./Printed.js"
import type { Published } from "./Published.js"
import { decimals as studyDecimals } from "./PublishedStudy.js"

const scaleCells = (p: Published, protocol: Protocol.Protocol): Array<ScaleCell> => {
  const n = p.cohort.n
  const nrsMin = protocol.inclusion.baselineNrsMin
  const cell = (label: string, at: string, size: number, min: number, max: number, step = 1): ScaleCell => ({
    label,
    mean: `${at}[0]`,
    sd: `${at}[1]`,
    n: size,
    min,
    max,
    step
  })
  return [
    cell("Baseline NRS", "table2.nrs.baseline", n, nrsMin, 10),
    cell("NRS at 3 months", "table2.nrs.m3", n, 0, 10),
    cell("NRS at 6 months", "table2.nrs.m6", n, 0, 10),
    cell("Baseline VAS", "table2.vas.baseline", n, 0, 100),
    cell("VAS at 3 months", "table2.vas.m3", n, 0, 100),
    cell("VAS at 6 months", "table2.vas.m6", n, 0, 100),
    cell("Baseline ODI", "table3.odi.baseline", n, 0, 50, 2),
    cell("ODI at 3 months", "table3.odi.m3", n, 0, 50, 2),
    cell("ODI at 6 months", "table3.odi.m6", n, 0, 50, 2),
    {
      label: "Age",
      mean: "table1.ageMean",
      sd: "table1.ageSd",
      n,
      min: p.table1.ageMin,
      max: p.table1.ageMax,
      step: 1
    },
    {
      label: "Cryolesions per procedure (one side, protocol range)",
      mean: "table6.lesionsMean",
      sd: "table6.lesionsSd",
      n,
      min: protocol.cryo.lesionsPerSide.min,
      max: protocol.cryo.lesionsPerSide.max,
      step: 1
    },
    ...(["female", "male"] as const).flatMap((k) => [
      cell(`Baseline NRS, ${k}`, `table8.${k}.baselineNrs`, p.table8[k].n, nrsMin, 10),
      cell(`NRS reduction at 3 months, ${k}`, `table8.${k}.reductionM3`, p.table8[k].n, -10, 10 - nrsMin),
      cell(`NRS reduction at 6 months, ${k}`, `table8.${k}.reductionM6`, p.table8[k].n, -10, 10 - nrsMin)
    ]),
    ...(["under55", "atLeast55"] as const).flatMap((k) => [
      cell(`Baseline NRS, ${k}`, `table9.${k}.baselineNrs`, p.table9[k].n, nrsMin, 10),
      cell(`NRS reduction at 6 months, ${k}`, `table9.${k}.reductionM6`, p.table9[k].n, -10, 10 - nrsMin)
    ]),
    ...strata(p.table10).flatMap((s) => [
      cell(
        `Baseline NRS, stratum ${s.lo}–${s.hi}`,
        `table10.${s.key}.baselineNrs`,
        groupN(p, s.key),
        s.lo,
        s.hi
      ),
      cell(
        `NRS reduction at 6 months, stratum ${s.lo}–${s.hi}`,
        `table10.${s.key}.reductionM6`,
        groupN(p, s.key),
        -s.hi,
        10 - s.lo
      )
    ])
  ]
}

const groupN = (p: Published, key: string): number =>
  (p.table10 as unknown as Record<string, { n: number }>)[key]!.n

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
const checkNrs = (p: Published, cells: Cells): Array<Finding> => {
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

const checkOtherChanges = (cells: Cells): Array<Finding> => [
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

const checkCounts = (p: Published, cells: Cells): Array<Finding> => {
  const n = p.cohort.n
  const t1 = (["female", "male", "rightSide", "leftSide", "positiveBlock"] as const).map((k) =>
    checkPercent(cells, `Table 1, ${k}`, p.table1[k].n, n, `table1.${k}.pct`)
  )
  const t4 = (["reduction50", "reduction30", "nrsAtMost2"] as const).flatMap((k) =>
    (["m3", "m6"] as const).map((m) =>
      checkPercent(
        cells,
        `Table 4, ${k} at ${m}`,
        p.table4[k][m][0],
        p.table4[k][m][1],
        `table4.${k}.${m}[2]`
      )
    )
  )
  const t5 = (["nsaids", "opioids"] as const).flatMap((k) =>
    (["baseline", "m3", "m6"] as const).map((m) =>
      checkPercent(cells, `Table 5, ${k} at ${m}`, p.table5[k][m][0], n, `table5.${k}.${m}[1]`)
    )
  )
  const t7 = Object.entries(p.table7).map(([k, v]) =>
    checkPercent(cells, `Table 7, ${k}`, v[0], n, `table7.${k}[1]`)
  )
  const responders = p.table4.reduction50.m6[0]
  return [
    ...t1,
    ...t4,
    ...t5,
    ...t7,
    ...checkSubgroupCounts(
      cells,
      "Table 8, 6-month responders by sex",
      [
        { n: p.table8.female.n, pctPath: "table8.female.responderM6Pct" },
        { n: p.table8.male.n, pctPath: "table8.male.responderM6Pct" }
      ],
      responders,
      "table4.reduction50.m6[0]"
    ),
    ...checkSubgroupCounts(
      cells,
      "Table 9, 6-month responders by age",
      [
        { n: p.table9.under55.n, pctPath: "table9.under55.responderM6Pct" },
        { n: p.table9.atLeast55.n, pctPath: "table9.atLeast55.responderM6Pct" }
      ],
      responders,
      "table4.reduction50.m6[0]"
    ),
    ...checkSubgroupCounts(
      cells,
      "Table 10, responders by baseline stratum",
      strata(p.table10).map((s) => ({ n: groupN(p, s.key), pctPath: `table10.${s.key}.responderPct` })),
      responders,
      "table4.reduction50.m6[0]"
    )
  ]
}

/**
 * Consistency checks of the published summaries themselves (GRIM/SPRITE-style bounds, subgroups
 * adding up, percentages of counts, changes and effect sizes), each finding in a sentence.
 */
export const checkSummaries = (
  published: Published,
  protocol: Protocol.Protocol = Protocol.study,
  decimals: PrintedDecimals = studyDecimals
): Array<Finding> => {
  const cells = cellsOf(published, decimals)
  return [
    ...scaleCells(published, protocol).map((c) => checkScale(cells, c)),
    ...checkNrs(published, cells),
    ...checkOtherChanges(cells),
    ...checkCounts(published, cells)
  ]
}

/**
 * Every consistency check of the published tables: the summaries (`checkSummaries`) and the
 * p-values recomputed from them with the named tests (Welch t, one-way ANOVA, chi-square).
 */
export const checkPublished = (
  published: Published,
  protocol: Protocol.Protocol = Protocol.study,
  decimals: PrintedDecimals = studyDecimals
) =>
  Effect.map(checkTests(published, decimals), (tests) => [
    ...checkSummaries(published, protocol, decimals),
    ...tests
  ])
