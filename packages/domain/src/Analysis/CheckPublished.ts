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
import type { PrintedDecimals } from "./Printed.js"
import type { Published } from "./Published.js"
import { decimals as studyDecimals } from "./PublishedStudy.js"

const groupN = (p: Published, key: string): number =>
  (p.table10 as unknown as Record<string, { n: number }>)[key]!.n

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
  // Subgroup responder counts must add up to Table 4's 6-month responders.
  const responders = (what: string, groups: ReadonlyArray<{ n: number; pctPath: string }>) =>
    checkSubgroupCounts(cells, what, groups, p.table4.reduction50.m6[0], "table4.reduction50.m6[0]")
  return [
    ...t1,
    ...t4,
    ...t5,
    ...t7,
    ...responders("Table 8, 6-month responders by sex", [
      { n: p.table8.female.n, pctPath: "table8.female.responderM6Pct" },
      { n: p.table8.male.n, pctPath: "table8.male.responderM6Pct" }
    ]),
    ...responders("Table 9, 6-month responders by age", [
      { n: p.table9.under55.n, pctPath: "table9.under55.responderM6Pct" },
      { n: p.table9.atLeast55.n, pctPath: "table9.atLeast55.responderM6Pct" }
    ]),
    ...responders(
      "Table 10, responders by baseline stratum",
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
      label: "Cryolesions per procedure",
      mean: "table6.lesionsMean",
      sd: "table6.lesionsSd",
      n: published.cohort.n,
      min: protocol.cryo.lesionsPerSide.min,
      max: protocol.cryo.lesionsPerSide.max,
      stated: `typically ${protocol.cryo.lesionsPerSide.min} to ${protocol.cryo.lesionsPerSide.max} lesions per treated side`,
      unit: "lesions",
      of: "procedures"
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
