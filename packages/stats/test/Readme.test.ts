import {
  describe,
  pairedT,
  posthocPaired,
  RmAnovaResult,
  rmAnova,
  shapiroWilk,
  studentT,
  welchT,
  welchTFromSummary
} from "@cryoreg/stats"
import { assert, describe as group, it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import { atLeast55, baseline, mean, month3, nrs, shows, ss, under55 } from "./readmeExamples.js"

// The README examples for errors, descriptives, normality, repeated measures, post hoc and t-tests.

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
