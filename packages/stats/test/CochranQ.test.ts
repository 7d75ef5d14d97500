import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import fc from "fast-check"
import { cochranQ } from "../src/index.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

describe("cochranQ", () => {
  describe("matches Cochran's formula evaluated in GNU R", () => {
    for (const c of casesFor("cochranQ")) {
      it.effect(c.id, () =>
        Effect.map(cochranQ(c.args[0] as ReadonlyArray<ReadonlyArray<number>>), (got) =>
          assertMatchesR(c, got)
        )
      )
    }
  })

  it.effect("by hand: column totals 4, 4, 1 and row totals 2, 1, 3, 1, 2", () =>
    Effect.gen(function* () {
      // Q = 2 · (3 · 33 − 81) / (3 · 9 − 19) = 4.5; df = 2 → p = exp(−4.5 / 2)
      const r = yield* cochranQ([
        [1, 1, 0],
        [1, 0, 0],
        [1, 1, 1],
        [0, 1, 0],
        [1, 1, 0]
      ])
      assert.strictEqual(r.statistic, 4.5)
      assert.strictEqual(r.df, 2)
      assert.closeTo(r.p, Math.exp(-2.25), 1e-15)
    })
  )

  it.effect("fails with a typed error for each kind of bad input", () =>
    Effect.gen(function* () {
      const notBinary = yield* Effect.flip(
        cochranQ([
          [0, 2],
          [1, 0]
        ])
      )
      assert.strictEqual(notBinary._tag, "InvalidArgument")
      const constant = yield* Effect.flip(
        cochranQ([
          [1, 1, 1],
          [0, 0, 0]
        ])
      )
      assert.strictEqual(constant._tag, "ZeroVariance")
      const ragged = yield* Effect.flip(cochranQ([[0, 1], [1]]))
      assert.strictEqual(ragged._tag, "RaggedMatrix")
      const one = yield* Effect.flip(cochranQ([[0], [1]]))
      assert.strictEqual(one._tag, "InsufficientData")
    })
  )

  it("p lies in [0, 1] and does not depend on the order of subjects", () => {
    const data = fc.integer({ min: 2, max: 5 }).chain((k) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: k, maxLength: k }), {
        minLength: 1,
        maxLength: 40
      })
    )
    fc.assert(
      fc.property(
        data.chain((d) => fc.tuple(fc.constant(d), fc.shuffledSubarray(d, { minLength: d.length }))),
        ([d, shuffled]) => {
          const r = Effect.runSync(Effect.either(cochranQ(d)))
          const s = Effect.runSync(
            Effect.either(cochranQ({ values: Float64Array.from(shuffled.flat()), columns: d[0]!.length }))
          )
          if (r._tag === "Left") return s._tag === "Left" && r.left._tag === "ZeroVariance"
          return (
            s._tag === "Right" && r.right.p >= 0 && r.right.p <= 1 && s.right.statistic === r.right.statistic
          )
        }
      )
    )
  })
})
