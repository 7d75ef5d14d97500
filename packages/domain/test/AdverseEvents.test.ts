import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Effect, FastCheck as fc } from "effect"
import { AdverseEvents, Model } from "../src/index.js"

let next = 0
const event = (patient: number, type: Model.AdverseEventType, more: Partial<Model.AdverseEvent> = {}) =>
  new Model.AdverseEvent({
    id: Model.AdverseEventId.make(`ae-${next++}`),
    patientId: Model.PatientId.make(`P-${patient}`),
    type,
    severity: "mild",
    serious: false,
    onsetDays: 0,
    resolutionDays: 2,
    relatedToProcedure: true,
    ...more
  })

// Table 7: hematoma 3, paresthesia 7, procedural pain 12, motor weakness 2 of 107 patients.
const study = [
  ...[1, 2, 3].map((p) => event(p, "local hematoma")),
  ...[4, 5, 6, 7, 8, 9, 10].map((p) => event(p, "transient paresthesia")),
  ...[1, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map((p) =>
    event(p, "procedural pain", { resolutionDays: 0 })
  ),
  ...[22, 23].map((p) => event(p, "temporary motor weakness", { onsetDays: 0, resolutionDays: 0.25 })),
  event(4, "transient paresthesia", { onsetDays: 3, resolutionDays: 10 })
]

describe("AdverseEvents.table", () => {
  it.effect("reproduces Table 7 from event lists, each patient once per type", () =>
    Effect.gen(function* () {
      const t = yield* AdverseEvents.table(study, 107)
      const printed = t.rows.map((r) => [r.type, r.n, Math.round(r.percent * 10) / 10])
      assert.deepStrictEqual(printed, [
        ["local hematoma", 3, 2.8],
        ["transient paresthesia", 7, 6.5],
        ["procedural pain", 12, 11.2],
        ["temporary motor weakness", 2, 1.9],
        ["infection", 0, 0],
        ["permanent neurological deficit", 0, 0]
      ])
      assert.strictEqual(t.serious.n, 0)
      assert.strictEqual(t.any.n, 23)
      assert.isTrue(t.rows.every((r) => r.resolved === r.n))
    })
  )

  it.effect("adds bleeding and other rows only when they occurred, and counts unresolved patients", () =>
    Effect.gen(function* () {
      const t = yield* AdverseEvents.table(
        [
          event(1, "bleeding", { resolutionDays: null }),
          event(2, "other", { description: "vasovagal syncope" })
        ],
        10
      )
      assert.deepStrictEqual(
        t.rows.slice(6).map((r) => [r.type, r.n, r.resolved]),
        [
          ["bleeding", 1, 0],
          ["other", 1, 1]
        ]
      )
    })
  )

  it.effect("refuses an empty cohort and more patients with events than the cohort holds", () =>
    Effect.gen(function* () {
      assert.strictEqual((yield* Effect.flip(AdverseEvents.table([], 0)))._tag, "EmptyCohort")
      const e = yield* Effect.flip(AdverseEvents.table(study, 20))
      assert.strictEqual(e._tag, "EventsOutsideCohort")
    })
  )

  it("never counts a patient twice: each row's n ≤ patients with any event ≤ cohort", () => {
    fc.assert(
      fc.property(fc.array(Arbitrary.make(Model.AdverseEvent), { maxLength: 30 }), (events) => {
        const size = 40
        const t = Effect.runSync(AdverseEvents.table(events, size))
        const distinct = new Set(events.map((e) => e.patientId)).size
        assert.strictEqual(t.any.n, distinct)
        for (const r of t.rows) {
          assert.isAtMost(r.n, distinct)
          assert.strictEqual(
            r.n,
            new Set(events.filter((e) => e.type === r.type).map((e) => e.patientId)).size
          )
          assert.closeTo(r.percent, (r.n / size) * 100, 1e-9)
        }
      })
    )
  })
})

describe("AdverseEvents.classify", () => {
  it("groups events as the study's safety assessment does and measures their duration", () => {
    const c = AdverseEvents.classify(event(1, "transient paresthesia", { onsetDays: 3, resolutionDays: 10 }))
    assert.strictEqual(c.group, "sensory disturbance")
    assert.strictEqual(c.durationDays, 7)
    assert.strictEqual(c.outcome, "resolved")
    const h = AdverseEvents.classify(event(2, "local hematoma", { resolutionDays: null }))
    assert.deepStrictEqual([h.group, h.outcome, h.durationDays], ["bleeding", "ongoing", null])
  })
})
