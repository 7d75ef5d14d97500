import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import fc from "fast-check"
import { shapiroWilk } from "../src/index.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

describe("shapiroWilk", () => {
  describe("matches GNU R's shapiro.test", () => {
    for (const c of casesFor("shapiroWilk")) {
      it.effect(c.id, () =>
        Effect.map(shapiroWilk(c.args[0] as ReadonlyArray<number>), (got) => assertMatchesR(c, got))
      )
    }
  })

  it.effect("n = 3: W = 1 for equal spacing and the truncated 6/π constant gives p just below 1", () =>
    Effect.gen(function* () {
      const r = yield* shapiroWilk([1, 2, 3])
      assert.closeTo(r.w, 1, 1e-15)
      // 1.90985931710274 · (π/2 − 1.04719755119660)
      assert.closeTo(r.p, 1.90985931710274 * (Math.PI / 2 - 1.0471975511966), 1e-13)
      assert.isBelow(r.p, 1)
    })
  )

  it.effect("n = 3: the smallest W = 3/4 gives p clamped at 0", () =>
    Effect.gen(function* () {
      // (√½ · (1 − 0))² / SS with SS = 2/3
      const r = yield* shapiroWilk([0, 0, 1])
      assert.closeTo(r.w, 0.75, 1e-12)
      assert.strictEqual(r.p, 0)
    })
  )

  it.effect("rescales a range below 1e-10 instead of rejecting it", () =>
    Effect.gen(function* () {
      const tiny = yield* shapiroWilk([1e-12, 3e-12, 4e-12, 9e-12, 1.1e-11])
      const plain = yield* shapiroWilk([1, 3, 4, 9, 11])
      assert.closeTo(tiny.w, plain.w, 1e-12)
      assert.closeTo(tiny.p, plain.p, 1e-10)
    })
  )

  it.effect("fails with a typed error for each kind of bad input", () =>
    Effect.gen(function* () {
      const few = yield* Effect.flip(shapiroWilk([1, 2]))
      assert.strictEqual(few._tag, "InsufficientData")
      const many = yield* Effect.flip(shapiroWilk(new Float64Array(5001).map((_, i) => i)))
      assert.strictEqual(many._tag, "TooManyObservations")
      const nan = yield* Effect.flip(shapiroWilk([1, 2, Number.NaN, 4]))
      assert.strictEqual(nan._tag, "NonFiniteValue")
      assert.deepStrictEqual(nan._tag === "NonFiniteValue" ? nan.index : [], [2])
      const same = yield* Effect.flip(shapiroWilk([5, 5, 5, 5]))
      assert.strictEqual(same._tag, "ZeroVariance")
    })
  )

  const samples = fc
    .array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 200 })
    .filter((x) => Math.max(...x) - Math.min(...x) > 1e-3)

  it("W lies in (0, 1] and p in [0, 1]", () => {
    fc.assert(
      fc.property(samples, (x) => {
        const r = Effect.runSync(shapiroWilk(x))
        return r.w > 0 && r.w <= 1 && r.p >= 0 && r.p <= 1
      })
    )
  })

  it("is invariant under a change of location and scale, and under reordering", () => {
    fc.assert(
      fc.property(
        samples,
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (x, shift, scale) => {
          const base = Effect.runSync(shapiroWilk(x))
          const moved = Effect.runSync(shapiroWilk(x.map((v) => shift + scale * v).reverse()))
          return Math.abs(base.w - moved.w) <= 1e-9 && Math.abs(base.p - moved.p) <= 1e-7
        }
      )
    )
  })
})
