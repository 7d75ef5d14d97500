import {
  chiSquare,
  chiSquareCdfUpper,
  cochranQ,
  cohensDav,
  cohensDpooled,
  cohensDz,
  describe,
  fCdfUpper,
  fisherExact,
  friedman,
  kruskalWallis,
  mannWhitney,
  mcnemar,
  mcnemarExact,
  normalCdfUpper,
  oneWayAnova,
  pairedT,
  posthocPaired,
  RmAnovaResult,
  rmAnova,
  shapiroWilk,
  studentT,
  tCdfUpper,
  welchT,
  welchTFromSummary,
  wilcoxonSignedRank
} from "@cryoreg/stats"
import { assert, describe as group, it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import { casesFor } from "./rVectors.js"

// Every example of packages/stats/README.md, run as the README writes it. Each number the README
// shows is checked twice: against a value derived without this package (by hand, or GNU R 4.2.2
// on the same data, the R call in the comment), and against the digits printed in the README.

/** `got` is within `tol` (relative) of the independent value and rounds to the README's `text`. */
const shows = (got: number | null, want: number, text: string, tol = 1e-9) => {
  assert.isNotNull(got)
  const g = got as number
  assert.isTrue(Math.abs(g - want) <= tol * Math.abs(want), `got ${g}, independent value ${want}`)
  const [mantissa = "", exponent] = text.split("e")
  const decimals = mantissa.split(".")[1]?.length ?? 0
  const halfUnit = 0.5 * 10 ** (Number(exponent ?? 0) - decimals)
  assert.isTrue(Math.abs(g - Number(text)) <= halfUnit * (1 + 1e-9), `${g} is not printed as ${text}`)
}

/** The R public-vector value of a distribution tail case. */
const rTail = (id: string): number => {
  const c = casesFor(id.split("/")[0]!).find((x) => x.id === id)
  assert.isDefined(c, id)
  return c!.expect.p as number
}

// NRS (0–10) of eight patients at baseline, 3 months and 6 months: one row per patient.
const nrs = [
  [8, 4, 5],
  [7, 3, 4],
  [9, 5, 6],
  [6, 3, 3],
  [7, 2, 4],
  [8, 4, 4],
  [5, 3, 3],
  [9, 4, 6]
]
const baseline = nrs.map((row) => row[0]!)
const month3 = nrs.map((row) => row[1]!)
const under55 = [-4, -3, -5, -2, -4, -3] // NRS change at 6 months, age < 55
const atLeast55 = [-2, -3, -1, -3, -2] //   age ≥ 55

const mean = (x: ReadonlyArray<number>) => x.reduce((s, v) => s + v, 0) / x.length
const ss = (x: ReadonlyArray<number>) => x.reduce((s, v) => s + (v - mean(x)) ** 2, 0)

group("README: errors", () => {
  it("catchTag recovers from the typed error; Either exposes its fields", () => {
    const message = Effect.runSync(
      shapiroWilk([7, 7]).pipe(Effect.catchTag("InsufficientData", (e) => Effect.succeed(e.message)))
    )
    assert.strictEqual(message, "Shapiro-Wilk needs at least 3 observations in x, got 2")
    const outcome = Effect.runSync(Effect.either(pairedT([7, 8, 6], [3, 5])))
    assert.isTrue(Either.isLeft(outcome))
    if (Either.isLeft(outcome)) {
      assert.strictEqual(outcome.left._tag, "InvalidArgument")
      assert.strictEqual(outcome.left.argument, "b")
    }
  })
})

group("README: descriptives", () => {
  it("describe(baseline)", () => {
    const d = Effect.runSync(describe(baseline))
    // sorted 5 6 7 7 8 8 9 9; Σx = 59, Σx² = 449; type 7: h = 7p
    assert.strictEqual(d.n, 8)
    assert.strictEqual(d.mean, 7.375)
    shows(d.sd, Math.sqrt((449 - 59 ** 2 / 8) / 7), "1.408")
    assert.strictEqual(d.median, 7.5)
    assert.strictEqual(d.q1, 6 + 0.75 * (7 - 6))
    assert.strictEqual(d.q3, 8 + 0.25 * (9 - 8))
    assert.strictEqual(d.min, 5)
    assert.strictEqual(d.max, 9)
  })
})

group("README: normality", () => {
  it("shapiroWilk of the 3-month changes", () => {
    const r = Effect.runSync(shapiroWilk(nrs.map(([b, m]) => b! - m!)))
    // R: shapiro.test(c(4, 4, 4, 3, 5, 4, 2, 5))
    shows(r.w, 0.87151519257641352, "0.8715", 1e-6)
    shows(r.p, 0.15595213046262899, "0.156", 1e-6)
  })
})

group("README: repeated measures", () => {
  const r = Effect.runSync(rmAnova(nrs))

  it("rmAnova(nrs): F and η² by hand, sphericity from R", () => {
    // Hand: grand mean 128/24; column means 59/8, 28/8, 35/8; row means 17/3, 14/3, …
    const all = nrs.flat()
    const grand = mean(all)
    const ssCondition = 8 * [0, 1, 2].reduce((s, j) => s + (mean(nrs.map((row) => row[j]!)) - grand) ** 2, 0)
    const ssSubjects = 3 * nrs.reduce((s, row) => s + (mean(row) - grand) ** 2, 0)
    const ssError = ss(all) - ssCondition - ssSubjects
    assert.strictEqual(r.df1, 2)
    assert.strictEqual(r.df2, 14)
    shows(r.f, ssCondition / 2 / (ssError / 14), "100.93")
    shows(r.partialEta2, ssCondition / (ssCondition + ssError), "0.935")
    shows(r.generalizedEta2, ssCondition / (ssCondition + ssSubjects + ssError), "0.690")
    // R: summary(aov(y ~ cond + Error(subj/cond))); fit <- lm(cbind(b, m3, m6) ~ 1);
    // mauchly.test(fit, X = ~1); stats:::sphericity(SSD(fit), X = ~1); anova(fit, X = ~1, test = "Spherical")
    shows(r.p, 4.8280066616553511e-9, "4.83e-9")
    shows(r.mauchlyW, 0.61884297520819576, "0.619")
    shows(r.mauchlyP, 0.23699620745502098, "0.237")
    shows(r.ggEpsilon, 0.72403063666909295, "0.724")
    shows(r.hfEpsilon, 0.86316606311578525, "0.863")
    shows(r.pGG, 4.8042149758000575e-7, "4.80e-7")
    shows(r.pHF, 4.7052498290079247e-8, "4.71e-8")
    // the corrected degrees of freedom quoted in the README: F(1.45, 10.1)
    shows(r.ggEpsilon * r.df1, 2 * 0.72403063666909295, "1.45")
    shows(r.ggEpsilon * r.df2, 14 * 0.72403063666909295, "10.1")
  })

  it("the flat fast path gives the same result", () => {
    const flat = Effect.runSync(rmAnova({ values: Float64Array.from(nrs.flat()), columns: 3 }))
    assert.deepStrictEqual(flat, r)
  })

  it("the result schema encodes it for the API", () => {
    const json = Schema.encodeSync(RmAnovaResult)(r)
    assert.deepStrictEqual(Schema.decodeUnknownSync(RmAnovaResult)(JSON.parse(JSON.stringify(json))), r)
  })
})

group("README: post hoc", () => {
  it("posthocPaired(nrs, 'bonferroni') and 'holm'", () => {
    const r = Effect.runSync(posthocPaired(nrs, "bonferroni"))
    assert.deepStrictEqual(r.pairs, [
      [1, 2],
      [1, 3],
      [2, 3]
    ])
    // R: pairwise.t.test(y, cond, paired = TRUE, p.adjust.method = "none" / "bonferroni" / "holm")
    const raw = [1.0975657842465666e-5, 9.5464791717220095e-7, 0.020937570206924612]
    raw.forEach((want, i) => {
      shows(r.rawP[i]!, want, ["1.10e-5", "9.55e-7", "0.0209"][i]!)
      shows(r.p[i]!, Math.min(1, 3 * want), ["3.29e-5", "2.86e-6", "0.0628"][i]!)
    })
    const holm = Effect.runSync(posthocPaired(nrs, "holm"))
    // Holm by hand: sorted raw p times 3, 2, 1, then running maximum
    shows(holm.p[0]!, 2 * raw[0]!, "2.20e-5")
    shows(holm.p[1]!, 3 * raw[1]!, "2.86e-6")
    shows(holm.p[2]!, raw[2]!, "0.0209")
  })
})

group("README: t-tests", () => {
  it("pairedT(baseline, month3)", () => {
    const r = Effect.runSync(pairedT(baseline, month3))
    // differences 4 4 4 3 5 4 2 5: mean 31/8, Σd² = 127, variance (127 − 31²/8)/7
    const se = Math.sqrt((127 - 31 ** 2 / 8) / 7 / 8)
    shows(r.t, 31 / 8 / se, "11.06")
    assert.strictEqual(r.df, 7)
    assert.strictEqual(r.meanDiff, 3.875)
    // R: t.test(baseline, month3, paired = TRUE)
    shows(r.p, 1.0975657842465666e-5, "1.10e-5")
    shows(r.ciLow, 3.0464771753171775, "3.05")
    shows(r.ciHigh, 4.703522824682822, "4.70")
  })

  it("studentT and welchT of two independent groups", () => {
    // means −3.5 and −2.2; sums of squares 5.5 and 2.8
    const student = Effect.runSync(studentT(under55, atLeast55))
    shows(student.t, -1.3 / Math.sqrt((8.3 / 9) * (1 / 6 + 1 / 5)), "-2.236")
    assert.strictEqual(student.df, 9)
    shows(student.p, 0.052219000335342707, "0.0522") // R: t.test(a, b, var.equal = TRUE)
    const welch = Effect.runSync(welchT(under55, atLeast55))
    const [va, vb] = [5.5 / 5 / 6, 2.8 / 4 / 5]
    shows(welch.t, -1.3 / Math.sqrt(va + vb), "-2.286")
    shows(welch.df, (va + vb) ** 2 / (va ** 2 / 5 + vb ** 2 / 4), "8.995")
    shows(welch.p, 0.048085709121633347, "0.0481") // R: t.test(a, b)
  })

  it("welchTFromSummary on Table 9", () => {
    const r = Effect.runSync(welchTFromSummary(-3.5, 1.6, 58, -2.9, 1.7, 49))
    const [v1, v2] = [1.6 ** 2 / 58, 1.7 ** 2 / 49]
    shows(r.t, -0.6 / Math.sqrt(v1 + v2), "-1.868")
    shows(r.df, (v1 + v2) ** 2 / (v1 ** 2 / 57 + v2 ** 2 / 48), "99.7")
    shows(r.p, 0.064633250848184234, "0.0646") // R: 2 * pt(-abs(t), df)
    // The means' rounding to 0.1 alone: the extreme differences 0.7 and 0.5 (same R formula)
    const widest = Effect.runSync(welchTFromSummary(-3.55, 1.6, 58, -2.85, 1.7, 49))
    shows(widest.p, 0.031620292811390109, "0.032")
    const narrowest = Effect.runSync(welchTFromSummary(-3.45, 1.6, 58, -2.95, 1.7, 49))
    shows(narrowest.p, 0.12262626449617769, "0.12")
  })
})

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

group("README: effect sizes", () => {
  // Bonett's and the normal-approximation intervals, computed from their formulas in R.
  it("cohensDav and cohensDz on baseline vs 3 months", () => {
    const av = Effect.runSync(cohensDav(baseline, month3))
    // means 59/8 and 28/8; variances 13.875/7 and 6/7
    shows(av.d, 31 / 8 / Math.sqrt((13.875 / 7 + 6 / 7) / 2), "3.25")
    shows(av.ciLow, 1.6153409528686287, "1.62")
    shows(av.ciHigh, 4.8891325923638309, "4.89")
    const dz = Effect.runSync(cohensDz(baseline, month3))
    const d = 31 / 8 / Math.sqrt((127 - 31 ** 2 / 8) / 7)
    shows(dz.d, d, "3.91")
    shows(dz.se, Math.sqrt(1 / 8 + d ** 2 / 16), "1.04")
    shows(dz.ciLow, 1.8727053310790049, "1.87")
    shows(dz.ciHigh, 5.9474318451184462, "5.95")
  })

  it("cohensDpooled on two independent groups", () => {
    const r = Effect.runSync(cohensDpooled(under55, atLeast55))
    shows(r.d, -1.3 / Math.sqrt(8.3 / 9), "-1.35")
    shows(r.ciLow, -2.6684402361373181, "-2.67")
    shows(r.ciHigh, -0.038979288415112112, "-0.04")
    // with equal group sizes d_pooled's d is d_av's
    const av = Effect.runSync(cohensDav(baseline, month3)).d
    assert.closeTo(Effect.runSync(cohensDpooled(baseline, month3)).d, av, 1e-12)
  })

  it("the study's d = 2.9 is d_av of Table 2 (7.4 ± 1.1 → 3.6 ± 1.5)", () => {
    const dav = 3.8 / Math.sqrt((1.1 ** 2 + 1.5 ** 2) / 2)
    shows(dav, 2.8890865008248814, "2.89")
    // Any two samples with those means and SDs give d_av = 2.89, whatever their correlation.
    const z = [-1.5, -0.5, 0, 0.5, 1.5]
    const unit = z.map((v) => v / Math.sqrt(ss(z) / 4))
    const before = unit.map((v) => 7.4 + 1.1 * v)
    for (const after of [unit.map((v) => 3.6 + 1.5 * v), unit.map((v) => 3.6 - 1.5 * v)]) {
      shows(Effect.runSync(cohensDav(before, after)).d, dav, "2.89")
    }
  })
})

group("README: distribution tails", () => {
  it("far tails and fractional degrees of freedom, from the R vectors", () => {
    shows(tCdfUpper(9, 1e6), rTail("tCdfUpper/9/1000000"), "1.1305e-19")
    shows(fCdfUpper(4.2, 1.42, 41.18), rTail("fCdfUpper/4.2/1.42/41.18"), "0.03376")
    shows(chiSquareCdfUpper(9.2, 2), Math.exp(-4.6), "0.010052")
    shows(normalCdfUpper(12), rTail("normalCdfUpper/12"), "1.7765e-33")
    assert.closeTo(tCdfUpper(1, 1), 0.25, 1e-15) // Cauchy; R gives 0.24999999999999978 too
  })
})
