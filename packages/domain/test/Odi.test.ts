import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { Odi } from "../src/index.js"

describe("Odi.score", () => {
  it.effect("scores a complete form as total / 50", () =>
    Effect.gen(function* () {
      const s = yield* Odi.score([2, 2, 2, 2, 2, 2, 2, 2, 2, 3])
      assert.strictEqual(s.percent, 42)
      assert.strictEqual(s.band, "severe")
    })
  )

  it.effect("scores a form with one unanswered section over 45", () =>
    Effect.gen(function* () {
      const s = yield* Odi.score([1, 1, 1, 1, 1, 1, 1, null, 1, 0])
      assert.closeTo(s.percent, (8 / 45) * 100, 1e-12)
      assert.strictEqual(s.band, "minimal")
    })
  )

  it.effect("refuses two unanswered sections with the sections named", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(Odi.score([1, null, 1, 1, 1, 1, 1, null, 1, 0]))
      assert.strictEqual(e._tag, "OdiTooManyMissingSections")
      if (e._tag === "OdiTooManyMissingSections") assert.deepStrictEqual(e.missing, [2, 8])
    })
  )

  it.effect("refuses a value outside 0–5 and a wrong number of sections", () =>
    Effect.gen(function* () {
      const six = yield* Effect.flip(Odi.score([6, 1, 1, 1, 1, 1, 1, 1, 1, 1]))
      assert.strictEqual(six._tag, "OdiInvalidAnswers")
      const nine = yield* Effect.flip(Odi.score([1, 1, 1, 1, 1, 1, 1, 1, 1]))
      assert.strictEqual(nine._tag, "OdiInvalidAnswers")
    })
  )
})
