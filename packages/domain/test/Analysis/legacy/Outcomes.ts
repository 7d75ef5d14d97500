import * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import { columns, visitMeans } from "../../../src/Analysis/Columns.js"
import type { ScaleCoverage } from "../../../src/Analysis/Coverage.js"
import { formatP, meanSd as printed } from "../../../src/Analysis/Format.js"
import { round } from "../../../src/Analysis/Printed.js"
import { type LabelledTest, shapiro } from "../../../src/Analysis/Tests.js"

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

/**
 * Tables 2 and 3 for one scale: means over time and changes (every patient measured, see `descriptives`);
 * rmANOVA, Bonferroni post hoc and the alternatives on the patients with all three visits (complete
 * cases, as repeated-measures ANOVA needs).
 */
export const scaleOverTime = (all: Float64Array, name: string, decimals: number) =>
  Effect.gen(function* () {
    const x = completeCases(all)
    const flat = { values: x, columns: 3 }
    const t = columns(x)
    const { s, change } = descriptives(all)
    const anova = yield* Stats.rmAnova(flat)
    const posthoc = yield* Stats.posthocPaired(flat, "bonferroni")
    const sphericityRejected = anova.mauchlyP !== null && anova.mauchlyP < 0.05
    const normality = yield* Effect.all(
      t.map((c, k) => shapiro(c, `${name} at ${["baseline", "3 months", "6 months"][k]}`))
    )
    const nonNormal = normality.some((r) => r.p !== null && r.p < 0.05)
    const friedman = yield* Stats.friedman(flat)
    const wilcoxon = yield* Stats.wilcoxonSignedRank(t[1]!, t[2]!)
    const tests: Record<string, LabelledTest> = {
      [`${name}.rmAnova`]: {
        label: `${name}: effect of time`,
        test: "repeated-measures ANOVA (as published)",
        statistic: anova.f,
        df: anova.df1,
        p: anova.p,
        note: `df ${anova.df1}, ${anova.df2}`
      },
      [`${name}.sphericity`]: {
        label: `${name}: Mauchly's test of sphericity`,
        test: "Mauchly",
        statistic: anova.mauchlyW,
        df: null,
        p: anova.mauchlyP
      },
      [`${name}.rmAnovaGG`]: {
        label: `${name}: effect of time, Greenhouse-Geisser corrected`,
        test: sphericityRejected
          ? "rmANOVA with Greenhouse-Geisser correction (appropriate: Mauchly rejects sphericity)"
          : "rmANOVA with Greenhouse-Geisser correction (sphericity not rejected)",
        statistic: anova.f,
        df: anova.df1 * anova.ggEpsilon,
        p: anova.pGG,
        note: `epsilon ${anova.ggEpsilon}`
      },
      ...Object.fromEntries(normality.map((r, k) => [`${name}.shapiro${["Baseline", "M3", "M6"][k]}`, r])),
      [`${name}.friedman`]: {
        label: `${name}: effect of time, rank-based`,
        test: nonNormal ? "Friedman (appropriate: Shapiro-Wilk rejects normality)" : "Friedman (alternative)",
        statistic: friedman.statistic,
        df: friedman.df,
        p: friedman.p
      },
      [`${name}.wilcoxonM3M6`]: {
        label: `${name}: 3 vs 6 months, rank-based`,
        test: nonNormal
          ? "Wilcoxon signed-rank (appropriate: Shapiro-Wilk rejects normality)"
          : "Wilcoxon signed-rank (alternative)",
        statistic: wilcoxon.statistic,
        df: null,
        p: wilcoxon.p
      },
      [`${name}.bonferroni`]: {
        label: `${name}: Bonferroni-adjusted paired t, baseline–3, baseline–6, 3–6 months`,
        test: "paired t, Bonferroni (as published)",
        statistic: null,
        df: null,
        p: posthoc.p[2] ?? null,
        note: posthoc.p.join(", ")
      }
    }
    return {
      means: s.map((m) => printed(m, decimals)),
      change: change.map((c) => round(c.change, decimals)),
      changePct: change.map((c) => round((100 * c.change) / c.baseline, 1)),
      pairwise: {
        baseline_m3: formatP(posthoc.p[0]!),
        baseline_m6: formatP(posthoc.p[1]!),
        m3_m6: formatP(posthoc.p[2]!)
      },
      rmAnovaTime: formatP(anova.p),
      columns: t,
      tests,
      coverage: {
        baseline: s[0]!.n,
        m3: s[1]!.n,
        m6: s[2]!.n,
        changeM3: change[0]!.n,
        changeM6: change[1]!.n,
        completeCases: x.length / 3,
        leftOut: (all.length - x.length) / 3
      } satisfies ScaleCoverage
    }
  })
