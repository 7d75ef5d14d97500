import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as fc from "fast-check"
import { cohensDav, cohensDpooled, cohensDz } from "../src/EffectSize.js"
import { pairedT } from "../src/PairedT.js"
import { studentT } from "../src/TTest.js"
import { differences, pairedSamples, twoSamples, varies } from "./parametricArbitraries.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

type Pair = [Array<number>, Array<number>]
const z975 = 1.959963984540054
const before = [7, 8, 6, 9]
const after = [3, 5, 4, 4]

describe("effect sizes", () => {
  for (const [name, fn] of [
    ["cohensDav", cohensDav],
    ["cohensDz", cohensDz],
    ["cohensDpooled", cohensDpooled]
  ] as const) {
    for (const c of casesFor(name)) {
      it.effect(`matches R: ${c.id}`, () =>
        Effect.map(fn(...(c.args as Pair)), (got) => assertMatchesR(c, got))
      )
    }
  }

  it.effect("d_z, d_av and d_pooled by hand", () =>
    Effect.gen(function* () {
      // differences 4, 3, 2, 5: mean 3.5, variance 5/3; variances 5/3 and 2/3, covariance 1/3
      const dz = yield* cohensDz(before, after)
      assert.closeTo(dz.d, 3.5 / Math.sqrt(5 / 3), 1e-13)
      assert.closeTo(dz.se, Math.sqrt(1 / 4 + dz.d ** 2 / 8), 1e-13)
      assert.closeTo(dz.ciLow, dz.d - z975 * dz.se, 1e-12)
      const dav = yield* cohensDav(before, after)
      assert.closeTo(dav.d, 3.5 / Math.sqrt(7 / 6), 1e-13)
      assert.isTrue(dav.ciLow < dav.d && dav.d < dav.ciHigh)
      const pooled = yield* cohensDpooled([5, 6, 7], [3, 4])
      assert.closeTo(pooled.d, 2.5 / Math.sqrt(5 / 6), 1e-13)
      assert.closeTo(pooled.se, Math.sqrt(5 / 6 + pooled.d ** 2 / 10), 1e-13)
      assert.closeTo(pooled.ciHigh, pooled.d + z975 * pooled.se, 1e-12)
    })
  )

  it.effect("d_av's paired interval equals the independent one when the covariance is zero", () =>
    Effect.gen(function* () {
      // cov((1, 2, 3, 4), (1, −1, −1, 1)) = 0
      const a = [1, 2, 3, 4]
      const b = [1, -1, -1, 1]
      const paired = yield* cohensDav(a, b, "paired")
      const independent = yield* cohensDav(a, b, "independent")
      assert.closeTo(paired.d, independent.d, 1e-15)
      assert.closeTo(paired.se, independent.se, 1e-14)
    })
  )

  it.effect("fails with typed errors", () =>
    Effect.gen(function* () {
      assert.strictEqual((yield* Effect.flip(cohensDz([1, 2], [1, 2, 3])))._tag, "InvalidArgument")
      assert.strictEqual((yield* Effect.flip(cohensDav([1, 2], [1, 2, 3], "paired")))._tag, "InvalidArgument")
      assert.strictEqual((yield* Effect.flip(cohensDz([1], [2])))._tag, "InsufficientData")
      assert.strictEqual((yield* Effect.flip(cohensDav([1], [2, 3])))._tag, "InsufficientData")
      assert.strictEqual((yield* Effect.flip(cohensDpooled([1], [2])))._tag, "InsufficientData")
      assert.strictEqual((yield* Effect.flip(cohensDz([1, Number.NaN], [2, 3])))._tag, "NonFiniteValue")
      assert.strictEqual((yield* Effect.flip(cohensDz([2, 3, 4], [1, 2, 3])))._tag, "ZeroVariance")
      assert.strictEqual((yield* Effect.flip(cohensDav([2, 2], [3, 3, 3])))._tag, "ZeroVariance")
      assert.strictEqual((yield* Effect.flip(cohensDpooled([2, 2], [3, 3, 3])))._tag, "ZeroVariance")
    })
  )

  it("d_z = t/√n for the paired t; d_pooled = t·√(1/n_a + 1/n_b) for Student's t", () => {
    fc.assert(
      fc.property(
        pairedSamples(3, 20).filter(({ a, b }) => varies(differences(a, b))),
        ({ a, b }) => {
          const dz = Effect.runSync(cohensDz(a, b))
          const t = Effect.runSync(pairedT(a, b))
          assert.closeTo(dz.d, t.t / Math.sqrt(a.length), 1e-9 * Math.max(1, Math.abs(dz.d)))
          assert.isTrue(dz.ciLow <= dz.d && dz.d <= dz.ciHigh)
        }
      )
    )
    fc.assert(
      fc.property(
        twoSamples(2, 20).filter(([a, b]) => varies(a) && varies(b)),
        ([a, b]) => {
          const d = Effect.runSync(cohensDpooled(a, b))
          const t = Effect.runSync(studentT(a, b))
          assert.closeTo(d.d, t.t * Math.sqrt(1 / a.length + 1 / b.length), 1e-9 * Math.max(1, Math.abs(d.d)))
          const dav = Effect.runSync(cohensDav(a, b, "independent"))
          const swapped = Effect.runSync(cohensDav(b, a, "independent"))
          assert.closeTo(swapped.d, -dav.d, 1e-12 * Math.max(1, Math.abs(dav.d)))
          assert.closeTo(swapped.se, dav.se, 1e-12 * dav.se)
        }
      )
    )
  })
})
