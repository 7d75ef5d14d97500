import { assert, describe as group, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import { describe } from "../src/index.js"

group("describe", () => {
  it.effect("matches hand-computed summaries of the study's NRS scale", () =>
    Effect.gen(function* () {
      const d = yield* describe([5, 6, 7, 7, 8, 9, 10])
      assert.strictEqual(d.n, 7)
      assert.closeTo(d.mean, 52 / 7, 1e-12)
      assert.strictEqual(d.median, 7)
      // type 7: h = 6 * 0.25 = 1.5 -> 6 + 0.5 * (7 - 6)
      assert.strictEqual(d.q1, 6.5)
      assert.strictEqual(d.q3, 8.5)
      assert.strictEqual(d.min, 5)
      assert.strictEqual(d.max, 10)
    })
  )

  it.effect("gives a null sd for a single observation", () =>
    Effect.gen(function* () {
      const d = yield* describe([4])
      assert.isNull(d.sd)
    })
  )

  it.effect("fails with a typed error on an empty or non-finite sample", () =>
    Effect.gen(function* () {
      const empty = yield* Effect.exit(describe([]))
      assert.isTrue(Exit.isFailure(empty))
      const nan = yield* Effect.flip(describe([1, Number.NaN]))
      assert.strictEqual(nan._tag, "NonFiniteValue")
    })
  )
})
