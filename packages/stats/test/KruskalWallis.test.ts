import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import fc from "fast-check"
import { kruskalWallis } from "../src/index.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

describe("kruskalWallis", () => {
  describe("matches GNU R's kruskal.test", () => {
    for (const c of casesFor("kruskalWallis")) {
      it.effect(c.id, () =>
        Effect.map(kruskalWallis(c.args[0] as ReadonlyArray<ReadonlyArray<number>>), (got) =>
          assertMatchesR(c, got)
        )
      )
    }
  })

  it.effect("untied example: H from the rank sums 10, 19, 16 and p = exp(−H/2) for df = 2", () =>
    Effect.gen(function* () {
      const r = yield* kruskalWallis([
        [2.9, 3.0, 2.5],
        [3.8, 2.7, 4.0],
        [2.8, 3.4, 3.7]
      ])
      const h = (12 * ((100 + 361 + 256) / 3)) / (9 * 10) - 3 * 10
      assert.closeTo(r.statistic, h, 1e-12)
      assert.strictEqual(r.df, 2)
      assert.closeTo(r.p, Math.exp(-h / 2), 1e-14)
    })
  )

  it.effect("tied example: H divided by 1 − Σ(t³ − t)/(n³ − n)", () =>
    Effect.gen(function* () {
      // pooled 1 2 2 | 3 3 4: ranks 1 2.5 2.5 | 4.5 4.5 6; rank sums 6 and 15; ties 6 + 6
      const r = yield* kruskalWallis([
        [1, 2, 2],
        [3, 3, 4]
      ])
      const h = ((12 * ((36 + 225) / 3)) / (6 * 7) - 21) / (1 - 12 / 210)
      assert.closeTo(r.statistic, h, 1e-12)
      assert.strictEqual(r.df, 1)
    })
  )

  it.effect("fails with a typed error for each kind of bad input", () =>
    Effect.gen(function* () {
      const one = yield* Effect.flip(kruskalWallis([[1, 2, 3]]))
      assert.strictEqual(one._tag, "InsufficientData")
      const empty = yield* Effect.flip(kruskalWallis([[1, 2], []]))
      assert.strictEqual(empty._tag, "InsufficientData")
      const nan = yield* Effect.flip(
        kruskalWallis([
          [1, 2],
          [3, Number.NaN]
        ])
      )
      assert.strictEqual(nan._tag, "NonFiniteValue")
      assert.deepStrictEqual(nan._tag === "NonFiniteValue" ? nan.index : [], [1, 1])
      const same = yield* Effect.flip(kruskalWallis([[2, 2], [2]]))
      assert.strictEqual(same._tag, "ZeroVariance")
    })
  )

  it("p lies in [0, 1] and ignores the order of observations within a group", () => {
    const group = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 30 })
    fc.assert(
      fc.property(fc.array(group, { minLength: 2, maxLength: 5 }), (groups) => {
        const r = Effect.runSync(Effect.either(kruskalWallis(groups)))
        const shuffled = Effect.runSync(Effect.either(kruskalWallis(groups.map((g) => [...g].reverse()))))
        if (r._tag === "Left") return shuffled._tag === "Left"
        return shuffled._tag === "Right" && r.right.p >= 0 && r.right.p <= 1 && shuffled.right.p === r.right.p
      })
    )
  })
})
