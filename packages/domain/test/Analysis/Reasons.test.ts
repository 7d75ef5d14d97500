import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Analysis, Model, Protocol } from "../../src/index.js"
import cohort from "./fixtures/study-cohort-seed1.json" with { type: "json" }

const records = Schema.decodeUnknownSync(Schema.Array(Model.PatientRecord))(cohort)
const without = (r: Model.PatientRecord, ...ts: ReadonlyArray<Model.Timepoint>) =>
  new Model.PatientRecord({ ...r, visits: r.visits.filter((v) => !ts.includes(v.timepoint)) })
const reasonOf = (cell: Analysis.Cell.Cell<unknown>) => (cell._tag === "NotComputed" ? cell.reason : null)

describe("the reasons a cell is not computed, in words", () => {
  it.effect("one patient: Table 1's means are computed, an SD is not, nor any test", () =>
    Effect.gen(function* () {
      const report = yield* Analysis.studyReport(records.slice(0, 1), Protocol.study)
      assert.strictEqual(report.table1.ageMean._tag, "Computed")
      assert.strictEqual(report.table1.female.n._tag, "Computed")
      assert.strictEqual(reasonOf(report.table1.ageSd), "only 1 patient: the SD of the age needs at least 2")
      assert.strictEqual(
        reasonOf(report.table2.nrs.m3),
        "only 1 patient has an NRS at 3 months: a mean ± SD needs at least 2"
      )
      assert.strictEqual(
        reasonOf(report.table2.allAvailableData.nrs),
        "only 1 patient has an NRS at 3 or 6 months: the mixed model needs at least 5"
      )
    })
  )

  it.effect("nobody seen at 6 months: no 6-month cell, and the 3-month ones computed", () =>
    Effect.gen(function* () {
      const report = yield* Analysis.studyReport(
        records.slice(0, 20).map((r) => without(r, "month6")),
        Protocol.study
      )
      assert.strictEqual(report.table2.nrs.m3._tag, "Computed")
      assert.strictEqual(reasonOf(report.table2.nrs.m6), "no patient has an NRS at 6 months")
      assert.strictEqual(
        reasonOf(report.table2.nrs.changeM6),
        "no patient has an NRS at both baseline and 6 months"
      )
      assert.strictEqual(
        reasonOf(report.table2.rmAnovaTime),
        "no patient has an NRS at baseline, 3 and 6 months"
      )
      assert.strictEqual(
        reasonOf(report.table4.reduction50.m6),
        "no patient has an NRS at both baseline and 6 months"
      )
      assert.strictEqual(reasonOf(report.table5.nsaids.m6), "no patient attended the 6-month visit")
      assert.strictEqual(
        reasonOf(report.table8.female.reductionM6),
        "women: no patient has an NRS at both baseline and 6 months"
      )
      assert.match(
        report.tests["nrs.rmAnova"]!.note!,
        /^not computed: no patient has an NRS at baseline, 3 and 6/
      )
    })
  )

  it("the comparison counts a cell not computed apart, with its reason", () => {
    const report = Effect.runSync(Analysis.studyReport(records.slice(0, 1), Protocol.study))
    const cells = Analysis.compareWithPublished(report, Analysis.study)
    const sd = cells.find((c) => c.path === "table1.ageSd")!
    assert.deepStrictEqual(
      { status: sd.status, agrees: sd.agrees, reproduced: sd.reproduced, reason: sd.reason },
      {
        status: "notComputed",
        agrees: false,
        reproduced: null,
        reason: "only 1 patient: the SD of the age needs at least 2"
      }
    )
    const tally = Analysis.tally(cells)
    assert.strictEqual(tally.agrees + tally.differs + tally.notComputed, cells.length)
    assert.isAbove(tally.notComputed, 0)
  })
})
