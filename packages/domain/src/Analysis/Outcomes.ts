import * as Stats from "@cryoreg/stats"
import { Effect, Either } from "effect"
import { fromEither, meanSdCell, notComputed, refusal, whenFinite } from "./Cell.js"
import { columns, visitMeans } from "./Columns.js"
import type { ScaleCoverage } from "./Coverage.js"
import { formatP } from "./Format.js"
import { round } from "./Printed.js"
import { type Measure, reason, type TestName, who } from "./Reason.js"
import { type LabelledTest, labelledOrNot, notComputedTest, shapiro } from "./Tests.js"

/** The patients (rows of an n × 3 visit array) who attended all three visits; `x` itself when all did. */
const completeCases = (x: Float64Array): Float64Array => {
  let missed = 0
  for (let i = 0; i < x.length; i++) if (Number.isNaN(x[i]!)) missed++
  if (missed === 0) return x
  const kept: Array<number> = []
  for (let i = 0; i < x.length; i += 3)
    if (!(Number.isNaN(x[i]!) || Number.isNaN(x[i + 1]!) || Number.isNaN(x[i + 2]!)))
      kept.push(x[i]!, x[i + 1]!, x[i + 2]!)
  return Float64Array.from(kept)
}

/**
 * The descriptive figures of one scale: mean ± SD at each time point over every patient measured then,
 * and each change from baseline over the patients measured at baseline and at that time point.
 */
const descriptives = (all: Float64Array) => {
  const { at, pairs } = visitMeans(all)
  return { s: at, change: pairs.map((p) => ({ n: p.n, change: p.later - p.baseline, baseline: p.baseline })) }
}

const timepoints = ["baseline", "m3", "m6"] as const

/**
 * Tables 2 and 3 for one scale: means over time and changes (every patient measured, see `descriptives`);
 * rmANOVA, Bonferroni post hoc and the alternatives on the patients with all three visits (complete
 * cases, as repeated-measures ANOVA needs). Each cell and test is computed on its own: one the patients
 * cannot give is "not computed", with the reason, and the others are still computed.
 */
export const scaleOverTime = (all: Float64Array, name: string, decimals: number) =>
  Effect.gen(function* () {
    const x = completeCases(all)
    const complete = x.length / 3
    const flat = { values: x, columns: 3 }
    const t = columns(x)
    const { s, change } = descriptives(all)
    const scale = name as Measure
    const refused = (test: TestName) => refusal(test, complete, who(scale, "all"))
    const anova = yield* Effect.either(Stats.rmAnova(flat))
    const posthoc = yield* Effect.either(Stats.posthocPaired(flat, "bonferroni"))
    const normality = yield* Effect.all(
      t.map((c, k) => {
        const label = `${name} at ${["baseline", "3 months", "6 months"][k]}`
        return Effect.catchAll(shapiro(c, label), (e) =>
          Effect.succeed(notComputedTest(label, "Shapiro-Wilk", refused("shapiroWilk")(e)))
        )
      })
    )
    const nonNormal = normality.some((r) => r.p !== null && r.p < 0.05)
    const friedman = yield* Effect.either(Stats.friedman(flat))
    const wilcoxon = yield* Effect.either(Stats.wilcoxonSignedRank(t[1]!, t[2]!))
    const sphericityRejected = Either.match(anova, {
      onLeft: () => false,
      onRight: (a) => a.mauchlyP !== null && a.mauchlyP < 0.05
    })
    const ggTest = sphericityRejected
      ? "rmANOVA with Greenhouse-Geisser correction (appropriate: Mauchly rejects sphericity)"
      : "rmANOVA with Greenhouse-Geisser correction (sphericity not rejected)"
    const friedmanTest = nonNormal
      ? "Friedman (appropriate: Shapiro-Wilk rejects normality)"
      : "Friedman (alternative)"
    const wilcoxonTest = nonNormal
      ? "Wilcoxon signed-rank (appropriate: Shapiro-Wilk rejects normality)"
      : "Wilcoxon signed-rank (alternative)"
    const tests: Record<string, LabelledTest> = {
      [`${name}.rmAnova`]: labelledOrNot(
        anova,
        `${name}: effect of time`,
        "repeated-measures ANOVA (as published)",
        (a) => ({ statistic: a.f, df: a.df1, p: a.p, note: `df ${a.df1}, ${a.df2}` }),
        refused("rmAnova")
      ),
      [`${name}.sphericity`]: labelledOrNot(
        anova,
        `${name}: Mauchly's test of sphericity`,
        "Mauchly",
        (a) => ({ statistic: a.mauchlyW, df: null, p: a.mauchlyP }),
        refused("mauchly")
      ),
      [`${name}.rmAnovaGG`]: labelledOrNot(
        anova,
        `${name}: effect of time, Greenhouse-Geisser corrected`,
        ggTest,
        (a) => ({ statistic: a.f, df: a.df1 * a.ggEpsilon, p: a.pGG, note: `epsilon ${a.ggEpsilon}` }),
        refused("rmAnova")
      ),
      ...Object.fromEntries(normality.map((r, k) => [`${name}.shapiro${["Baseline", "M3", "M6"][k]}`, r])),
      [`${name}.friedman`]: labelledOrNot(
        friedman,
        `${name}: effect of time, rank-based`,
        friedmanTest,
        (f) => ({ statistic: f.statistic, df: f.df, p: f.p }),
        refused("friedman")
      ),
      [`${name}.wilcoxonM3M6`]: labelledOrNot(
        wilcoxon,
        `${name}: 3 vs 6 months, rank-based`,
        wilcoxonTest,
        (w) => ({ statistic: w.statistic, df: null, p: w.p }),
        refused("wilcoxon")
      ),
      [`${name}.bonferroni`]: labelledOrNot(
        posthoc,
        `${name}: Bonferroni-adjusted paired t, baseline–3, baseline–6, 3–6 months`,
        "paired t, Bonferroni (as published)",
        (h) => ({ statistic: null, df: null, p: h.p[2] ?? null, note: h.p.join(", ") }),
        refused("bonferroniTests")
      )
    }
    const pairwise = (k: number) => fromEither(posthoc, (h) => formatP(h.p[k]!), refused("bonferroniTest"))
    const changeCell = (k: number, f: (c: (typeof change)[number]) => number) =>
      change[k]!.n === 0
        ? notComputed(reason("noPatient", { who: who(scale, k === 0 ? "baselineAndM3" : "baselineAndM6") }))
        : whenFinite(f(change[k]!), () => reason("changeUndefined", { measure: scale }))
    return {
      /** Mean and SD at each time point, unrounded. */
      at: s,
      means: s.map((m, k) => meanSdCell(m, decimals, who(scale, timepoints[k]!))),
      change: [0, 1].map((k) => changeCell(k, (c) => round(c.change, decimals))),
      changePct: [0, 1].map((k) => changeCell(k, (c) => round((100 * c.change) / c.baseline, 1))),
      pairwise: { baseline_m3: pairwise(0), baseline_m6: pairwise(1), m3_m6: pairwise(2) },
      rmAnovaTime: fromEither(anova, (a) => formatP(a.p), refused("rmAnova")),
      columns: t,
      tests,
      coverage: {
        baseline: s[0]!.n,
        m3: s[1]!.n,
        m6: s[2]!.n,
        changeM3: change[0]!.n,
        changeM6: change[1]!.n,
        completeCases: complete,
        leftOut: (all.length - x.length) / 3
      } satisfies ScaleCoverage
    }
  })
