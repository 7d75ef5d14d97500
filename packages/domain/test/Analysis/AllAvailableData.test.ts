import * as Stats from "@cryoreg/stats"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { allAvailableData } from "../../src/Analysis/AllAvailableData.js"
import * as Cell from "../../src/Analysis/Cell.js"
import { scaleOverTime } from "../../src/Analysis/Outcomes.js"

// 12 patients × (baseline, 3, 6 months) of NRS, row-major; patients differ far more than visits.
const nrs = Float64Array.from(
  [
    [8, 4, 3],
    [7, 3, 4],
    [9, 5, 5],
    [6, 3, 2],
    [8, 5, 4],
    [7, 2, 3],
    [9, 4, 4],
    [5, 2, 1],
    [8, 3, 3],
    [7, 4, 2],
    [6, 2, 2],
    [9, 6, 5]
  ].flat()
)

const withMissed = (x: Float64Array, cells: ReadonlyArray<number>) => {
  const y = Float64Array.from(x)
  for (const c of cells) y[c] = Number.NaN
  return y
}

describe("all available data (MMRM) row", () => {
  it.effect("on balanced complete data: the random-intercept F is the sphericity-assuming rmANOVA F", () =>
    Effect.gen(function* () {
      const { tests } = yield* allAvailableData(nrs, "nrs", 1)
      const anova = yield* Stats.rmAnova({ values: nrs, columns: 3 })
      const intercept = tests["nrs.randomIntercept"]!
      assert.closeTo(intercept.statistic!, anova.f, 1e-8 * anova.f)
      assert.closeTo(intercept.p!, anova.p, 1e-6 * anova.p)
      assert.strictEqual(intercept.note?.startsWith(`df 2, ${anova.df2};`), true)
    })
  )

  it.effect(
    "on complete data: the MMRM means are the observed means, and the row says no visit is missing",
    () =>
      Effect.gen(function* () {
        const row = Cell.valueOr((yield* allAvailableData(nrs, "nrs", 1)).row, null)!
        const mean = (t: number) => nrs.filter((_, i) => i % 3 === t).reduce((a, b) => a + b, 0) / 12
        // printed at one decimal, as Table 2's NRS
        assert.closeTo(row.baseline, mean(0), 0.05 + 1e-9)
        assert.closeTo(row.changeM6.estimate, mean(2) - mean(0), 0.05 + 1e-9)
        assert.deepStrictEqual([row.patients, row.visits, row.completePatients], [12, 36, 12])
        assert.match(row.analysis, /same data as the repeated-measures ANOVA/)
        assert.isAbove(row.changeM3.ciHigh, row.changeM3.estimate)
        assert.isAbove(row.changeM3.estimate, row.changeM3.ciLow)
      })
  )

  it.effect("with missed visits: uses every attended visit, where rmANOVA keeps complete cases only", () =>
    Effect.gen(function* () {
      // patient 2 misses 6 months, patient 5 misses 3 months, patient 11 is lost after baseline
      const x = withMissed(nrs, [2 * 3 + 2, 5 * 3 + 1, 11 * 3 + 1, 11 * 3 + 2])
      const fitted = yield* allAvailableData(x, "nrs", 1)
      const { tests } = fitted
      const row = Cell.valueOr(fitted.row, null)!
      assert.deepStrictEqual([row.patients, row.visits, row.completePatients], [12, 32, 9])
      assert.strictEqual(row.label, "all available data (MMRM)")
      assert.match(row.analysis, /appropriate analysis when visits are missing/)
      assert.match(tests["nrs.mmrm"]!.note!, /df 2, 29; 12 patients, 32 visits \(9 with all three\)/)
      const direct = yield* Stats.mmrm(
        [...x].filter((v) => !Number.isNaN(v)),
        [...x].flatMap((v, i) => (Number.isNaN(v) ? [] : [Math.floor(i / 3)])),
        [...x].flatMap((v, i) => (Number.isNaN(v) ? [] : [i % 3]))
      )
      const q = Stats.tQuantile(0.975, 29)
      assert.closeTo(row.changeM6.ciLow, direct.diff[1]! - q * direct.diffSe[1]!, 0.05 + 1e-9)
      const cc = yield* scaleOverTime(x, "nrs", 1)
      const anova = yield* Stats.rmAnova(
        [0, 1, 3, 4, 6, 7, 8, 9, 10].map((i) => [nrs[i * 3]!, nrs[i * 3 + 1]!, nrs[i * 3 + 2]!])
      )
      assert.strictEqual(cc.tests["nrs.rmAnova"]!.statistic, anova.f)
    })
  )
})
