import { mmrm, randomInterceptModel } from "@cryoreg/stats"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"

// The README's longitudinal example: every printed figure, at the precision printed.
const y = [7, 4, 3, 8, 5, 5, 6, 4, 2, 9, 6, 4, 7, 5, 8, 4, 6, 3, 3, 5, 2]
const subject = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 7, 7, 7, 8, 8]
const time = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 0, 1, 0, 1, 2, 0, 2]

describe("README: longitudinal models", () => {
  it("mmrm(y, subject, time)", () => {
    const r = Effect.runSync(mmrm(y, subject, time))
    assert.strictEqual(r.f.toFixed(2), "158.36")
    assert.deepStrictEqual([r.df1, r.df2, r.nSubjects, r.nObservations, ...r.diffDf], [2, 18, 8, 21, 18, 18])
    assert.strictEqual(r.p.toPrecision(2), "3.8e-12")
    assert.deepStrictEqual(
      [...r.diff, ...r.mean].map((x) => x.toFixed(3)),
      ["-2.785", "-3.696", "7.000", "4.215", "3.304"]
    )
    assert.deepStrictEqual(
      r.diffSe.map((x) => x.toFixed(4)),
      ["0.2537", "0.3069"]
    )
    assert.strictEqual(r.logLik.toFixed(4), "-24.5824")
    assert.deepStrictEqual(
      r.covariance.map((x) => x.toFixed(3)),
      ["1.714", "1.223", "1.242", "1.223", "1.214", "0.642", "1.242", "0.642", "1.409"]
    )
  })

  it("randomInterceptModel(y, subject, time)", () => {
    const r = Effect.runSync(randomInterceptModel(y, subject, time))
    assert.strictEqual(r.f.toFixed(2), "74.64")
    assert.deepStrictEqual([r.df1, r.df2], [2, 11])
    assert.deepStrictEqual(
      [...r.diff.map((x) => x.toFixed(3)), ...r.diffSe.map((x) => x.toFixed(4))],
      ["-2.771", "-3.724", "0.3108", "0.3295"]
    )
    assert.deepStrictEqual(
      [r.sigma.toFixed(4), r.tau.toFixed(4), r.logLik.toFixed(4)],
      ["0.5919", "1.0051", "-26.4067"]
    )
  })
})
