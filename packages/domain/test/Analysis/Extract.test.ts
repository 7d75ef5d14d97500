import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { extract } from "../../src/Analysis/Extract.js"
import { Model, Protocol } from "../../src/index.js"
import { adverseEvent, block, screening } from "../fixtures/records.js"

const visit = (
  patient: string,
  timepoint: Model.Timepoint,
  nrs: number,
  vasMm: number,
  odiAnswers: ReadonlyArray<number | null>,
  analgesics: Model.FollowUpVisit["analgesics"]
) =>
  new Model.FollowUpVisit({
    id: Model.VisitId.make(`${patient}-${timepoint}`),
    patientId: Model.PatientId.make(patient),
    timepoint,
    daysAfterProcedure: timepoint === "baseline" ? -7 : timepoint === "month3" ? 90 : 180,
    nrs,
    vasMm,
    odiAnswers,
    analgesics
  })

const event = adverseEvent

const record = (
  id: string,
  sex: "female" | "male",
  birthYear: number,
  nrsAfterBlock: number,
  visits: ReadonlyArray<Model.FollowUpVisit>,
  adverseEvents: ReadonlyArray<Model.AdverseEvent> = []
) =>
  new Model.PatientRecord({
    patient: new Model.Patient({
      id: Model.PatientId.make(id),
      sex,
      birthYear,
      centerId: Model.CenterId.make("waw"),
      treatedSide: sex === "female" ? "right" : "left"
    }),
    screening: screening({ patientId: Model.PatientId.make(id) }),
    blocks: [block({ patientId: Model.PatientId.make(id), nrsBefore: 8, nrsAfter: nrsAfterBlock })],
    procedure: null,
    visits,
    adverseEvents
  })

const all = (x: number): Array<number> => Array(10).fill(x)

describe("Analysis extraction", () => {
  it.effect(
    "puts each visit in its time point's slot, scores ODI over the answered sections, flags analgesics",
    () =>
      Effect.gen(function* () {
        const records = [
          record("A", "female", 1970, 3, [
            // listed out of order: the slot follows the time point
            visit("A", "month6", 2, 20, all(1), { drugs: [] }),
            visit("A", "baseline", 8, 80, [3, 2, 3, 2, 3, 2, 2, null, 2, 2], {
              drugs: ["ibuprofen", "tramadol/paracetamol"]
            }),
            visit("A", "month3", 4, 41, all(2), { drugs: [], nsaids: true })
          ]),
          record(
            "B",
            "male",
            1980,
            5,
            [
              visit("B", "baseline", 6, 55, all(5), { drugs: ["ibuprofen", "tramadol/paracetamol"] }),
              visit("B", "month3", 6, 60, all(0), { drugs: ["ibuprofen"] })
            ],
            [
              event("B", 1, "local hematoma"),
              event("B", 2, "local hematoma"),
              event("B", 3, "procedural pain")
            ]
          )
        ]
        const c = yield* extract(records, Protocol.study)
        assert.strictEqual(c.n, 2)
        assert.deepStrictEqual(Array.from(c.female), [1, 0])
        assert.deepStrictEqual([...c.right, ...c.left], [1, 0, 0, 1])
        // block relief (8 − 3) / 8 = 62.5 % is positive, (8 − 5) / 8 = 37.5 % is not
        assert.deepStrictEqual(Array.from(c.positiveBlock), [1, 0])
        // no procedure: age at the screening date, 2024-03-01
        assert.deepStrictEqual(Array.from(c.age), [54, 44])
        assert.deepStrictEqual(Array.from(c.nrs), [8, 4, 2, 6, 6, Number.NaN])
        assert.deepStrictEqual(Array.from(c.vas), [80, 41, 20, 55, 60, Number.NaN])
        // 21 points of 45 answered = 46.67 %; all 2s = 40 %; all 1s = 20 %; all 5s = 100 %; all 0s = 0 %
        assert.deepStrictEqual(Array.from(c.odi), [(100 * 21) / 45, 40, 20, 100, 0, Number.NaN])
        assert.deepStrictEqual(Array.from(c.nsaids), [1, 1, 0, 1, 1, 0])
        assert.deepStrictEqual(Array.from(c.opioids), [1, 0, 0, 1, 0, 0])
        assert.deepStrictEqual(Array.from(c.treated), [0, 0])
        // two hematomas of one patient count once
        assert.deepStrictEqual(
          [...c.adverseEvents],
          [
            ["local hematoma", 1],
            ["procedural pain", 1]
          ]
        )
      })
  )

  it.effect("fails on the first drug list it cannot classify, in record order, naming the drug", () =>
    Effect.gen(function* () {
      const records = [
        record("A", "female", 1970, 3, [visit("A", "baseline", 8, 80, all(1), { drugs: ["ibuprofen"] })]),
        record("B", "male", 1980, 3, [
          visit("B", "baseline", 8, 80, all(1), { drugs: ["ibuprofen", "snake oil"] })
        ]),
        record("C", "male", 1980, 3, [visit("C", "baseline", 8, 80, all(1), { drugs: ["moonbeam"] })])
      ]
      const r = yield* Effect.either(extract(records, Protocol.study))
      assert.strictEqual(r._tag, "Left")
      if (r._tag === "Left") {
        assert.strictEqual(r.left._tag, "UnclassifiedAnalgesic")
        assert.deepStrictEqual(r.left.drugs, ["snake oil"])
      }
    })
  )
})
