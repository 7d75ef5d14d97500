import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { Laterality } from "../src/index.js"

describe("Laterality", () => {
  it("lets a bilateral patient have either side or both, a one-sided patient that side only", () => {
    assert.isTrue(Laterality.fits("bilateral", "left"))
    assert.isTrue(Laterality.fits("bilateral", "right"))
    assert.isTrue(Laterality.fits("bilateral", "bilateral"))
    assert.isTrue(Laterality.fits("left", "left"))
    assert.isFalse(Laterality.fits("left", "right"))
    assert.isFalse(Laterality.fits("left", "bilateral"))
  })

  it.effect("refuses a procedure on the other side, naming the field", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(Laterality.check("left", { side: "right", lesions: [] }))
      assert.deepStrictEqual(e.path, ["side"])
      assert.strictEqual(e.message, "the procedure's side (right) is not the patient's treated side (left)")
    })
  )

  it.effect("refuses a lesion off the procedure's side; a bilateral procedure takes lesions on both", () =>
    Effect.gen(function* () {
      yield* Laterality.check("bilateral", {
        side: "bilateral",
        lesions: [{ side: "left" }, { side: "right" }]
      })
      const e = yield* Effect.flip(
        Laterality.check("bilateral", { side: "left", lesions: [{ side: "left" }, { side: "right" }] })
      )
      assert.deepStrictEqual(e.path, ["lesions", 1, "side"])
      assert.strictEqual(e.message, "lesion 2 is on the right side, not on the procedure's side (left)")
    })
  )

  it("names every side refused at once: the procedure's, and each lesion off the procedure's side", () => {
    const problems = Laterality.problems("left", {
      side: "right",
      lesions: [{ side: "left" }, { side: "right" }, { side: "left" }]
    })
    assert.deepStrictEqual(
      problems.map((p) => p.path),
      [["side"], ["lesions", 0, "side"], ["lesions", 2, "side"]]
    )
    assert.deepStrictEqual(Laterality.problems("left", { side: "left", lesions: [{ side: "left" }] }), [])
  })
})
