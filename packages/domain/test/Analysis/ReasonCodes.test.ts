import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Analysis, Model, Protocol } from "../../src/index.js"
import cohort from "./fixtures/study-cohort-seed1.json" with { type: "json" }

const records = Schema.decodeUnknownSync(Schema.Array(Model.PatientRecord))(cohort)
const without = (r: Model.PatientRecord, ...ts: ReadonlyArray<Model.Timepoint>) =>
  new Model.PatientRecord({ ...r, visits: r.visits.filter((v) => !ts.includes(v.timepoint)) })
const whyOf = (cell: Analysis.Cell.Cell<unknown>) => (cell._tag === "NotComputed" ? cell.why : null)
const nrs = (at: Analysis.Reason.MeasuredAt) => ({ measure: "nrs", at }) as const

describe("why a cell is not computed, as a code and its params", () => {
  it.effect("no treated patient: every cell says so, with no params", () =>
    Effect.gen(function* () {
      const report = yield* Analysis.studyReport([], Protocol.study)
      assert.deepStrictEqual(whyOf(report.table1.ageMean), { code: "noTreatedPatient", params: {} })
      assert.deepStrictEqual(whyOf(report.table7.infection), { code: "noTreatedPatient", params: {} })
    })
  )

  it.effect(
    "one patient: an SD of the age, a mean ± SD, a test and the mixed model each say what is missing",
    () =>
      Effect.gen(function* () {
        const report = yield* Analysis.studyReport(records.slice(0, 1), Protocol.study)
        assert.deepStrictEqual(whyOf(report.table1.ageSd), {
          code: "sdNeedsTwo",
          params: { quantity: "age" }
        })
        assert.deepStrictEqual(whyOf(report.table6.lesionsSd), {
          code: "sdNeedsTwo",
          params: { quantity: "lesions" }
        })
        assert.deepStrictEqual(whyOf(report.table2.nrs.m3), {
          code: "meanSdNeedsTwo",
          params: { who: nrs("m3") }
        })
        assert.deepStrictEqual(whyOf(report.table2.rmAnovaTime), {
          code: "tooFew",
          params: { n: 1, who: nrs("all"), test: "rmAnova" }
        })
        assert.deepStrictEqual(whyOf(report.table2.allAvailableData.nrs), {
          code: "mixedModelTooFew",
          params: { n: 1, who: nrs("m3OrM6"), needed: 5 }
        })
        const sex = records[0]!.patient.sex
        assert.deepStrictEqual(whyOf(report.table8[sex].baselineNrs), {
          code: "meanSdNeedsTwo",
          params: { who: nrs("baseline") },
          group: sex
        })
        assert.deepStrictEqual(whyOf(report.table8[sex === "female" ? "male" : "female"].baselineNrs), {
          code: "noPatient",
          params: { who: nrs("baseline") },
          group: sex === "female" ? "male" : "female"
        })
      })
  )

  it.effect("nobody seen at 6 months: the 6-month cells name the visit, the pair and the subgroup", () =>
    Effect.gen(function* () {
      const report = yield* Analysis.studyReport(
        records.slice(0, 20).map((r) => without(r, "month6")),
        Protocol.study
      )
      assert.deepStrictEqual(whyOf(report.table2.nrs.m6), { code: "noPatient", params: { who: nrs("m6") } })
      assert.deepStrictEqual(whyOf(report.table2.nrs.changeM6), {
        code: "noPatient",
        params: { who: nrs("baselineAndM6") }
      })
      assert.deepStrictEqual(whyOf(report.table5.nsaids.m6), { code: "noVisit", params: { visit: "m6" } })
      assert.deepStrictEqual(whyOf(report.table5.opioids.p), {
        code: "noPatient",
        params: { who: { measure: "visit", at: "baselineAndM6" } }
      })
      assert.deepStrictEqual(whyOf(report.table8.female.reductionM6), {
        code: "noPatient",
        params: { who: nrs("baselineAndM6") },
        group: "female"
      })
      assert.deepStrictEqual(whyOf(report.table8.p.responderM6), {
        code: "noPatient",
        params: { who: nrs("baselineAndM6") }
      })
    })
  )

  it.effect(
    "only women seen at 6 months: the between-sex tests say which group is short, with its size",
    () =>
      Effect.gen(function* () {
        const some = records.slice(0, 30)
        const report = yield* Analysis.studyReport(
          some.map((r) => (r.patient.sex === "male" ? without(r, "month6") : r)),
          Protocol.study
        )
        const women = some.filter((r) => r.patient.sex === "female").length
        assert.deepStrictEqual(whyOf(report.table8.p.reductionM6), {
          code: "needsTwoPerGroup",
          params: {
            who: nrs("baselineAndM6"),
            groups: [
              { group: "female", n: women },
              { group: "male", n: 0 }
            ],
            test: "tTest"
          }
        })
        assert.deepStrictEqual(whyOf(report.table8.p.responderM6), {
          code: "needsEveryGroup",
          params: {
            who: nrs("baselineAndM6"),
            groups: [
              { group: "female", n: women },
              { group: "male", n: 0 }
            ],
            test: "chiSquare"
          }
        })
      })
  )

  it("the comparison carries the code beside the English reason, and the Schema reads both back", () => {
    const report = Effect.runSync(Analysis.studyReport(records.slice(0, 1), Protocol.study))
    const cells = Analysis.compareWithPublished(report, Analysis.study)
    const sd = cells.find((c) => c.path === "table1.ageSd")!
    assert.deepStrictEqual(sd.why, { code: "sdNeedsTwo", params: { quantity: "age" } })
    assert.strictEqual(sd.reason, "only 1 patient: the SD of the age needs at least 2")
    const decoded = Schema.decodeUnknownSync(Analysis.CellComparison)(JSON.parse(JSON.stringify(sd)))
    assert.deepStrictEqual(decoded.why, sd.why)
    assert.isNull(cells.find((c) => c.status === "agrees")?.why)
  })
})
