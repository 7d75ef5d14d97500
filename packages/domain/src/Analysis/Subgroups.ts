import * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import { type Cell, computed, fromEither, meanSdCell, notComputed } from "./Cell.js"
import { groupMeanSd, type StudyColumns, split } from "./Columns.js"
import { m6Only, subgroupsLeftOut } from "./Coverage.js"
import { formatP, pct } from "./Format.js"
import { inGroup, type NotComputedReason, reason, type Subgroup, who } from "./Reason.js"
import { attended, changes, labels, sizes, welch, withValue } from "./SubgroupGroups.js"
import { type LabelledTest, labelledOrNot } from "./Tests.js"

const m6Pair = who("nrs", "baselineAndM6")
const m3Pair = who("nrs", "baselineAndM3")
const baselineNrs = who("nrs", "baseline")
const names = {
  sex: ["female", "male"],
  age: ["under55", "atLeast55"],
  stratum: ["nrs5to6", "nrs7to8", "nrs9to10"]
} as const satisfies Record<string, ReadonlyArray<Subgroup>>

/** Tables 8–10: subgroups by sex, age (< 55 / ≥ 55) and baseline NRS stratum, with between-group tests. */
export const subgroups = (c: StudyColumns, responderM6: Uint8Array) =>
  Effect.gen(function* () {
    const { b, d3, d6 } = changes(c.nrs)
    const { sex, age, stratum } = labels(c, b)
    // per group: n, baseline NRS, reductions at 3 and 6 months, 6-month responders
    const summarise = (g: Uint8Array, groupNames: ReadonlyArray<Subgroup>) => {
      const groups = groupNames.length
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
        const among = (cell: Cell<readonly [number, number]>) =>
          cell._tag === "Computed" ? cell : notComputed(inGroup(cell.why, groupNames[k]!))
        return {
          n: computed(baseline!.n),
          baselineNrs: among(meanSdCell(baseline!, 1, baselineNrs)),
          reductionM3: among(meanSdCell(m3!, 1, m3Pair)),
          reductionM6: among(meanSdCell(m6!, 1, m6Pair)),
          responderM6Pct:
            m6!.n === 0
              ? notComputed(reason("noPatient", { who: m6Pair }, groupNames[k]!))
              : computed(pct(yes[k]!, m6!.n))
        }
      }
      const used = (k: number) => ({
        baselineNrs: m[k]![0]!.n,
        reductionM3: m[k]![1]!.n,
        reductionM6: m[k]![2]!.n
      })
      return { group, table, used }
    }
    const bySex = summarise(sex, names.sex)
    const byAge = summarise(age, names.age)
    const byStratum = summarise(stratum, names.stratum)
    const chi = (table: Array<Array<number>>, groups: ReadonlyArray<Subgroup>, label: string) =>
      Effect.map(Effect.either(Stats.chiSquare(table, false)), (r) => {
        const measured = table.map(([yes, no]) => yes! + no!)
        const responders = table.reduce((k, [yes]) => k + yes!, 0)
        const total = measured.reduce((a, b) => a + b, 0)
        const why = (): NotComputedReason =>
          total === 0
            ? reason("noPatient", { who: m6Pair })
            : measured.some((k) => k === 0)
              ? reason("needsEveryGroup", {
                  who: m6Pair,
                  groups: groups.map((group, k) => ({ group, n: measured[k]! })),
                  test: "chiSquare"
                })
              : responders === 0
                ? reason("noResponderM6", { n: total, who: m6Pair })
                : responders === total
                  ? reason("allRespondersM6", { n: total, who: m6Pair })
                  : reason("undefinedForPatients", { n: total, test: "chiSquare" })
        return {
          p: fromEither(r, (x) => formatP(x.p), why),
          test: labelledOrNot(
            r,
            label,
            "Pearson chi-square (as published)",
            (x) => ({ statistic: x.statistic, df: x.df, p: x.p }),
            why
          )
        }
      })
    const sexTests = yield* Effect.all([
      welch(split(b, sex, 2), names.sex, baselineNrs, "Table 8 baseline NRS"),
      welch(split(d3, sex, 2), names.sex, m3Pair, "Table 8 NRS reduction 3 months"),
      welch(split(d6, sex, 2), names.sex, m6Pair, "Table 8 NRS reduction 6 months")
    ])
    const sexChi = yield* chi(bySex.table, names.sex, "Table 8 responders at 6 months")
    const ageTests = yield* Effect.all([
      welch(split(b, age, 2), names.age, baselineNrs, "Table 9 baseline NRS"),
      welch(split(d6, age, 2), names.age, m6Pair, "Table 9 NRS reduction 6 months")
    ])
    const ageChi = yield* chi(byAge.table, names.age, "Table 9 responders at 6 months")
    const strataD6 = attended(split(d6, stratum, 3))
    const anova = yield* Effect.either(Stats.oneWayAnova(strataD6))
    const anovaWhy = (e: Stats.StatsError): NotComputedReason =>
      e._tag === "ZeroVariance"
        ? reason("sameReductionEveryone", { who: m6Pair, test: "oneWayAnova" })
        : reason("needsEveryStratum", {
            who: m6Pair,
            groups: sizes(strataD6, names.stratum),
            test: "oneWayAnova"
          })
    const stratumChi = yield* chi(byStratum.table, names.stratum, "Table 10 responders")
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
      labelledOrNot(
        anova,
        "Table 10 NRS reduction 6 months",
        "one-way ANOVA (used in the table)",
        (a) => ({ statistic: a.f, df: a.df1, p: a.p }),
        anovaWhy
      ),
      stratumChi.test
    ]
    return {
      table8: {
        female,
        male,
        p: {
          baselineNrs: sexTests[0].p,
          reductionM3: sexTests[1].p,
          reductionM6: sexTests[2].p,
          responderM6: sexChi.p
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
          baselineNrs: ageTests[0].p,
          reductionM6: ageTests[1].p,
          responderM6: ageChi.p
        }
      },
      table10: {
        nrs5to6: strata[0]!,
        nrs7to8: strata[1]!,
        nrs9to10: strata[2]!,
        p: { reductionM6: fromEither(anova, (a) => formatP(a.p), anovaWhy), responder: stratumChi.p }
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
