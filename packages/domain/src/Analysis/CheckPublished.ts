import { Effect } from "effect"
import * as Protocol from "../Protocol.js"
import { checkTypicalRange } from "./CheckAssumptions.js"
import { checkPercent, checkSubgroupCounts } from "./CheckCounts.js"
import { checkNrs, checkOtherChanges } from "./CheckNrs.js"
import { checkScale, type ScaleCell } from "./CheckScales.js"
import { strata } from "./CheckSubgroups.js"
import { checkTests } from "./CheckTests.js"
import type { Cells, Finding } from "./Finding.js"
import { cellsOf } from "./Finding.js"
import type { Partition, ScaleSubject } from "./FindingCode.js"
import type { PrintedDecimals } from "./Printed.js"
import type { Published } from "./Published.js"
import { decimals as studyDecimals } from "./PublishedStudy.js"

const groupN = (p: Published, key: string): number =>
  (p.table10 as unknown as Record<string, { n: number }>)[key]!.n

const times = ["baseline", "m3", "m6"] as const

const scaleCells = (p: Published, protocol: Protocol.Protocol): Array<ScaleCell> => {
  const n = p.cohort.n
  const nrsMin = protocol.inclusion.baselineNrsMin
  const cell = (
    subject: ScaleSubject,
    at: string,
    size: number,
    min: number,
    max: number,
    step = 1
  ): ScaleCell => ({
    subject,
    mean: `${at}[0]`,
    sd: `${at}[1]`,
    n: size,
    min,
    max,
    step
  })
  return [
    ...times.map((at) =>
      cell({ quantity: "nrs", at }, `table2.nrs.${at}`, n, at === "baseline" ? nrsMin : 0, 10)
    ),
    ...times.map((at) => cell({ quantity: "vas", at }, `table2.vas.${at}`, n, 0, 100)),
    ...times.map((at) => cell({ quantity: "odi", at }, `table3.odi.${at}`, n, 0, 50, 2)),
    {
      subject: { quantity: "age", at: "baseline" },
      mean: "table1.ageMean",
      sd: "table1.ageSd",
      n,
      min: p.table1.ageMin,
      max: p.table1.ageMax,
      step: 1
    },
    ...(["female", "male"] as const).flatMap((group) => [
      cell(
        { quantity: "nrs", at: "baseline", group },
        `table8.${group}.baselineNrs`,
        p.table8[group].n,
        nrsMin,
        10
      ),
      ...(["m3", "m6"] as const).map((at) =>
        cell(
          { quantity: "nrsReduction", at, group },
          `table8.${group}.reduction${at === "m3" ? "M3" : "M6"}`,
          p.table8[group].n,
          -10,
          10 - nrsMin
        )
      )
    ]),
    ...(["under55", "atLeast55"] as const).flatMap((group) => [
      cell(
        { quantity: "nrs", at: "baseline", group },
        `table9.${group}.baselineNrs`,
        p.table9[group].n,
        nrsMin,
        10
      ),
      cell(
        { quantity: "nrsReduction", at: "m6", group },
        `table9.${group}.reductionM6`,
        p.table9[group].n,
        -10,
        10 - nrsMin
      )
    ]),
    ...strata(p.table10).flatMap((s) => [
      cell(
        { quantity: "nrs", at: "baseline", group: { lo: s.lo, hi: s.hi } },
        `table10.${s.key}.baselineNrs`,
        groupN(p, s.key),
        s.lo,
        s.hi
      ),
      cell(
        { quantity: "nrsReduction", at: "m6", group: { lo: s.lo, hi: s.hi } },
        `table10.${s.key}.reductionM6`,
        groupN(p, s.key),
        -s.hi,
        10 - s.lo
      )
    ])
  ]
}

const checkCounts = (p: Published, cells: Cells): Array<Finding> => {
  const n = p.cohort.n
  const t1 = (["female", "male", "rightSide", "leftSide", "positiveBlock"] as const).map((k) =>
    checkPercent(cells, { table: 1, row: k }, p.table1[k].n, n, `table1.${k}.pct`)
  )
  const t4 = (["reduction50", "reduction30", "nrsAtMost2"] as const).flatMap((k) =>
    (["m3", "m6"] as const).map((m) =>
      checkPercent(
        cells,
        { table: 4, row: k, at: m },
        p.table4[k][m][0],
        p.table4[k][m][1],
        `table4.${k}.${m}[2]`
      )
    )
  )
  const t5 = (["nsaids", "opioids"] as const).flatMap((k) =>
    (["baseline", "m3", "m6"] as const).map((m) =>
      checkPercent(cells, { table: 5, row: k, at: m }, p.table5[k][m][0], n, `table5.${k}.${m}[1]`)
    )
  )
  const t7 = (Object.keys(p.table7) as Array<keyof Published["table7"]>).map((k) =>
    checkPercent(cells, { table: 7, row: k }, p.table7[k][0], n, `table7.${k}[1]`)
  )
  // Subgroup responder counts must add up to Table 4's 6-month responders.
  const responders = (by: Partition, groups: ReadonlyArray<{ n: number; pctPath: string }>) =>
    checkSubgroupCounts(cells, by, groups, p.table4.reduction50.m6[0], "table4.reduction50.m6[0]")
  return [
    ...t1,
    ...t4,
    ...t5,
    ...t7,
    ...responders("sex", [
      { n: p.table8.female.n, pctPath: "table8.female.responderM6Pct" },
      { n: p.table8.male.n, pctPath: "table8.male.responderM6Pct" }
    ]),
    ...responders("age", [
      { n: p.table9.under55.n, pctPath: "table9.under55.responderM6Pct" },
      { n: p.table9.atLeast55.n, pctPath: "table9.atLeast55.responderM6Pct" }
    ]),
    ...responders(
      "stratum",
      strata(p.table10).map((s) => ({ n: groupN(p, s.key), pctPath: `table10.${s.key}.responderPct` }))
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
    checkTypicalRange(cells, {
      mean: "table6.lesionsMean",
      sd: "table6.lesionsSd",
      n: published.cohort.n,
      min: protocol.cryo.lesionsPerSide.min,
      max: protocol.cryo.lesionsPerSide.max
    }),
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
