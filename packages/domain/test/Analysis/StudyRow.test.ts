import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Analysis, Model, Protocol } from "../../src/index.js"
import { adverseEvent, block, screening } from "../fixtures/records.js"
import cohort from "./fixtures/study-cohort-seed1.json" with { type: "json" }

const records = Schema.decodeUnknownSync(Schema.Array(Model.PatientRecord))(cohort)
// A registry stores rows as JSON text and reads them back.
const stored = (rows: ReadonlyArray<Analysis.StudyRow>) =>
  Schema.decodeUnknownSync(Schema.Array(Analysis.StudyRow))(JSON.parse(JSON.stringify(rows)))

describe("study rows", () => {
  it.effect("the tables computed from stored rows are the tables computed from the records", () =>
    Effect.gen(function* () {
      // every 4th patient without a 6-month visit and one with no ODI answer at all: nulls survive JSON
      const incomplete = records.map(
        (r, i) =>
          new Model.PatientRecord({
            ...r,
            visits: r.visits
              .filter((v) => !(i % 4 === 0 && v.timepoint === "month6"))
              .map((v) =>
                i === 5 ? new Model.FollowUpVisit({ ...v, odiAnswers: v.odiAnswers.map(() => null) }) : v
              )
          })
      )
      for (const cohort of [records, incomplete]) {
        const fromRecords = yield* Analysis.studyReport(cohort, Protocol.study)
        const fromRows = yield* Analysis.studyReportOfRows(
          stored(cohort.map(Analysis.studyRowOf)),
          Protocol.study
        )
        assert.strictEqual(JSON.stringify(fromRows), JSON.stringify(fromRecords))
        // rows parsed one at a time, as a registry reads them
        const texts = cohort.map((r) => JSON.stringify(Analysis.studyRowOf(r)))
        const oneByOne = yield* Analysis.studyReportOfRows(
          { n: texts.length, rowAt: (i) => JSON.parse(texts[i]!) },
          Protocol.study
        )
        assert.strictEqual(JSON.stringify(oneByOne), JSON.stringify(fromRecords))
      }
    })
  )

  it("a row counts the drugs named, and a visit's boxes only when they do not contradict its drugs", () => {
    const r = records[0]!
    const visit = (analgesics: Model.AnalgesicUse) => new Model.FollowUpVisit({ ...r.visits[0]!, analgesics })
    const row = Analysis.studyRowOf(
      new Model.PatientRecord({
        ...r,
        visits: [
          // stored before the rule: tramadol "as an NSAID", opioid-containing unticked
          visit({ drugs: ["tramadol"], nsaids: true, combinationAnalgesics: false, opioidContaining: false }),
          // an NSAID whose name is unknown, beside tramadol with its box ticked
          visit({ drugs: ["tramadol"], nsaids: true, combinationAnalgesics: false, opioidContaining: true })
        ]
      })
    )
    assert.deepStrictEqual(
      row.visits.map((v) => [v.drugs, v.nsaids, v.opioidContaining]),
      [
        [["tramadol"], false, false],
        [["tramadol"], true, true]
      ]
    )
  })

  it("a row holds what the tables read, worked out by hand", () => {
    const r = records[0]!
    const id = r.patient.id
    const event = (k: number, type: Model.AdverseEvent["type"]) => adverseEvent(id, k, type)
    const record = new Model.PatientRecord({
      ...r,
      patient: new Model.Patient({ ...r.patient, sex: "female", birthYear: 1970, treatedSide: "left" }),
      screening: screening({ patientId: id, painDurationMonths: 14 }),
      // relief 25 % and 62.5 %; a block with no pain before it is not read
      blocks: [
        block({ patientId: id, nrsBefore: 8, nrsAfter: 6 }),
        block({ patientId: id, nrsBefore: 8, nrsAfter: 3 }),
        block({ patientId: id, nrsBefore: 0, nrsAfter: 0 })
      ],
      procedure: new Model.Procedure({ ...r.procedure!, date: Model.CalendarDate.make("2024-03-05") }),
      visits: [
        new Model.FollowUpVisit({
          ...r.visits[0]!,
          timepoint: "baseline",
          nrs: 7,
          vasMm: 68,
          odiAnswers: [5, 4, null, 3, 2, 1, 0, 5, 4, 3],
          analgesics: { drugs: ["ibuprofen"], opioidContaining: true }
        })
      ],
      adverseEvents: [event(0, "local hematoma"), event(1, "procedural pain"), event(0, "local hematoma")]
    })
    const row = Analysis.studyRowOf(record)
    assert.deepStrictEqual(row, {
      sex: "female",
      treatedSide: "left",
      ageYears: 54,
      painDurationMonths: 14,
      bestBlockReliefPct: 62.5,
      lesions: r.procedure!.lesions.length,
      durationMinutes: r.procedure!.durationMinutes,
      visits: [
        {
          timepoint: "baseline",
          nrs: 7,
          vasMm: 68,
          odiPercent: (100 * 27) / 45,
          drugs: ["ibuprofen"],
          nsaids: false,
          opioidContaining: true
        }
      ],
      adverseEvents: ["local hematoma", "procedural pain"]
    })
  })
})
