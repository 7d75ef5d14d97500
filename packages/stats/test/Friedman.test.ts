import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import fc from "fast-check"
import { friedman } from "../src/index.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

describe("friedman", () => {
  describe("matches GNU R's friedman.test", () => {
    for (const c of casesFor("friedman")) {
      it.effect(c.id, () =>
        Effect.map(friedman(c.args[0] as ReadonlyArray<ReadonlyArray<number>>), (got) =>
          assertMatchesR(c, got)
        )
      )
    }
  })

  it.effect("hand-worked example with ties within two subjects", () =>
    Effect.gen(function* () {
      // within-row ranks 3 2 1 | 3 1.5 1.5 | 3 1 2 | 2.5 2.5 1 → column sums 11.5, 7, 5.5
      // Σ(R_j − 8)² = 19.5; denominator n·k·(k+1) − Σ(t³ − t)/(k − 1) = 48 − 12/2
      const r = yield* friedman([
        [8, 4, 3],
        [7, 5, 5],
        [9, 2, 4],
        [6, 6, 1]
      ])
      assert.closeTo(r.statistic, (12 * 19.5) / 42, 1e-12)
      assert.strictEqual(r.df, 2)
      assert.closeTo(r.p, Math.exp(-(12 * 19.5) / 42 / 2), 1e-14)
    })
  )

  it.effect("accepts the flat Float64Array fast path and ranks long rows by sorting", () =>
    Effect.gen(function* () {
      const rows = Array.from({ length: 6 }, (_, i) =>
        Array.from({ length: 40 }, (_, j) => ((i + 3) * j * 7) % 13)
      )
      const nested = yield* friedman(rows)
      const flat = yield* friedman({ values: Float64Array.from(rows.flat()), columns: 40 })
      assert.strictEqual(flat.statistic, nested.statistic)
      assert.strictEqual(flat.df, 39)
    })
  )

  it.effect("fails with a typed error for each kind of bad input", () =>
    Effect.gen(function* () {
      const oneCondition = yield* Effect.flip(friedman([[1], [2]]))
      assert.strictEqual(oneCondition._tag, "InsufficientData")
      const ragged = yield* Effect.flip(friedman([[1, 2], [3]]))
      assert.strictEqual(ragged._tag, "RaggedMatrix")
      const nan = yield* Effect.flip(friedman([[1, Number.NaN]]))
      assert.strictEqual(nan._tag, "NonFiniteValue")
      const flatTies = yield* Effect.flip(
        friedman([
          [3, 3, 3],
          [5, 5, 5]
        ])
      )
      assert.strictEqual(flatTies._tag, "ZeroVariance")
    })
  )

  it("p lies in [0, 1] and does not depend on the order of subjects", () => {
    const data = fc.integer({ min: 2, max: 5 }).chain((k) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: k, maxLength: k }), {
        minLength: 1,
        maxLength: 40
      })
    )
    fc.assert(
      fc.property(
        data.chain((d) => fc.tuple(fc.constant(d), fc.shuffledSubarray(d, { minLength: d.length }))),
        ([d, shuffled]) => {
          const r = Effect.runSync(Effect.either(friedman(d)))
          const s = Effect.runSync(Effect.either(friedman(shuffled)))
          if (r._tag === "Left") return s._tag === "Left"
          return s._tag === "Right" && r.right.p >= 0 && r.right.p <= 1 && s.right.p === r.right.p
        }
      )
    )
  })
})
