import * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import { column, meanSd, type StudyColumns, select } from "./Columns.js"
import { count, formatP, pct, meanSd as printed } from "./Format.js"
import type { LabelledTest } from "./Tests.js"

const labels = (c: StudyColumns, label: (i: number) => number): Uint8Array => {
  const out = new Uint8Array(c.n)
  for (let i = 0; i < c.n; i++) out[i] = label(i)
  return out
}

const welch = (x: Float64Array, g: Uint8Array, label: string) =>
  Effect.gen(function* () {
    const a = select(x, g, 0)
    const b = select(x, g, 1)
    const w = yield* Stats.welchT(a, b)
    const s = yield* Stats.studentT(a, b)
    return {
      p: w.p,
      tests: [
        { label, test: "Welch t (used in the table)", statistic: w.t, df: w.df, p: w.p },
        { label, test: "Student t (alternative)", statistic: s.t, df: s.df, p: s.p }
      ] satisfies Array<LabelledTest>
    }
  })

const responderTable = (r: Uint8Array, g: Uint8Array, groups: number) =>
  Array.from({ length: groups }, (_, k) => {
    const yes = count(r, g, k)
    let size = 0
    for (const v of g) if (v === k) size++
    return [yes, size - yes]
  })

/** Tables 8–10: subgroups by sex, age (< 55 / ≥ 55) and baseline NRS stratum, with between-group tests. */
export const subgroups = (c: StudyColumns, responderM6: Uint8Array) =>
  Effect.gen(function* () {
    const b = column(c.nrs, 0)
    const d3 = column(c.nrs, 1).map((v, i) => v - b[i]!)
    const d6 = column(c.nrs, 2).map((v, i) => v - b[i]!)
    const sex = labels(c, (i) => (c.female[i] === 1 ? 0 : 1))
    const age = labels(c, (i) => (c.age[i]! < 55 ? 0 : 1))
    const stratum = labels(c, (i) => (b[i]! <= 6 ? 0 : b[i]! <= 8 ? 1 : 2))
    const group = (g: Uint8Array, k: number) => {
      const n = meanSd(b, g, k).n
      return {
        n,
        baselineNrs: printed(meanSd(b, g, k), 1),
        reductionM3: printed(meanSd(d3, g, k), 1),
        reductionM6: printed(meanSd(d6, g, k), 1),
        responderM6Pct: pct(count(responderM6, g, k), n)
      }
    }
    const chi = (g: Uint8Array, groups: number, label: string) =>
      Effect.map(Stats.chiSquare(responderTable(responderM6, g, groups), false), (r) => ({
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
      welch(b, sex, "Table 8 baseline NRS"),
      welch(d3, sex, "Table 8 NRS reduction 3 months"),
      welch(d6, sex, "Table 8 NRS reduction 6 months")
    ])
    const sexChi = yield* chi(sex, 2, "Table 8 responders at 6 months")
    const ageTests = yield* Effect.all([
      welch(b, age, "Table 9 baseline NRS"),
      welch(d6, age, "Table 9 NRS reduction 6 months")
    ])
    const ageChi = yield* chi(age, 2, "Table 9 responders at 6 months")
    const anova = yield* Stats.oneWayAnova([0, 1, 2].map((k) => select(d6, stratum, k)))
    const stratumChi = yield* chi(stratum, 3, "Table 10 responders")
    const [female, male] = [group(sex, 0), group(sex, 1)]
    const [under55, atLeast55] = [group(age, 0), group(age, 1)]
    const strata = [0, 1, 2].map((k) => {
      const { n, baselineNrs, reductionM6, responderM6Pct } = group(stratum, k)
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
      tests
    }
  })
