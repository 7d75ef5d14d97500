import {
  chiSquare,
  cochranQ,
  fisherExact,
  friedman,
  kruskalWallis,
  mannWhitney,
  mcnemar,
  mcnemarExact,
  oneWayAnova,
  wilcoxonSignedRank
} from "@cryoreg/stats"
import { assert, describe as group, it } from "@effect/vitest"
import { Effect } from "effect"
import { baseline, month3, nrs, shows, ss } from "./readmeExamples.js"

// The README examples for k groups, the non-parametric tests and the categorical tests.

group("README: k groups", () => {
  const byBaselineBand = [
    [-2, -3, -1, -2, -3],
    [-3, -4, -2, -5, -3, -4],
    [-5, -4, -6, -3, -5]
  ]

  it("oneWayAnova and kruskalWallis", () => {
    const anova = Effect.runSync(oneWayAnova(byBaselineBand))
    const all = byBaselineBand.flat()
    const within = byBaselineBand.reduce((s, g) => s + ss(g), 0)
    const between = ss(all) - within
    assert.strictEqual(anova.df1, 2)
    assert.strictEqual(anova.df2, 13)
    shows(anova.f, between / 2 / (within / 13), "6.95")
    shows(anova.p, 0.0088501469547724882, "0.00885") // R: oneway.test(y ~ g, var.equal = TRUE)
    const kw = Effect.runSync(kruskalWallis(byBaselineBand))
    shows(kw.statistic, 7.8317901234567886, "7.83") // R: kruskal.test(groups)
    assert.strictEqual(kw.df, 2)
    shows(kw.p, Math.exp(-7.8317901234567886 / 2), "0.0199") // χ² with 2 df: exp(−x/2)
  })
})

group("README: non-parametric", () => {
  it("friedman(nrs)", () => {
    const r = Effect.runSync(friedman(nrs))
    // rank sums 24, 9.5, 14.5 (three patients tie at 3 and 6 months); centre 16; ties Σ(t³ − t) = 18
    const statistic = (12 * (8 ** 2 + 6.5 ** 2 + 1.5 ** 2)) / (8 * 3 * 4 - 18 / 2)
    shows(r.statistic, statistic, "14.97")
    assert.strictEqual(r.df, 2)
    shows(r.p, Math.exp(-statistic / 2), "0.000563")
  })

  it("wilcoxonSignedRank(baseline, month3)", () => {
    const r = Effect.runSync(wilcoxonSignedRank(baseline, month3))
    // every difference is positive: V = 8·9/2; tied differences, so R uses the normal approximation
    assert.strictEqual(r.statistic, 36)
    assert.strictEqual(r.method, "normal")
    shows(r.p, 0.0129840292564408, "0.0130") // R: wilcox.test(baseline, month3, paired = TRUE)
  })

  it("mannWhitney of two untied ODI samples is exact", () => {
    const odiUnder55 = [18, 24, 30, 12, 22]
    const odiAtLeast55 = [28, 34, 26, 40, 32, 20]
    const r = Effect.runSync(mannWhitney(odiUnder55, odiAtLeast55))
    // ranks of odiUnder55 among the 11 values: 1, 2, 4, 5, 8 → W = 20 − 15 = 5
    assert.strictEqual(r.statistic, 5)
    assert.strictEqual(r.method, "exact")
    // exact: count the 5-subsets of ranks 1..11 with W ≤ 5
    let atMost = 0
    let all = 0
    for (let mask = 0; mask < 1 << 11; mask++) {
      let size = 0
      let rankSum = 0
      for (let i = 0; i < 11; i++) {
        if (mask & (1 << i)) {
          size++
          rankSum += i + 1
        }
      }
      if (size !== 5) continue
      all++
      if (rankSum - 15 <= 5) atMost++
    }
    assert.strictEqual(all, 462)
    shows(r.p, (2 * atMost) / all, "0.0823", 1e-6)
  })
})

group("README: categorical", () => {
  it("chiSquare: responders at 6 months by sex (Table 8)", () => {
    const table = [
      [28, 28],
      [24, 27]
    ]
    const r = Effect.runSync(chiSquare(table, false))
    const expected = [
      [(56 * 52) / 107, (56 * 55) / 107],
      [(51 * 52) / 107, (51 * 55) / 107]
    ]
    let statistic = 0
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++) statistic += (table[i]![j]! - expected[i]![j]!) ** 2 / expected[i]![j]!
    shows(r.statistic, statistic, "0.0924")
    assert.strictEqual(r.df, 1)
    shows(r.p, 0.76110897305040359, "0.761") // R: chisq.test(t, correct = FALSE)
    shows(r.expected[0]![0]!, expected[0]![0]!, "27.21")
    assert.isFalse(r.lowExpected)
    const yates = Effect.runSync(chiSquare(table, true))
    shows(yates.p, 0.91210010835241129, "0.912") // R: chisq.test(t)
  })

  it("fisherExact: 2 × 2 by the hypergeometric distribution, r × c from R", () => {
    const r = Effect.runSync(
      fisherExact([
        [5, 55],
        [2, 45]
      ])
    )
    // P(top-left = x) with margins 60/47 and 7/100: C(7, x)·C(100, 60 − x)/C(107, 60)
    const logChoose = (n: number, k: number) => {
      let s = 0
      for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i)
      return s
    }
    const probability = (x: number) => Math.exp(logChoose(7, x) + logChoose(100, 60 - x) - logChoose(107, 60))
    const observed = probability(5)
    let p = 0
    for (let x = 0; x <= 7; x++) if (probability(x) <= observed * (1 + 1e-7)) p += probability(x)
    shows(r.p, p, "0.463", 1e-9)
    shows(r.p, 0.46269878140559706, "0.463", 1e-6) // R: fisher.test(t)
    const rc = Effect.runSync(
      fisherExact([
        [12, 16],
        [26, 26],
        [14, 13]
      ])
    )
    shows(rc.p, 0.77070851633378978, "0.771", 1e-6) // R: fisher.test(t)
  })

  it("mcnemar and mcnemarExact: responders at 3 and 6 months", () => {
    const table = [
      [48, 16],
      [4, 39]
    ]
    const r = Effect.runSync(mcnemar(table, true))
    shows(r.statistic, (Math.abs(16 - 4) - 1) ** 2 / 20, "6.05")
    assert.strictEqual(r.df, 1)
    shows(r.p, 0.013906296895346087, "0.0139") // R: mcnemar.test(t)
    const exact = Effect.runSync(mcnemarExact(table))
    // 2·P(X ≤ 4), X ~ Binomial(20, 1/2): 2·(1 + 20 + 190 + 1140 + 4845)/2²⁰
    shows(exact.p, (2 * 6196) / 2 ** 20, "0.0118")
  })

  it("cochranQ: NSAID use at baseline, 3 and 6 months", () => {
    const r = Effect.runSync(
      cochranQ([
        [1, 0, 1],
        [1, 0, 0],
        [1, 1, 1],
        [1, 0, 1],
        [1, 0, 0],
        [0, 0, 0],
        [1, 1, 1],
        [1, 0, 1]
      ])
    )
    // column totals 7, 2, 5 (N = 14); Σ row total² = 32: Q = 2·(3·78 − 196)/(3·14 − 32)
    shows(r.statistic, (2 * (3 * 78 - 196)) / (42 - 32), "7.6")
    assert.strictEqual(r.df, 2)
    shows(r.p, Math.exp(-3.8), "0.0224")
  })
})
