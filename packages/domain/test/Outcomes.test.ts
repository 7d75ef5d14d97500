import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Effect, FastCheck as fc } from "effect"
import { Model, Outcomes, Protocol } from "../src/index.js"

const study = Protocol.study

describe("Outcomes.percentChange", () => {
  it.effect("reproduces Table 2's NRS change, 7.4 → 3.6 = −51.4 %, and Table 3's ODI 42 → 24 = −42.9 %", () =>
    Effect.gen(function* () {
      assert.closeTo(yield* Outcomes.percentChange(7.4, 3.6), -51.35, 0.01)
      assert.closeTo(yield* Outcomes.percentChange(42, 24), -42.86, 0.01)
      assert.strictEqual(yield* Outcomes.percentChange(4, 6), 50)
    })
  )

  it.effect("refuses a baseline of 0 with a typed error naming the measure", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(Outcomes.percentChange(0, 3, "ODI"))
      assert.strictEqual(e._tag, "BaselineOfZero")
      assert.strictEqual(e.measure, "ODI")
    })
  )
})

describe("Outcomes.responder", () => {
  const classes = (baseline: number, followUp: number, odi?: Outcomes.OdiPair) =>
    Outcomes.responder(baseline, followUp, study, odi)

  it.effect("NRS 8 → 4 is exactly 50 %: a ≥ 50 % and ≥ 30 % responder, not NRS ≤ 2", () =>
    Effect.gen(function* () {
      const r = yield* classes(8, 4)
      assert.deepStrictEqual(r.nrsReduction, [
        { atLeastPercent: 50, met: true },
        { atLeastPercent: 30, met: true }
      ])
      assert.isFalse(r.nrsAtMost.met)
      assert.isNull(r.odiMcid)
    })
  )

  it.effect("NRS 10 → 7 is exactly 30 %; 10 → 8 is 20 %; 7 → 2 reaches NRS ≤ 2", () =>
    Effect.gen(function* () {
      assert.deepStrictEqual(
        (yield* classes(10, 7)).nrsReduction.map((x) => x.met),
        [false, true]
      )
      assert.deepStrictEqual(
        (yield* classes(10, 8)).nrsReduction.map((x) => x.met),
        [false, false]
      )
      assert.isTrue((yield* classes(7, 2)).nrsAtMost.met)
      assert.isFalse((yield* classes(7, 3)).nrsAtMost.met)
    })
  )

  it.effect("ODI MCID of 10 points: 42 → 32 meets it, 42 → 33 does not", () =>
    Effect.gen(function* () {
      const met = yield* classes(7, 4, { baselinePercent: 42, followUpPercent: 32 })
      assert.deepStrictEqual(met.odiMcid, { points: 10, improvementPoints: 10, met: true })
      const not = yield* classes(7, 4, { baselinePercent: 42, followUpPercent: 33 })
      assert.isFalse(not.odiMcid?.met)
    })
  )

  it("agrees with integer arithmetic: ≥ 50 % iff 2·after ≤ before, and ≥ 50 % implies ≥ 30 %", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), Arbitrary.make(Model.Nrs), (before, after) => {
        const r = Effect.runSync(classes(before, after))
        const [fifty, thirty] = r.nrsReduction.map((x) => x.met)
        assert.strictEqual(fifty, 2 * after <= before)
        assert.strictEqual(thirty, 10 * (before - after) >= 3 * before)
        if (fifty) assert.isTrue(thirty)
        assert.closeTo(r.nrsReductionPercent, ((before - after) / before) * 100, 1e-9)
      })
    )
  })
})

describe("Outcomes.visitWindow", () => {
  it("assigns days to the study's windows, ends included", () => {
    const at = (d: number) => Outcomes.visitWindow(d, study)
    assert.deepStrictEqual([-91, -90, 0, 1, 74, 75, 91, 105, 106, 164, 165, 182, 210, 211].map(at), [
      "outside",
      "baseline",
      "baseline",
      "outside",
      "outside",
      "month3",
      "month3",
      "month3",
      "outside",
      "outside",
      "month6",
      "month6",
      "month6",
      "outside"
    ])
  })

  it.effect("checks a recorded time point against its window", () =>
    Effect.gen(function* () {
      assert.strictEqual(
        yield* Outcomes.checkVisitWindow({ timepoint: "month6", daysAfterProcedure: 180 }, study),
        "month6"
      )
      const e = yield* Effect.flip(
        Outcomes.checkVisitWindow({ timepoint: "month3", daysAfterProcedure: 130 }, study)
      )
      assert.strictEqual(e._tag, "VisitOutsideWindow")
      assert.strictEqual(e.window, "outside")
      assert.include(e.message, "75…105")
    })
  )
})
