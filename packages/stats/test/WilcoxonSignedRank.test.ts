import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import fc from "fast-check"
import { wilcoxonSignedRank } from "../src/index.js"
import { pnorm } from "../src/internal/nmath/normal.js"
import { assertMatchesR, casesFor } from "./rVectors.js"

type Pair = readonly [ReadonlyArray<number>, ReadonlyArray<number>]

describe("wilcoxonSignedRank", () => {
  describe("matches GNU R's wilcox.test(paired = TRUE)", () => {
    for (const c of casesFor("wilcoxonSignedRank")) {
      const [a, b] = c.args as unknown as Pair
      it.effect(c.id, () =>
        Effect.map(wilcoxonSignedRank(a, b), (got) => {
          assertMatchesR(c, got)
          assert.strictEqual(got.method, c.id.includes("/exact/") ? "exact" : "normal")
        })
      )
    }
  })

  it.effect("exact: all five differences positive gives V = 15 and p = 2/32", () =>
    Effect.gen(function* () {
      const r = yield* wilcoxonSignedRank([2, 4, 6, 8, 10], [1, 2, 3, 4, 5])
      assert.deepStrictEqual(r, { statistic: 15, p: 2 / 32, method: "exact" })
    })
  )

  it.effect("exact: differences 1, −2, 3 give V = 4 and p = 2 · 3/8", () =>
    Effect.gen(function* () {
      // subsets of {1,2,3} with sum ≥ 4: {1,3}, {2,3}, {1,2,3}
      const r = yield* wilcoxonSignedRank([1, 0, 3], [0, 2, 0])
      assert.strictEqual(r.statistic, 4)
      assert.closeTo(r.p, 0.75, 1e-15)
    })
  )

  it.effect("normal: a zero and a tie switch to the corrected normal approximation", () =>
    Effect.gen(function* () {
      // differences 1, 1, 2, −3, 0 → the zero is dropped; |d| ranks 1.5, 1.5, 3, 4; V = 6
      const r = yield* wilcoxonSignedRank([2, 2, 3, 0, 5], [1, 1, 1, 3, 5])
      const sigma = Math.sqrt((4 * 5 * 9) / 24 - (2 ** 3 - 2) / 48)
      const z = (6 - 5 - 0.5) / sigma
      assert.strictEqual(r.method, "normal")
      assert.strictEqual(r.statistic, 6)
      assert.closeTo(r.p, 2 * pnorm(-z, true, false), 1e-15)
    })
  )

  it.effect("fails with a typed error for each kind of bad input", () =>
    Effect.gen(function* () {
      const empty = yield* Effect.flip(wilcoxonSignedRank([], []))
      assert.strictEqual(empty._tag, "InsufficientData")
      const unpaired = yield* Effect.flip(wilcoxonSignedRank([1, 2, 3], [1, 2]))
      assert.strictEqual(unpaired._tag, "InvalidArgument")
      const inf = yield* Effect.flip(wilcoxonSignedRank([1, 2], [1, Number.POSITIVE_INFINITY]))
      assert.strictEqual(inf._tag, "NonFiniteValue")
      const same = yield* Effect.flip(wilcoxonSignedRank([1, 2, 3], [1, 2, 3]))
      assert.strictEqual(same._tag, "ZeroVariance")
    })
  )

  const score = fc.integer({ min: 0, max: 10 })
  const continuous = fc.double({ min: -50, max: 50, noNaN: true })
  const pairs = fc.oneof(
    fc.array(fc.tuple(score, score), { minLength: 1, maxLength: 80 }),
    fc.array(fc.tuple(continuous, continuous), { minLength: 1, maxLength: 80 })
  )
  const run = (ps: ReadonlyArray<readonly [number, number]>) =>
    Effect.runSync(
      Effect.either(
        wilcoxonSignedRank(
          ps.map((p) => p[0]),
          ps.map((p) => p[1])
        )
      )
    )

  it("p lies in [0, 1] and does not depend on the order of subjects", () => {
    fc.assert(
      fc.property(
        pairs.chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length }))),
        ([ps, shuffled]) => {
          const r = run(ps)
          const s = run(shuffled)
          if (r._tag === "Left") return s._tag === "Left" && r.left._tag === s.left._tag
          return s._tag === "Right" && r.right.p >= 0 && r.right.p <= 1 && s.right.p === r.right.p
        }
      )
    )
  })
})
