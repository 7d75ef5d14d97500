import {
  chiSquareCdfUpper,
  cohensDav,
  cohensDpooled,
  cohensDz,
  fCdfUpper,
  normalCdfUpper,
  tCdfUpper
} from "@cryoreg/stats"
import { assert, describe as group, it } from "@effect/vitest"
import { Effect } from "effect"
import { atLeast55, baseline, month3, rTail, shows, ss, under55 } from "./readmeExamples.js"

// The README examples for effect sizes and the distribution tails.

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
