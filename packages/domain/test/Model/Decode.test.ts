import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Effect, FastCheck as fc, ParseResult, Schema } from "effect"
import { Model } from "../../src/index.js"

const issues = (schema: Schema.Schema.AnyNoContext, input: unknown) =>
  Schema.decodeUnknown(schema, { errors: "all" })(input).pipe(
    Effect.flip,
    Effect.flatMap(ParseResult.ArrayFormatter.formatError)
  )

const visit = {
  id: "v-1",
  patientId: "WAW-0001",
  timepoint: "month3",
  daysAfterProcedure: 91,
  nrs: 3,
  vasMm: 31,
  odiAnswers: [1, 1, 2, 1, 1, 1, 1, null, 1, 1],
  analgesics: { drugs: ["ibuprofen"] }
}

describe("Model decoding of untrusted input", () => {
  it.effect("accepts a valid follow-up visit", () =>
    Effect.gen(function* () {
      const v = yield* Schema.decodeUnknown(Model.FollowUpVisit)(visit)
      assert.strictEqual(v.nrs, 3)
      assert.instanceOf(v, Model.FollowUpVisit)
    })
  )

  it.effect("names the field and what is allowed for NRS, VAS, ODI and the date", () =>
    Effect.gen(function* () {
      const found = yield* issues(Model.FollowUpVisit, {
        ...visit,
        nrs: 7.5,
        vasMm: 101,
        odiAnswers: [1, 2, 3],
        date: "2026-02-30"
      })
      const byPath = new Map(found.map((i) => [i.path.join("."), i.message]))
      assert.strictEqual(byPath.get("nrs"), "NRS is an integer from 0 to 10; got 7.5")
      assert.strictEqual(byPath.get("vasMm"), "VAS is measured in mm from 0 to 100; got 101")
      assert.strictEqual(byPath.get("odiAnswers"), "ODI v2.1a has exactly ten section answers; got [1,2,3]")
      assert.isTrue(
        found.some((i) => i.path.join(".") === "date" && i.message.includes('a date is written "YYYY-MM-DD"'))
      )
    })
  )

  it.effect("points into nested arrays: an ODI section answer of 6", () =>
    Effect.gen(function* () {
      const found = yield* issues(Model.FollowUpVisit, {
        ...visit,
        odiAnswers: [1, 1, 6, 1, 1, 1, 1, 1, 1, 1]
      })
      const odi = found.filter((i) => i.path[0] === "odiAnswers" && i.path[1] === 2)
      assert.isTrue(odi.some((i) => i.message.startsWith("an ODI section answer is an integer from 0 to 5")))
    })
  )

  it.effect("refuses an impossible date, an unknown exclusion answer and a bad patient id", () =>
    Effect.gen(function* () {
      const found = yield* issues(Model.Screening, {
        id: "s-1",
        patientId: "WAW 0001",
        date: "2024-02-30",
        painDurationMonths: 12,
        baselineNrs: 7,
        conservativeCareFailedMonths: 4,
        imagingDone: true,
        exclusions: {
          acuteOrProgressiveRadiculopathy: "maybe",
          nerveRootCompressionRequiringSurgery: "no",
          inflammatorySacroiliitis: "no",
          priorSijFusion: "no",
          coagulationDisorder: "no",
          activeInfection: "no",
          pregnancy: "no",
          severeSystemicDisease: "no"
        }
      })
      const paths = found.map((i) => i.path.join("."))
      assert.include(paths, "patientId")
      assert.include(paths, "date")
      assert.include(paths, "exclusions.acuteOrProgressiveRadiculopathy")
      const date = found.find((i) => i.path.join(".") === "date")
      assert.include(date?.message, '"YYYY-MM-DD"')
      assert.include(date?.message, '"2024-02-30"')
    })
  )

  it.effect('requires a description for an adverse event of type "other"', () =>
    Effect.gen(function* () {
      const found = yield* issues(Model.AdverseEvent, {
        id: "ae-1",
        patientId: "WAW-0001",
        type: "other",
        severity: "mild",
        serious: false,
        onsetDays: 1,
        resolutionDays: 2,
        relatedToProcedure: true
      })
      assert.deepStrictEqual(found[0]?.path, ["description"])
      assert.strictEqual(found[0]?.message, 'an adverse event of type "other" needs a description')
    })
  )

  it("round-trips any PatientRecord through its JSON encoding", () => {
    const encode = Schema.encodeSync(Model.PatientRecord)
    const decode = Schema.decodeUnknownSync(Model.PatientRecord)
    fc.assert(
      // Without the procedure: Procedure.durationMinutes (Schema.Positive) admits Infinity, which JSON cannot carry.
      fc.property(Arbitrary.make(Model.PatientRecord), (generated) => {
        const record = new Model.PatientRecord({ ...generated, procedure: null })
        const json = JSON.stringify(encode(record))
        assert.strictEqual(JSON.stringify(encode(decode(JSON.parse(json)))), json)
      }),
      { numRuns: 50 }
    )
  })
})
