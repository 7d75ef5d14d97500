import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { fewestOneOutside } from "../../src/Analysis/CheckAssumptions.js"
import { Analysis } from "../../src/index.js"

describe("the lesions per procedure against the paper's typical 6 to 7", () => {
  it.effect("contradicts a stated assumption, not an impossibility: some procedures lay outside 6–7", () =>
    Effect.gen(function* () {
      const findings = yield* Analysis.checkPublished(Analysis.study)
      const lesions = findings.filter((f) => f.cells.includes("table6.lesionsSd"))
      assert.strictEqual(lesions.length, 1)
      const f = lesions[0]!
      assert.strictEqual(f.verdict, "contradicts assumption")
      assert.strictEqual(f.check, "stated assumption")
      assert.include(f.sentence, 'stated "typically 6 to 7 lesions per treated side"')
      assert.include(f.sentence, "some procedures had fewer than 6 or more than 7 lesions")
      assert.include(f.sentence, "the SD would be at most 0.50")
      assert.notInclude(f.sentence, "cannot exist")
    })
  )

  it("needs at least 17 of 107 procedures at 5 or 8 lesions for 6.4 ± 0.8", () => {
    // With 6 or 7 only: 43 sevens give SD √(43·64/(107·106)) ≈ 0.49; each 5 or 8 adds about 2 to the squares.
    const mean = { lo: 6.35, hi: 6.45 }
    const sd = { lo: 0.75, hi: 0.85 }
    assert.strictEqual(fewestOneOutside(107, 6, 7, mean, sd), 17)
    assert.strictEqual(fewestOneOutside(107, 6, 7, mean, { lo: 0.45, hi: 0.55 }), 0)
    assert.isNull(fewestOneOutside(107, 6, 8, mean, sd))
  })

  it("is consistent when the SD fits the typical range", () => {
    const study = { ...Analysis.study, table6: { ...Analysis.study.table6, lesionsSd: 0.5 } }
    const f = Analysis.checkSummaries(study).find((x) => x.cells.includes("table6.lesionsSd"))
    assert.strictEqual(f?.verdict, "consistent")
    assert.include(f?.sentence ?? "", "may have had 6 or 7 lesions")
  })
})
