import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Effect, Either, FastCheck as fc, Schema } from "effect"
import { FreezeProtocol, Protocol } from "../../src/index.js"
import { plausibleEvents } from "./arbitraries.js"

type Event = FreezeProtocol.Event
type State = FreezeProtocol.State
const study = Protocol.study
const strict = Protocol.Protocol.make({
  ...study,
  cryo: {
    ...study.cryo,
    stimulation: { frequencyHz: 5, maxVoltage: 3 },
    freezeCyclesPerLesion: { min: 1, max: 2 },
    levels: ["S1", "S2", "S3"]
  }
})

/** The rule as the study states it, written out independently of the code under test. */
const negativeTest = (e: Extract<Event, { _tag: "StimulationTested" }>, p: Protocol.Protocol): boolean => {
  const { frequencyHz, maxVoltage } = p.cryo.stimulation
  const reachedMax = e.voltagesTried.filter((v) => v >= maxVoltage).length > 0
  const responded = e.motorResponseAtVoltage !== null && e.motorResponseAtVoltage <= maxVoltage
  return e.frequencyHz === frequencyHz && reachedMax && !responded
}

const samplesOf = (s: State) => [
  ...s.lesions.flatMap((l) => l.freezeCycles.flatMap((c) => c.samples)),
  ...("current" in s ? s.current.freezeCycles.flatMap((c) => c.samples) : []),
  ...("samples" in s ? s.samples : [])
]

const stats = { runs: 0, froze: 0, closedLesion: 0, refused: 0 }

/** Applies events one by one until the first refusal, checking the invariants in every state reached. */
const check = (events: ReadonlyArray<Event>, p: Protocol.Protocol): void => {
  stats.runs++
  let state = FreezeProtocol.initial(p)
  const accepted: Array<Event> = []
  const acceptedSeqs: Array<number> = []
  let froze = false
  for (const event of events) {
    const next = Effect.runSync(Effect.either(FreezeProtocol.apply(state, event, p)))
    if (Either.isLeft(next)) {
      stats.refused++
      break
    }
    state = next.right
    accepted.push(event)
    if (event._tag === "Telemetry") acceptedSeqs.push(event.sample.seq)
    if (state._tag === "Freezing") {
      froze = true
      const lastPlaced = accepted.findLastIndex((e) => e._tag === "ProbePositioned")
      const test = accepted.slice(lastPlaced + 1).findLast((e) => e._tag === "StimulationTested")
      assert.isTrue(
        lastPlaced >= 0 && test !== undefined && negativeTest(test, p),
        "froze without a negative test"
      )
    }
    for (let i = 1; i < acceptedSeqs.length; i++) assert.isAbove(acceptedSeqs[i]!, acceptedSeqs[i - 1]!)
    const kept = samplesOf(state)
    for (let i = 1; i < kept.length; i++) {
      assert.isAbove(kept[i]!.seq, kept[i - 1]!.seq)
      assert.isAbove(kept[i]!.t, kept[i - 1]!.t)
    }
    const lesions = [...state.lesions, ...("current" in state ? [state.current] : [])]
    for (const l of lesions) assert.isAtMost(l.freezeCycles.length, p.cryo.freezeCyclesPerLesion.max)
    for (const l of state.lesions) {
      assert.isAtLeast(l.freezeCycles.length, 1)
      assert.include(p.cryo.levels, l.level)
    }
  }
  if (froze) stats.froze++
  if (state.lesions.length > 0) stats.closedLesion++
  // applyAll stops at the same place with the same outcome.
  const all = Effect.runSync(Effect.either(FreezeProtocol.applyAll(events, p)))
  if (accepted.length === events.length) assert.deepStrictEqual(Either.getOrThrow(all), state)
  else assert.isTrue(Either.isLeft(all))
}

describe("FreezeProtocol properties, whatever the event sequence", () => {
  it("plausible sequences never freeze without a negative test, keep telemetry in order and cycles within limits", () => {
    Object.assign(stats, { runs: 0, froze: 0, closedLesion: 0, refused: 0 })
    fc.assert(
      fc.property(
        fc.constantFrom(study, strict).chain((p) => plausibleEvents(p).map((events) => [events, p] as const)),
        ([events, p]) => check(events, p)
      ),
      { numRuns: 600 }
    )
    // The property must not hold vacuously: many runs reach a freeze, close lesions, and are refused.
    assert.isAbove(stats.froze, stats.runs / 4)
    assert.isAbove(stats.closedLesion, stats.runs / 10)
    assert.isAbove(stats.refused, stats.runs / 4)
  })

  it("arbitrary events from the Schema (any values, any order) keep the same invariants", () => {
    const anyEvents = fc.array(Arbitrary.make(FreezeProtocol.Event), { maxLength: 30 })
    fc.assert(
      fc.property(anyEvents, fc.constantFrom(study, strict), (events, p) => check(events, p)),
      { numRuns: 300 }
    )
  })

  it("events survive the wire: encode then decode gives the same event", () => {
    const codec = Schema.Struct({ events: Schema.Array(FreezeProtocol.Event) })
    fc.assert(
      fc.property(plausibleEvents(study), (events) => {
        const wire = JSON.parse(JSON.stringify(Schema.encodeSync(codec)({ events })))
        assert.deepStrictEqual(Schema.decodeUnknownSync(codec)(wire).events, events)
      }),
      { numRuns: 100 }
    )
  })
})
