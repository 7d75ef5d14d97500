import type { Block, Target } from "./anneal.js"
import { mean, sd } from "./anneal.js"
import { countTarget, derivedTarget, meanTarget, pTarget, sdTarget, value } from "./cells.js"
import { type Design, groupSizes, scaleCount, strata, subgroupCount } from "./design.js"
import type { Random } from "./random.js"
import { anovaP, pairedBonferroniP, welchP } from "./sumTests.js"

/** Columns of the NRS block: baseline, 3 and 6 months. */
export const NRS0 = 0
export const NRS3 = 1
export const NRS6 = 2

// Features a patient's row contributes to the sums.
const F = {
  nrs0: 0,
  nrs3: 1,
  nrs6: 2,
  d3: 3,
  d6: 4,
  d36: 5,
  r50m3: 6,
  r30m3: 7,
  le2m3: 8,
  r50m6: 9,
  r30m6: 10,
  le2m6: 11
}
// Groups: 0 all, 1–2 sex, 3–4 age, 5–7 baseline stratum.
const G = { all: 0, female: 1, male: 2, under55: 3, atLeast55: 4, stratum: 5 }

const targets = (d: Design): Array<Target> => {
  const n = d.n
  const sexN = groupSizes(d.sex, 2)
  const ageN = groupSizes(d.ageGroup, 2)
  const stratumN = groupSizes(d.stratum, 3)
  const count = (path: string, feature: number) =>
    countTarget(path, G.all, feature, scaleCount(value(path), n))
  const t: Array<Target> = [
    meanTarget("table2.nrs.baseline[0]", G.all, F.nrs0),
    sdTarget("table2.nrs.baseline[1]", G.all, F.nrs0),
    meanTarget("table2.nrs.m3[0]", G.all, F.nrs3),
    sdTarget("table2.nrs.m3[1]", G.all, F.nrs3),
    meanTarget("table2.nrs.m6[0]", G.all, F.nrs6),
    sdTarget("table2.nrs.m6[1]", G.all, F.nrs6),
    meanTarget("table2.nrs.changeM3", G.all, F.d3),
    meanTarget("table2.nrs.changeM6", G.all, F.d6),
    derivedTarget("table2.nrs.changeM3Pct", (s) => (100 * mean(s, 0, F.d3)) / mean(s, 0, F.nrs0)),
    derivedTarget("table2.nrs.changeM6Pct", (s) => (100 * mean(s, 0, F.d6)) / mean(s, 0, F.nrs0)),
    derivedTarget(
      "table2.cohensD_nrs_m3",
      (s) => -mean(s, 0, F.d3) / ((sd(s, 0, F.nrs0) + sd(s, 0, F.nrs3)) / 2)
    ),
    pTarget("table2.pairwise.m3_m6", (s) => pairedBonferroniP(s, G.all, F.d36)),
    count("table4.reduction50.m3[0]", F.r50m3),
    count("table4.reduction50.m6[0]", F.r50m6),
    count("table4.reduction30.m3[0]", F.r30m3),
    count("table4.reduction30.m6[0]", F.r30m6),
    count("table4.nrsAtMost2.m3[0]", F.le2m3),
    count("table4.nrsAtMost2.m6[0]", F.le2m6)
  ]
  const sexes = [
    ["female", G.female],
    ["male", G.male]
  ] as const
  sexes.forEach(([key, g], k) => {
    t.push(
      meanTarget(`table8.${key}.baselineNrs[0]`, g, F.nrs0),
      sdTarget(`table8.${key}.baselineNrs[1]`, g, F.nrs0),
      meanTarget(`table8.${key}.reductionM3[0]`, g, F.d3),
      sdTarget(`table8.${key}.reductionM3[1]`, g, F.d3),
      meanTarget(`table8.${key}.reductionM6[0]`, g, F.d6),
      sdTarget(`table8.${key}.reductionM6[1]`, g, F.d6),
      countTarget(
        `table8.${key}.responderM6Pct`,
        g,
        F.r50m6,
        subgroupCount(`table8.${key}.responderM6Pct`, sexN[k]!)
      )
    )
  })
  t.push(
    pTarget("table8.p.baselineNrs", (s) => welchP(s, G.female, G.male, F.nrs0)),
    pTarget("table8.p.reductionM3", (s) => welchP(s, G.female, G.male, F.d3)),
    pTarget("table8.p.reductionM6", (s) => welchP(s, G.female, G.male, F.d6))
  )
  const ages = [
    ["under55", G.under55],
    ["atLeast55", G.atLeast55]
  ] as const
  ages.forEach(([key, g], k) => {
    t.push(
      meanTarget(`table9.${key}.baselineNrs[0]`, g, F.nrs0),
      sdTarget(`table9.${key}.baselineNrs[1]`, g, F.nrs0),
      meanTarget(`table9.${key}.reductionM6[0]`, g, F.d6),
      sdTarget(`table9.${key}.reductionM6[1]`, g, F.d6),
      countTarget(
        `table9.${key}.responderM6Pct`,
        g,
        F.r50m6,
        subgroupCount(`table9.${key}.responderM6Pct`, ageN[k]!)
      )
    )
  })
  t.push(
    pTarget("table9.p.baselineNrs", (s) => welchP(s, G.under55, G.atLeast55, F.nrs0)),
    pTarget("table9.p.reductionM6", (s) => welchP(s, G.under55, G.atLeast55, F.d6))
  )
  strata.forEach(({ key }, k) => {
    const g = G.stratum + k
    t.push(
      meanTarget(`table10.${key}.baselineNrs[0]`, g, F.nrs0),
      sdTarget(`table10.${key}.baselineNrs[1]`, g, F.nrs0),
      meanTarget(`table10.${key}.reductionM6[0]`, g, F.d6),
      sdTarget(`table10.${key}.reductionM6[1]`, g, F.d6),
      countTarget(
        `table10.${key}.responderPct`,
        g,
        F.r50m6,
        subgroupCount(`table10.${key}.responderPct`, stratumN[k]!)
      )
    )
  })
  t.push(pTarget("table10.p.reductionM6", (s) => anovaP(s, [5, 6, 7], F.d6)))
  return t
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

/** The NRS block: baseline within its Table 10 stratum, 3- and 6-month scores 0–10, drawn then annealed. */
export const make = (d: Design, random: Random): Block => {
  const n = d.n
  const values = new Int32Array(n * 3)
  const lo = new Int32Array(n * 3)
  const hi = new Int32Array(n * 3).fill(10)
  const memberOf = new Int32Array(n * 4)
  for (let i = 0; i < n; i++) {
    const stratum = strata[d.stratum[i]!]!
    const upper = value(`table10.${stratum.key}.baselineNrs[0]`) - stratum.lo
    const b = random.next() < upper ? stratum.hi : stratum.lo
    values[i * 3] = b
    lo[i * 3] = stratum.lo
    hi[i * 3] = stratum.hi
    values[i * 3 + 1] = clamp(Math.round(b * (0.49 + 0.2 * random.normal())), 0, 10)
    values[i * 3 + 2] = clamp(Math.round(b * (0.57 + 0.22 * random.normal())), 0, 10)
    memberOf.set([G.all, 1 + d.sex[i]!, 3 + d.ageGroup[i]!, 5 + d.stratum[i]!], i * 4)
  }
  return {
    n,
    columns: 3,
    values,
    lo,
    hi,
    groups: 8,
    memberOf,
    memberships: 4,
    features: 12,
    maxStep: 1,
    targets: targets(d),
    feature: (i, v, out) => {
      const b = v[i * 3]!
      const m3 = v[i * 3 + 1]!
      const m6 = v[i * 3 + 2]!
      out[F.nrs0] = b
      out[F.nrs3] = m3
      out[F.nrs6] = m6
      out[F.d3] = m3 - b
      out[F.d6] = m6 - b
      out[F.d36] = m6 - m3
      out[F.r50m3] = 2 * (b - m3) >= b ? 1 : 0
      out[F.r30m3] = 10 * (b - m3) >= 3 * b ? 1 : 0
      out[F.le2m3] = m3 <= 2 ? 1 : 0
      out[F.r50m6] = 2 * (b - m6) >= b ? 1 : 0
      out[F.r30m6] = 10 * (b - m6) >= 3 * b ? 1 : 0
      out[F.le2m6] = m6 <= 2 ? 1 : 0
    }
  }
}
