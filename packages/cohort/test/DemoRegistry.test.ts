import {
  Analgesics,
  Analysis,
  Eligibility,
  Laterality,
  Model,
  Protocol,
  StudyCalendar
} from "@cryoreg/domain"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import * as fc from "fast-check"
import { generateDemoRegistry, generateStudyCohort } from "../src/index.js"

const encode = Schema.encodeSync(Schema.Array(Model.PatientRecord))
const decode = Schema.decodeUnknownSync(Schema.Array(Model.PatientRecord))
const registry = generateDemoRegistry({ seed: 1 })
const study = generateStudyCohort({ seed: 1 })

const assess = (r: Model.PatientRecord) =>
  Effect.runSync(Eligibility.assess(r.screening, r.blocks[0] ?? null, Protocol.study))
const failedIds = (r: Model.PatientRecord) =>
  assess(r)
    .criteria.filter((c) => c.met === false)
    .map((c) => c.id)
const relief = (b: Model.DiagnosticBlock) => (100 * (b.nrsBefore - b.nrsAfter)) / b.nrsBefore

describe("generateDemoRegistry, seed 1: the treated patients", () => {
  it("are the study cohort's 107 records, renamed WAW-0001… and PILA-0001… per center", () => {
    assert.strictEqual(registry.treated.length, 107)
    const renamed = JSON.stringify(encode(registry.treated)).replace(/"(WAW|PILA)-\d{4}"/g, (id) => {
      const i = registry.treated.findIndex((r) => r.patient.id === JSON.parse(id))
      return `"SIM-${String(i + 1).padStart(4, "0")}"`
    })
    assert.strictEqual(renamed, JSON.stringify(encode(study.records)))
    for (const center of ["waw", "pila"]) {
      const ids = registry.treated.filter((r) => r.patient.centerId === center).map((r) => r.patient.id)
      const expected = ids.map((_, k) => `${center.toUpperCase()}-${String(k + 1).padStart(4, "0")}`)
      assert.deepStrictEqual(ids, expected)
    }
  })

  it("give back the study cohort's Tables 1–10, every count cell as published", () => {
    const report = Effect.runSync(
      Analysis.studyReport(registry.treated, Protocol.study).pipe(Effect.flatMap(Analysis.completeReport))
    )
    const before = Effect.runSync(
      Analysis.studyReport(study.records, Protocol.study).pipe(Effect.flatMap(Analysis.completeReport))
    )
    assert.deepStrictEqual(report, before)
    const counts = Analysis.compareWithPublished(report, Analysis.study).filter((c) => /\.n$/.test(c.path))
    assert.isAbove(counts.length, 5)
    for (const c of counts) assert.strictEqual(c.reproduced, c.published, c.path)
  })

  it("are exactly the records with a procedure", () => {
    assert.deepStrictEqual(
      registry.records.filter((r) => r.procedure !== null),
      [...registry.treated]
    )
  })
})

describe("generateDemoRegistry, seed 1: the untreated candidates", () => {
  it("are ineligible for the stated criterion and no other", () => {
    assert.isAtLeast(registry.ineligible.length, 8)
    for (const { record, failedCriterion } of registry.ineligible) {
      assert.strictEqual(assess(record).verdict, "ineligible", record.patient.id)
      assert.deepStrictEqual(failedIds(record), [failedCriterion], record.patient.id)
      assert.isNull(record.procedure)
      assert.deepStrictEqual([record.visits.length, record.adverseEvents.length], [0, 0])
    }
  })

  it("fail on the values the protocol names: NRS < 5, pain < 6 months, block < 50 %, an exclusion", () => {
    const by = (id: string) =>
      registry.ineligible.filter((c) => c.failedCriterion === id).map((c) => c.record)
    for (const r of by("baselineNrs")) assert.isBelow(r.screening.baselineNrs, 5)
    for (const r of by("painDuration")) assert.isBelow(r.screening.painDurationMonths, 6)
    for (const r of by("positiveDiagnosticBlock")) assert.isBelow(relief(r.blocks[0]!), 50)
    for (const r of by("inflammatorySacroiliitis"))
      assert.strictEqual(r.screening.exclusions.inflammatorySacroiliitis, "yes")
    for (const r of by("pregnancy")) assert.strictEqual(r.patient.sex, "female")
    for (const id of ["baselineNrs", "painDuration", "positiveDiagnosticBlock", "inflammatorySacroiliitis"])
      assert.isNotEmpty(by(id), id)
  })

  it("awaiting the procedure are eligible after a positive block, in both centers", () => {
    assert.isAtLeast(registry.awaitingProcedure.length, 3)
    for (const r of registry.awaitingProcedure) {
      assert.strictEqual(assess(r).verdict, "eligible", r.patient.id)
      assert.strictEqual(r.blocks.length, 1)
      assert.isAtLeast(relief(r.blocks[0]!), 50)
      assert.isNull(r.procedure)
      assert.deepStrictEqual([r.visits.length, r.adverseEvents.length], [0, 0])
    }
    const centers = new Set(registry.awaitingProcedure.map((r) => r.patient.centerId))
    assert.deepStrictEqual([...centers].sort(), ["pila", "waw"])
  })
})

describe("generateDemoRegistry: the whole registry", () => {
  it("decodes every record under Model.PatientRecord, and the two centers under Model.Center", () => {
    const all = registry.records
    assert.strictEqual(all.length, 107 + registry.ineligible.length + registry.awaitingProcedure.length)
    assert.strictEqual(decode(encode(all)).length, all.length)
    const centers = Schema.decodeUnknownSync(Schema.Array(Model.Center))(
      Schema.encodeSync(Schema.Array(Model.Center))(registry.centers)
    )
    assert.deepStrictEqual(
      centers.map((c) => [c.id, c.city]),
      [
        ["waw", "Warszawa"],
        ["pila", "Piła"]
      ]
    )
  })

  it("gives every patient, screening and block its own id, prefixed by the patient's center", () => {
    const unique = (ids: ReadonlyArray<string>) => assert.strictEqual(new Set(ids).size, ids.length)
    unique(registry.records.map((r) => r.patient.id))
    unique(registry.records.map((r) => r.screening.id))
    unique(registry.records.flatMap((r) => r.blocks.map((b) => b.id)))
    for (const r of registry.records) {
      assert.match(r.patient.id, r.patient.centerId === "waw" ? /^WAW-\d{4}$/ : /^PILA-\d{4}$/)
      assert.strictEqual(r.screening.patientId, r.patient.id)
    }
  })

  it("is deterministic for a seed and differs between seeds", () => {
    assert.deepStrictEqual(encode(generateDemoRegistry({ seed: 1 }).records), encode(registry.records))
    assert.notDeepEqual(encode(generateDemoRegistry({ seed: 2 }).records), encode(registry.records))
  })

  it("keeps every candidate's stated verdict for any seed", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const r = generateDemoRegistry({ seed })
        for (const c of r.ineligible) assert.deepStrictEqual(failedIds(c.record), [c.failedCriterion])
        for (const p of r.awaitingProcedure) assert.strictEqual(assess(p).verdict, "eligible")
      }),
      { numRuns: 3 }
    )
  })
})

describe("generateDemoRegistry, seed 1: analgesics", () => {
  it("names drugs whose boxes never contradict them, so the registry stores every visit as generated", () => {
    const visits = registry.records.flatMap((r) => r.visits)
    assert.isAbove(visits.length, 300)
    for (const v of visits) {
      const checked = Effect.runSync(Effect.either(Analgesics.check(v.analgesics)))
      assert.strictEqual(checked._tag, "Right", JSON.stringify(v.analgesics))
    }
  })
})

describe("generateDemoRegistry: the study's calendar", () => {
  // The demo loads through the API's write rules on any day from now on: every date well in the past.
  const latest = "2026-06-30"

  it.effect(
    "keeps every record in the calendar's order, sides and ages, each date on or before 2026-06-30",
    () =>
      Effect.gen(function* () {
        for (const r of registry.records) {
          const course = {
            screening: r.screening,
            blocks: r.blocks,
            procedure: r.procedure,
            visits: r.visits,
            adverseEvents: r.adverseEvents
          }
          const subjects: Array<StudyCalendar.Subject> = [
            { kind: "screening", id: r.screening.id },
            ...r.blocks.map((b) => ({ kind: "block" as const, id: b.id })),
            ...(r.procedure === null ? [] : [{ kind: "procedure" as const, id: r.procedure.id }]),
            ...r.visits.map((v) => ({ kind: "visit" as const, id: v.id })),
            ...r.adverseEvents.map((e) => ({ kind: "adverseEvent" as const, id: e.id }))
          ]
          for (const subject of subjects) yield* StudyCalendar.check(course, subject, latest)
          yield* StudyCalendar.checkBirthYear(r.patient.birthYear, r.screening.date, latest)
          if (r.procedure !== null) yield* Laterality.check(r.patient.treatedSide, r.procedure)
          for (const v of r.visits) {
            assert.isDefined(v.date, `${v.id} has its date`)
            assert.isUndefined(v.daysAfterProcedure, `${v.id}: the days are computed, not typed`)
          }
        }
      })
  )
})
