// The README's walkthrough, kept here so that it cannot rot: one patient from screening to 6 months.
import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import {
  AdverseEvents,
  Analgesics,
  DiagnosticBlock,
  Eligibility,
  Model,
  Odi,
  Outcomes,
  Protocol,
  StudyCalendar
} from "../src/index.js"

describe("README walkthrough", () => {
  it.effect("takes one patient from screening to the 6-month visit", () =>
    Effect.gen(function* () {
      const protocol = Protocol.study
      const patientId = Model.PatientId.make("WAW-0042")

      // 1. The screening form arrives as untrusted JSON and is decoded (errors name the field and what is allowed).
      const screening = yield* Schema.decodeUnknown(Model.Screening)({
        id: "WAW-0042-s1",
        patientId: "WAW-0042",
        date: "2024-03-01",
        painDurationMonths: 14,
        baselineNrs: 7,
        conservativeCareFailedMonths: 5,
        imagingDone: true,
        exclusions: {
          acuteOrProgressiveRadiculopathy: "no",
          nerveRootCompressionRequiringSurgery: "no",
          inflammatorySacroiliitis: "no",
          priorSijFusion: "no",
          coagulationDisorder: "no",
          activeInfection: "no",
          pregnancy: "no",
          severeSystemicDisease: "no"
        }
      })

      // 2. The diagnostic SIJ block: lidocaine 2 %, 2 ml, contrast-confirmed, NRS 8 → 3 after 45 minutes.
      const block = new Model.DiagnosticBlock({
        id: Model.DiagnosticBlockId.make("WAW-0042-b1"),
        patientId,
        date: "2024-03-08",
        agent: "lidocaine",
        concentrationPercent: 2,
        volumeMl: 2,
        contrastConfirmed: true,
        nrsBefore: 8,
        nrsAfter: 3,
        minutesAfter: 45
      })
      const reading = yield* DiagnosticBlock.evaluate(block, protocol)
      assert.strictEqual(reading.reliefPercent, 62.5) // (8 − 3) / 8 × 100
      assert.isTrue(reading.positive) // ≥ 50 %

      // 3. Eligibility: every criterion with a sentence for the screening form.
      const assessment = yield* Eligibility.assess(screening, block, protocol)
      assert.strictEqual(assessment.verdict, "eligible")
      assert.strictEqual(assessment.criteria.length, 13) // 5 inclusion + 8 exclusion criteria

      // 4. The procedure, as the device and the operator record it (one lesion shown).
      const procedure = yield* Schema.decodeUnknown(Model.Procedure)({
        id: "WAW-0042-p1",
        patientId: "WAW-0042",
        date: "2024-03-20",
        operator: "Dr A.",
        centerId: "waw",
        side: "right",
        deviceSerial: "A13-0007",
        durationMinutes: 31,
        lesions: [
          {
            side: "right",
            level: "S1",
            stimulation: { frequencyHz: 2, voltagesTried: [0.5, 1, 1.5, 2], motorResponseAtVoltage: null },
            freezeCycles: [
              {
                startedAt: 300,
                endedAt: 420,
                thawCompletedAt: 455,
                targetTemperatureC: -78,
                reachedTemperatureC: -77
              }
            ]
          }
        ]
      })

      // 5. Baseline and 6-month visits: NRS, VAS, ODI answers and the analgesics taken.
      const visit = (
        timepoint: Model.Timepoint,
        days: number,
        nrs: number,
        vasMm: number,
        odi: Odi.Answers,
        drugs: Array<string>
      ) =>
        new Model.FollowUpVisit({
          id: Model.VisitId.make(`WAW-0042-${timepoint}`),
          patientId,
          timepoint,
          date: StudyCalendar.addDays("2024-03-20", days),
          nrs,
          vasMm,
          odiAnswers: odi,
          analgesics: { drugs }
        })
      const baseline = visit(
        "baseline",
        -12,
        7,
        72,
        [3, 2, 3, 2, 3, 2, 2, null, 2, 2],
        ["ibuprofen 400 mg", "tramadol/paracetamol"]
      )
      const month6 = visit("month6", 181, 3, 30, [1, 1, 2, 1, 1, 1, 1, null, 1, 1], ["ibuprofen"])
      const month6Days = StudyCalendar.daysAfterProcedure(month6, "2024-03-20")
      assert.strictEqual(month6Days, 181) // computed from the two dates, never typed
      assert.strictEqual(
        yield* Outcomes.checkVisitWindow({ timepoint: "month6", daysAfterProcedure: month6Days! }, protocol),
        "month6"
      ) // 165–210 days
      assert.isTrue(StudyCalendar.inVisitWindow(month6, "2024-03-20", protocol))

      const odiBefore = yield* Odi.score(baseline.odiAnswers) // 21 / 45 = 46.7 %, "severe"
      const odiAfter = yield* Odi.score(month6.odiAnswers) // 10 / 45 = 22.2 %, "moderate"
      assert.strictEqual(odiBefore.band, "severe")
      assert.strictEqual(odiAfter.band, "moderate")

      const response = yield* Outcomes.responder(baseline.nrs, month6.nrs, protocol, {
        baselinePercent: odiBefore.percent,
        followUpPercent: odiAfter.percent
      })
      assert.closeTo(response.nrsReductionPercent, 57.14, 0.01) // (7 − 3) / 7
      assert.deepStrictEqual(
        response.nrsReduction.map((r) => r.met),
        [true, true]
      ) // ≥ 50 % and ≥ 30 %
      assert.isFalse(response.nrsAtMost.met) // NRS 3 > 2
      assert.isTrue(response.odiMcid?.met) // 24.4 points ≥ 10

      // 6. Analgesics by category: the tramadol/paracetamol combination counts as opioid-containing.
      const before = yield* Analgesics.categoriesOf(baseline.analgesics)
      const after = yield* Analgesics.categoriesOf(month6.analgesics)
      assert.deepStrictEqual(before, { nsaids: true, combinationAnalgesics: false, opioidContaining: true })
      assert.deepStrictEqual(after, { nsaids: true, combinationAnalgesics: false, opioidContaining: false })

      // 7. A transient paresthesia from day 2 to day 9, and the whole record for the analysis.
      const paresthesia = new Model.AdverseEvent({
        id: Model.AdverseEventId.make("WAW-0042-ae1"),
        patientId,
        type: "transient paresthesia",
        severity: "mild",
        serious: false,
        onsetDays: 2,
        resolutionDays: 9,
        relatedToProcedure: true
      })
      assert.strictEqual(AdverseEvents.classify(paresthesia).group, "sensory disturbance")

      const record = new Model.PatientRecord({
        patient: new Model.Patient({
          id: patientId,
          sex: "female",
          birthYear: 1971,
          centerId: Model.CenterId.make("waw"),
          treatedSide: "right"
        }),
        screening,
        blocks: [block],
        procedure,
        visits: [baseline, month6],
        adverseEvents: [paresthesia]
      })
      const json = Schema.encodeSync(Model.PatientRecord)(record) // what the API stores and sends
      assert.deepStrictEqual(Schema.decodeUnknownSync(Model.PatientRecord)(json), record)
    })
  )
})
