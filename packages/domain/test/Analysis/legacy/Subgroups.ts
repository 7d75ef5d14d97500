import * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import { groupMeanSd, type StudyColumns, split } from "../../../src/Analysis/Columns.js"
import { m6Only, subgroupsLeftOut } from "../../../src/Analysis/Coverage.js"
import { formatP, pct, meanSd as printed } from "../../../src/Analysis/Format.js"
import type { LabelledTest } from "../../../src/Analysis/Tests.js"

/** Baseline NRS and its changes to 3 and 6 months, one pass over the n × 3 array. */
const changes = (nrs: Float64Array) => {
  const n = nrs.length / 3
  const [b, d3, d6] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)]
  for (let i = 0; i < n; i++) {
    b[i] = nrs[i * 3]!
    d3[i] = nrs[i * 3 + 1]! - b[i]!
    d6[i] = nrs[i * 3 + 2]! - b[i]!
  }
  return { b, d3, d6 }
}

/**
 * Subgroup labels: sex (0 female, 1 male), age (0 under 55) and baseline NRS stratum (5–6, 7–8, 9–10);
 * a patient without a baseline NRS is in no group (label 2, 2, 3).
 */
const labels = (c: StudyColumns, b: Float64Array) => {
  const [sex, age, stratum] = [new Uint8Array(c.n), new Uint8Array(c.n), new Uint8Array(c.n)]
  for (let i = 0; i < c.n; i++) {
    const none = Number.isNaN(b[i]!)
    sex[i] = none ? 2 : c.female[i] === 1 ? 0 : 1
    age[i] = none ? 2 : c.age[i]! < 55 ? 0 : 1
    stratum[i] = none ? 3 : b[i]! <= 6 ? 0 : b[i]! <= 8 ? 1 : 2
  }
  return { sex, age, stratum }
}

/** The attended values only: a missed visit leaves NaN in a change, and a patient out of that comparison. */
const attended = (groups: ReadonlyArray<Float64Array>): Array<Float64Array> =>
  groups.map((x) => (x.some(Number.isNaN) ? x.filter((v) => !Number.isNaN(v)) : x))

/** Group labels with the patients whose value is missing moved out of every group (label `groups`). */
const withValue = (g: Uint8Array, x: Float64Array, groups: number): Uint8Array =>
  x.some(Number.isNaN) ? g.map((k, i) => (Number.isNaN(x[i]!) ? groups : k)) : g

const welch = (groups: ReadonlyArray<Float64Array>, label: string) =>
  Effect.gen(function* () {
    const [a, b] = attended(groups)
    const w = yield* Stats.welchT(a!, b!)
    const s = yield* Stats.studentT(a!, b!)
    return {
      p: w.p,
      tests: [
        { label, test: "Welch t (used in the table)", statistic: w.t, df: w.df, p: w.p },
        { label, test: "Student t (alternative)", statistic: s.t, df: s.df, p: s.p }
      ] satisfies Array<LabelledTest>
    }
  })

/** Tables 8–10: subgroups by sex, age (< 55 / ≥ 55) and baseline NRS stratum, with between-group tests. */
export const subgroups = (c: StudyColumns, responderM6: Uint8Array) =>
  Effect.gen(function* () {
    const { b, d3, d6 } = changes(c.nrs)
    const { sex, age, stratum } = labels(c, b)
    // per group: n, baseline NRS, reductions at 3 and 6 months, 6-month responders
    const summarise = (g: Uint8Array, groups: number) => {
      const m = groupMeanSd([b, d3, d6], g, groups)
      for (const [v, x] of [d3, d6].entries()) {
        const masked = withValue(g, x, groups)
        if (masked === g) continue
        for (const [k, [s]] of groupMeanSd([x], masked, groups).entries()) m[k]![v + 1] = s!
      }
      // 6-month responders among the group's patients measured at baseline and 6 months (m6's n)
      const yes = new Float64Array(groups)
      for (let i = 0; i < g.length; i++) if (responderM6[i] === 1 && g[i]! < groups) yes[g[i]!]!++
      const table = m.map(([, , m6], k) => [yes[k]!, m6!.n - yes[k]!])
      const group = (k: number) => {
        const [baseline, m3, m6] = m[k]!
        return {
          n: baseline!.n,
          baselineNrs: printed(baseline!, 1),
          reductionM3: printed(m3!, 1),
          reductionM6: printed(m6!, 1),
          responderM6Pct: pct(yes[k]!, m6!.n)
        }
      }
      const used = (k: number) => ({
        baselineNrs: m[k]![0]!.n,
        reductionM3: m[k]![1]!.n,
        reductionM6: m[k]![2]!.n
      })
      return { group, table, used }
    }
    const bySex = summarise(sex, 2)
    const byAge = summarise(age, 2)
    const byStratum = summarise(stratum, 3)
    const chi = (table: Array<Array<number>>, label: string) =>
      Effect.map(Stats.chiSquare(table, false), (r) => ({
        p: r.p,
        test: {
          label,
          test: "Pearson chi-square (as published)",
          statistic: r.statistic,
          df: r.df,
          p: r.p
        } satisfies LabelledTest
      }))
    const sexTests = yield* Effect.all([
      welch(split(b, sex, 2), "Table 8 baseline NRS"),
      welch(split(d3, sex, 2), "Table 8 NRS reduction 3 months"),
      welch(split(d6, sex, 2), "Table 8 NRS reduction 6 months")
    ])
    const sexChi = yield* chi(bySex.table, "Table 8 responders at 6 months")
    const ageTests = yield* Effect.all([
      welch(split(b, age, 2), "Table 9 baseline NRS"),
      welch(split(d6, age, 2), "Table 9 NRS reduction 6 months")
    ])
    const ageChi = yield* chi(byAge.table, "Table 9 responders at 6 months")
    const anova = yield* Stats.oneWayAnova(attended(split(d6, stratum, 3)))
    const stratumChi = yield* chi(byStratum.table, "Table 10 responders")
    const [female, male] = [bySex.group(0), bySex.group(1)]
    const [under55, atLeast55] = [byAge.group(0), byAge.group(1)]
    const strata = [0, 1, 2].map((k) => {
      const { n, baselineNrs, reductionM6, responderM6Pct } = byStratum.group(k)
      return { n, baselineNrs, reductionM6, responderPct: responderM6Pct }
    })
    const tests: Array<LabelledTest> = [
      ...sexTests.flatMap((t) => t.tests),
      sexChi.test,
      ...ageTests.flatMap((t) => t.tests),
      ageChi.test,
      {
        label: "Table 10 NRS reduction 6 months",
        test: "one-way ANOVA (used in the table)",
        statistic: anova.f,
        df: anova.df1,
        p: anova.p
      },
      stratumChi.test
    ]
    return {
      table8: {
        female,
        male,
        p: {
          baselineNrs: formatP(sexTests[0].p),
          reductionM3: formatP(sexTests[1].p),
          reductionM6: formatP(sexTests[2].p),
          responderM6: formatP(sexChi.p)
        }
      },
      table9: {
        under55: {
          n: under55.n,
          baselineNrs: under55.baselineNrs,
          reductionM6: under55.reductionM6,
          responderM6Pct: under55.responderM6Pct
        },
        atLeast55: {
          n: atLeast55.n,
          baselineNrs: atLeast55.baselineNrs,
          reductionM6: atLeast55.reductionM6,
          responderM6Pct: atLeast55.responderM6Pct
        },
        p: {
          baselineNrs: formatP(ageTests[0].p),
          reductionM6: formatP(ageTests[1].p),
          responderM6: formatP(ageChi.p)
        }
      },
      table10: {
        nrs5to6: strata[0]!,
        nrs7to8: strata[1]!,
        nrs9to10: strata[2]!,
        p: { reductionM6: formatP(anova.p), responder: formatP(stratumChi.p) }
      },
      tests,
      coverage: {
        table8: { female: bySex.used(0), male: bySex.used(1), leftOut: subgroupsLeftOut(c.nrs, true) },
        table9: {
          under55: m6Only(byAge.used(0)),
          atLeast55: m6Only(byAge.used(1)),
          leftOut: subgroupsLeftOut(c.nrs, false)
        },
        table10: {
          nrs5to6: m6Only(byStratum.used(0)),
          nrs7to8: m6Only(byStratum.used(1)),
          nrs9to10: m6Only(byStratum.used(2)),
          leftOut: subgroupsLeftOut(c.nrs, false)
        }
      }
    }
  })
