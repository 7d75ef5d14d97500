import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Effect, Either, FastCheck as fc, ParseResult, Schema } from "effect"
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

describe("Odi.scoreOrNull", () => {
  it("scores as Odi.score does, and answers null where it refuses", () => {
    assert.deepStrictEqual(Odi.scoreOrNull([2, 2, 2, 2, 2, 2, 2, 2, 2, 3]), { percent: 42, band: "severe" })
    assert.closeTo(Odi.scoreOrNull([1, 1, 1, 1, 1, 1, 1, null, 1, 0])!.percent, (8 / 45) * 100, 1e-12)
    assert.strictEqual(Odi.scoreOrNull([1, null, 1, 1, 1, 1, 1, null, 1, 0]), null)
    assert.strictEqual(Odi.scoreOrNull([6, 1, 1, 1, 1, 1, 1, 1, 1, 1]), null)
    assert.strictEqual(Odi.scoreOrNull([1, 1, 1, 1, 1, 1, 1, 1, 1]), null)
  })
})

describe("Odi.score properties over Schema-derived answers", () => {
  const raw = Arbitrary.make(Odi.Answers)
  const forms = fc.oneof(
    raw,
    raw.map((a) => a.map((x, i) => (x === null && i !== a.indexOf(null) ? 5 : x)))
  )
  it("scores any valid form within [0, 100], and fails exactly when two or more sections are unanswered", () => {
    fc.assert(
      // Schema-derived forms, half of them with every unanswered section but the first filled in with 5.
      fc.property(forms, (answers) => {
        const missing = answers.filter((a) => a === null).length
        const result = Effect.runSync(Effect.either(Odi.score(answers)))
        assert.strictEqual(result._tag === "Right", missing <= 1)
        if (result._tag === "Right") {
          assert.isAtLeast(result.right.percent, 0)
          assert.isAtMost(result.right.percent, 100)
          assert.strictEqual(result.right.band, Odi.band(result.right.percent))
        }
      }),
      { numRuns: 500 }
    )
  })

  it("decodes untrusted answers with the section's index and what is allowed", () => {
    const r = Schema.decodeUnknownEither(Odi.Answers)([0, 1, 2, 3, 4, 5, 2.5, 0, 0, 0])
    assert.isTrue(Either.isLeft(r))
    if (Either.isLeft(r)) {
      const text = ParseResult.TreeFormatter.formatErrorSync(r.left)
      assert.include(text, "[6]")
      assert.include(
        text,
        "an ODI section answer is an integer from 0 to 5, or null when unanswered; got 2.5"
      )
    }
  })
})
