import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { formatP } from "../../src/Analysis/Format.js"
import { mcnemar } from "../../src/Analysis/Tests.js"
import { Analysis, Protocol } from "../../src/index.js"

describe("Analysis formatting and tests", () => {
  it("prints p as the paper does", () => {
    assert.strictEqual(formatP(0.0004), "<0.001")
    assert.strictEqual(formatP(0.0214), 0.021)
    assert.strictEqual(formatP(0.3849), 0.38)
  })

  it.effect("computes McNemar from the discordant pairs: b = 10, c = 2 gives (|10−2|−1)²/12 = 49/12", () =>
    Effect.gen(function* () {
      const a = Uint8Array.from([...Array(10).fill(1), 0, 0, 1, 0])
      const b = Uint8Array.from([...Array(10).fill(0), 1, 1, 1, 0])
      const r = yield* mcnemar(a, b, "x")
      assert.closeTo(r.statistic!, 49 / 12, 1e-12)
      assert.strictEqual(r.df, 1)
    })
  )

  it.effect("follows R when as many patients changed each way: statistic 0, p 1", () =>
    Effect.gen(function* () {
      const r = yield* mcnemar(Uint8Array.from([1, 1, 0, 0, 1]), Uint8Array.from([0, 0, 1, 1, 1]), "x")
      assert.strictEqual(r.statistic, 0)
      assert.strictEqual(r.p, 1)
    })
  )

  it.effect("is undefined (null), not p = 1, when no patient changed", () =>
    Effect.gen(function* () {
      const same = Uint8Array.from([1, 0, 1])
      const r = yield* mcnemar(same, same, "x")
      assert.isNull(r.p)
      assert.isNull(r.statistic)
    })
  )

  it.effect("on an empty cohort, computes no cell and says why in each, instead of NaN", () =>
    Effect.gen(function* () {
      const report = yield* Analysis.studyReport([], Protocol.study)
      assert.deepStrictEqual(report.table1.ageMean, {
        _tag: "NotComputed",
        reason: "these records hold no treated patient",
        why: { code: "noTreatedPatient", params: {} }
      })
      const missing = Analysis.notComputedCells(report)
      assert.isAbove(missing.length, 100)
      // NaN would print as null
      const { tests: _, ...tables } = report
      assert.notInclude(JSON.stringify(tables), "null")
      const all = yield* Effect.either(Analysis.completeReport(report))
      assert.strictEqual(all._tag === "Left" && all.left._tag, "ReportIncomplete")
    })
  )
})
