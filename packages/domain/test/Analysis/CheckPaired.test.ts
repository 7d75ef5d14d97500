import * as Stats from "@cryoreg/stats"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { checkPaired, pairedSplits } from "../../src/Analysis/CheckPaired.js"
import { Analysis } from "../../src/index.js"

describe("Table 4 at 3 vs 6 months as a paired test", () => {
  it.effect("enumerates every split of the printed marginals 64 and 52 of 107", () =>
    Effect.gen(function* () {
      const splits = yield* pairedSplits(64, 52, 107)
      // Both from 64 + 52 − 107 = 9 to 52; b − c is always 12, b + c from 98 down to 12.
      assert.strictEqual(splits.length, 44)
      assert.deepStrictEqual(
        splits.map((s) => s.both),
        Array.from({ length: 44 }, (_, i) => 9 + i)
      )
      for (const s of splits) {
        assert.strictEqual(s.both + s.onlyFirst, 64)
        assert.strictEqual(s.both + s.onlySecond, 52)
        assert.strictEqual(s.both + s.onlyFirst + s.onlySecond + s.neither, 107)
      }
      const s = splits.find((x) => x.onlyFirst === 21)!
      // (|21 − 9| − 1)² / 30 = 4.0333, χ²(1) upper tail; exact: 2 · P(Binom(30, ½) ≤ 9)
      assert.closeTo(s.p["with continuity correction"], Stats.chiSquareCdfUpper(121 / 30, 1), 1e-12)
      assert.closeTo(s.p["with continuity correction"], 0.04461, 1e-4)
      assert.closeTo(s.p["without correction"], Stats.chiSquareCdfUpper(144 / 30, 1), 1e-12)
      assert.closeTo(s.p.exact, 0.04277, 1e-4)
    })
  )

  it.effect("says the printed 0.041 lies in the paired range but no split gives it", () =>
    Effect.gen(function* () {
      const f = yield* checkPaired(
        "reduction50",
        { first: 64, second: 52, n: 107 },
        "table4.reduction50.p",
        0.041
      )
      assert.strictEqual(f.verdict, "inconsistent")
      assert.include(f.sentence, "allow 12 to 98 patients who changed")
      assert.include(
        f.sentence,
        "With continuity correction: p from 0.001 to 0.266, which spans 0.041 but steps over it"
      )
      assert.include(f.sentence, "0.038 when 20 only at 3 months and 8 only at 6")
      assert.include(f.sentence, "No paired table with these counts gives the printed p = 0.041")
    })
  )

  it.effect("names the split that gives a printed p: NRS ≤ 2, 0.18 without correction from 17 and 10", () =>
    Effect.gen(function* () {
      const findings = yield* Analysis.checkPublished(Analysis.study)
      const paired = findings.filter((f) => f.check === "paired p from counts")
      assert.deepStrictEqual(
        paired.map((f) => [f.cells[0], f.verdict]),
        [
          ["table4.reduction50.p", "inconsistent"],
          ["table4.reduction30.p", "inconsistent"],
          ["table4.nrsAtMost2.p", "consistent"]
        ]
      )
      assert.include(
        paired[2]!.sentence,
        "Without correction: p from 0.008 to 0.223; 0.18 when 17 only at 3 months and 10 only at 6"
      )
      assert.include(paired[2]!.sentence, "The printed p = 0.18 can come from a paired test")
      const chi = findings.find((f) => f.check === "p from counts" && f.cells[0] === "table4.reduction50.p")
      assert.strictEqual(chi?.verdict, "inconsistent")
    })
  )
})
