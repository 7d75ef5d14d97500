import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as fc from "fast-check"
import { describe as summarize } from "../src/Descriptives.js"
import { studentT, welchT, welchTFromSummary } from "../src/TTest.js"
import { twoSamples, varies } from "./parametricArbitraries.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

type Pair = [Array<number>, Array<number>]

// Two-sided p of Student's t with 3 df in closed form.
const twoSidedP3 = (t: number) => {
  const u = Math.abs(t) / Math.sqrt(3)
  return 1 - (2 / Math.PI) * (u / (1 + u * u) + Math.atan(u))
}

describe("studentT", () => {
  for (const c of casesFor("studentT")) {
    it.effect(`matches R: ${c.id}`, () =>
      Effect.map(studentT(...(c.args as Pair)), (got) => assertMatchesR(c, got))
    )
  }

  it.effect("matches a hand computation", () =>
    Effect.gen(function* () {
      // means 6 and 3.5, pooled variance (2 + 0.5)/3, se = √(5/6 · 5/6) = 5/6
      const r = yield* studentT([5, 6, 7], [3, 4])
      assert.closeTo(r.t, 3, 1e-13)
      assert.strictEqual(r.df, 3)
      assert.closeTo(r.p, twoSidedP3(3), 1e-13)
    })
  )

  it.effect("needs one value per group and three in all", () =>
    Effect.gen(function* () {
      assert.strictEqual((yield* Effect.flip(studentT([], [1, 2, 3])))._tag, "InsufficientData")
      assert.strictEqual((yield* Effect.flip(studentT([1], [2])))._tag, "InsufficientData")
      const r = yield* studentT([1], [2, 4])
      assert.strictEqual(r.df, 1)
      assert.strictEqual((yield* Effect.flip(studentT([1, Number.NaN], [2, 3])))._tag, "NonFiniteValue")
      assert.strictEqual((yield* Effect.flip(studentT([2, 2], [2, 2, 2])))._tag, "ZeroVariance")
    })
  )
})

describe("welchT", () => {
  for (const c of casesFor("welchT")) {
    it.effect(`matches R: ${c.id}`, () =>
      Effect.map(welchT(...(c.args as Pair)), (got) => assertMatchesR(c, got))
    )
  }

  it.effect("matches a hand computation", () =>
    Effect.gen(function* () {
      // variances 1 and 0.5: se² = 1/3 + 1/4 = 7/12, df = (7/12)²/((1/3)²/2 + (1/4)²) = 49/17
      const r = yield* welchT([5, 6, 7], [3, 4])
      assert.closeTo(r.t, 2.5 / Math.sqrt(7 / 12), 1e-13)
      assert.closeTo(r.df, 49 / 17, 1e-13)
    })
  )

  it.effect("fails with typed errors", () =>
    Effect.gen(function* () {
      assert.strictEqual((yield* Effect.flip(welchT([1], [2, 3])))._tag, "InsufficientData")
      assert.strictEqual(
        (yield* Effect.flip(welchT([1, 2], [2, Number.NEGATIVE_INFINITY])))._tag,
        "NonFiniteValue"
      )
      assert.strictEqual((yield* Effect.flip(welchT([3, 3], [1, 1])))._tag, "ZeroVariance")
    })
  )

  const samples = twoSamples(2, 20).filter(([a, b]) => varies(a) && varies(b))

  it("flips t and keeps p when the groups are swapped; p in [0, 1]; equals the summary form", () => {
    fc.assert(
      fc.property(samples, ([a, b]) => {
        for (const test of [studentT, welchT]) {
          const r = Effect.runSync(test(a, b))
          const swapped = Effect.runSync(test(b, a))
          assert.closeTo(swapped.t, -r.t, 1e-12 * Math.max(1, Math.abs(r.t)))
          assert.closeTo(swapped.p, r.p, 1e-12)
          assert.isTrue(r.p >= 0 && r.p <= 1)
        }
        const x = Effect.runSync(summarize(a))
        const y = Effect.runSync(summarize(b))
        const fromSummary = Effect.runSync(welchTFromSummary(x.mean, x.sd!, x.n, y.mean, y.sd!, y.n))
        const direct = Effect.runSync(welchT(a, b))
        assert.closeTo(fromSummary.t, direct.t, 1e-9 * Math.max(1, Math.abs(direct.t)))
        assert.closeTo(fromSummary.df, direct.df, 1e-9 * direct.df)
      })
    )
  })
})

describe("welchTFromSummary", () => {
  for (const c of casesFor("welchTFromSummary")) {
    it.effect(`matches R: ${c.id}`, () =>
      Effect.map(welchTFromSummary(...(c.args as [number, number, number, number, number, number])), (got) =>
        assertMatchesR(c, got)
      )
    )
  }

  it.effect("matches a hand computation", () =>
    Effect.gen(function* () {
      // se² = 9/5 + 16/6, df = se⁴ / ((9/5)²/4 + (16/6)²/5)
      const r = yield* welchTFromSummary(12, 3, 5, 8, 4, 6)
      const se2 = 9 / 5 + 16 / 6
      assert.closeTo(r.t, 4 / Math.sqrt(se2), 1e-13)
      assert.closeTo(r.df, se2 ** 2 / ((9 / 5) ** 2 / 4 + (16 / 6) ** 2 / 5), 1e-12)
    })
  )

  it.effect("names the bad summary", () =>
    Effect.gen(function* () {
      const negative = yield* Effect.flip(welchTFromSummary(1, -1, 5, 2, 1, 5))
      assert.strictEqual(negative._tag, "InvalidArgument")
      assert.strictEqual(negative.argument, "sd1")
      const fractional = yield* Effect.flip(welchTFromSummary(1, 1, 5, 2, 1, 5.5))
      assert.strictEqual(fractional._tag, "InvalidArgument")
      assert.strictEqual(fractional.argument, "n2")
      const small = yield* Effect.flip(welchTFromSummary(1, 1, 1, 2, 1, 5))
      assert.strictEqual(small._tag, "InsufficientData")
      const nan = yield* Effect.flip(welchTFromSummary(Number.NaN, 1, 5, 2, 1, 5))
      assert.strictEqual(nan._tag, "NonFiniteValue")
      assert.strictEqual(nan.argument, "mean1")
      const zero = yield* Effect.flip(welchTFromSummary(1, 0, 5, 2, 0, 5))
      assert.strictEqual(zero._tag, "ZeroVariance")
    })
  )
})
