import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import fc from "fast-check"
import { mannWhitney } from "../src/index.js"
import { pnorm } from "../src/internal/nmath/normal.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

type Pair = readonly [ReadonlyArray<number>, ReadonlyArray<number>]

describe("mannWhitney", () => {
  describe("matches GNU R's wilcox.test(a, b)", () => {
    for (const c of casesFor("mannWhitney")) {
      const [a, b] = c.args as unknown as Pair
      it.effect(c.id, () =>
        Effect.map(mannWhitney(a, b), (got) => {
          assertMatchesR(c, got)
          assert.strictEqual(got.method, c.id.includes("/exact/") ? "exact" : "normal")
        })
      )
    }
  })

  it.effect("exact: complete separation of 3 and 4 values gives W = 0 and p = 2/35", () =>
    Effect.gen(function* () {
      const r = yield* mannWhitney([1.1, 2.3, 0.4], [3.5, 4.2, 5.0, 2.9])
      assert.deepStrictEqual(r, { statistic: 0, p: 2 / 35, method: "exact" })
    })
  )

  it.effect("normal: ties use the tie-corrected variance and the continuity correction", () =>
    Effect.gen(function* () {
      // pooled 1,2,2,3 | 2,4: ranks 1, 3, 3, 5 | 3, 6 → W = 12 − 10 = 2; one tie of 3
      const r = yield* mannWhitney([1, 2, 2, 3], [2, 4])
      const sigma = Math.sqrt((8 / 12) * (7 - (27 - 3) / (6 * 5)))
      const z = (2 - 4 + 0.5) / sigma
      assert.strictEqual(r.method, "normal")
      assert.strictEqual(r.statistic, 2)
      assert.closeTo(r.p, 2 * pnorm(z, true, false), 1e-15)
    })
  )

  it.effect("fails with a typed error for each kind of bad input", () =>
    Effect.gen(function* () {
      const empty = yield* Effect.flip(mannWhitney([], [1, 2]))
      assert.strictEqual(empty._tag, "InsufficientData")
      const nan = yield* Effect.flip(mannWhitney([1, 2], [Number.NaN]))
      assert.strictEqual(nan._tag, "NonFiniteValue")
      const same = yield* Effect.flip(mannWhitney([4, 4], [4, 4, 4]))
      assert.strictEqual(same._tag, "ZeroVariance")
    })
  )

  const sample = fc.oneof(
    fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 70 }),
    fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 70 })
  )
  const run = (a: ReadonlyArray<number>, b: ReadonlyArray<number>) =>
    Effect.runSync(Effect.either(mannWhitney(a, b)))

  it("p lies in [0, 1], is symmetric in a and b, and ignores the order within a group", () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const r = run(a, b)
        const swapped = run(b, a)
        const shuffled = run(
          [...a].reverse(),
          [...b].sort((x, y) => x - y)
        )
        if (r._tag === "Left") return swapped._tag === "Left" && shuffled._tag === "Left"
        return (
          swapped._tag === "Right" &&
          shuffled._tag === "Right" &&
          r.right.p >= 0 &&
          r.right.p <= 1 &&
          swapped.right.p === r.right.p &&
          shuffled.right.p === r.right.p
        )
      })
    )
  })
})
