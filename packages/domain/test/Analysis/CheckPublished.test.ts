import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { sdRange } from "../../src/Analysis/CheckScales.js"
import { Analysis } from "../../src/index.js"

describe("Analysis.checkPublished", () => {
  it("bounds the SD of integers in {9, 10} with mean 9.1 by hand: at most √(4·23/(27·26)) = 0.362", () => {
    // Means printing as 9.1 on n = 27 need 2, 3 or 4 tens; SD = √(k(27−k)/(27·26)).
    const r = sdRange(27, 9, 10, { lo: 9.05, hi: 9.15 })
    assert.isNotNull(r)
    assert.closeTo(r!.hi, Math.sqrt((4 * 23) / (27 * 26)), 1e-12)
    assert.closeTo(r!.lo, Math.sqrt((2 * 25) / (27 * 26)), 1e-12)
  })

  it.effect(
    "finds the impossible cells: NRS 9–10 SD 0.6, baseline SD 1.1 against Table 10 (not the lesions' SD)",
    () =>
      Effect.gen(function* () {
        const findings = yield* Analysis.checkPublished(Analysis.study)
        const impossible = findings.filter((f) => f.verdict === "impossible")
        const cells = new Set(impossible.flatMap((f) => f.cells))
        assert.isTrue(cells.has("table10.nrs9to10.baselineNrs[1]"))
        assert.isFalse(cells.has("table6.lesionsSd"))
        assert.isTrue(cells.has("table1.nrs.sd"))
        for (const f of findings) assert.isAbove(f.sentence.length, 20)
      })
  )

  it.effect(
    "finds p-values that the printed counts cannot give (Table 9 responders: chi-square p ≈ 0.28)",
    () =>
      Effect.gen(function* () {
        const findings = yield* Analysis.checkPublished(Analysis.study)
        const t9 = findings.find((f) => f.cells.includes("table9.p.responderM6"))
        assert.strictEqual(t9?.verdict, "inconsistent")
        const t8 = findings.find((f) => f.cells.includes("table8.p.responderM6"))
        assert.strictEqual(t8?.verdict, "consistent")
      })
  )

  it("checks percentages against counts: 56/107 is 52.3 %", () => {
    const pct = Analysis.checkSummaries(Analysis.study).find((f) => f.cells[0] === "table1.female.pct")
    assert.strictEqual(pct?.verdict, "consistent")
  })
})

describe("Analysis printed decimals and comparison", () => {
  it("reads decimals as printed, trailing zeros included", () => {
    const d = Analysis.decimalsOf('{"a": 50.0, "b": [7.3, 1.0], "c": 100, "d": 0.012}')
    assert.deepStrictEqual(
      [...d.entries()],
      [
        ["a", 1],
        ["b[0]", 1],
        ["b[1]", 1],
        ["c", 0],
        ["d", 3]
      ]
    )
  })

  it("agrees with itself, and disagrees at printed precision", () => {
    const same = Analysis.compareWithPublished(Analysis.study, Analysis.study)
    assert.isTrue(same.every((c) => c.agrees))
    const off = { ...Analysis.study, table1: { ...Analysis.study.table1, ageMean: 53.86 } }
    const cell = Analysis.compareWithPublished(off, Analysis.study).find((c) => c.path === "table1.ageMean")
    assert.strictEqual(cell?.agrees, false)
    const close = { ...Analysis.study, table1: { ...Analysis.study.table1, ageMean: 53.84 } }
    assert.isTrue(
      Analysis.compareWithPublished(close, Analysis.study).find((c) => c.path === "table1.ageMean")!.agrees
    )
  })
})
