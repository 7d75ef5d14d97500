import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import type { Event } from "../../src/FreezeProtocol.js"
import { FreezeProtocol, Protocol } from "../../src/index.js"

const study = Protocol.study
const ready: ReadonlyArray<Event> = [
  { _tag: "ProbePositioned", side: "right", level: "S2" },
  { _tag: "StimulationTested", frequencyHz: 2, voltagesTried: [1, 2], motorResponseAtVoltage: null }
]
const sample = (seq: number, t: number, tipTemperatureC = -78): Event => ({
  _tag: "Telemetry",
  sample: { t, tipTemperatureC, pressureBar: 55, seq }
})
const oneCycle = (start: number): ReadonlyArray<Event> => [
  { _tag: "FreezeStarted", t: start },
  { _tag: "FreezeEnded", t: start + 120 },
  { _tag: "ThawCompleted", t: start + 150 }
]
const tagOf = (events: ReadonlyArray<Event>, protocol = study) =>
  Effect.map(Effect.flip(FreezeProtocol.applyAll(events, protocol)), (e) => e._tag)

describe("FreezeProtocol.apply: illegal steps", () => {
  it.effect("re-freezing before the thaw completed fails with FreezeBeforeThaw", () =>
    Effect.gen(function* () {
      const events: Array<Event> = [
        ...ready,
        { _tag: "FreezeStarted", t: 0 },
        { _tag: "FreezeEnded", t: 120 }
      ]
      const e = yield* Effect.flip(
        FreezeProtocol.applyAll([...events, { _tag: "FreezeStarted", t: 130 }], study)
      )
      assert.strictEqual(e._tag, "FreezeBeforeThaw")
      if (e._tag === "FreezeBeforeThaw") assert.strictEqual(e.phase, "thawing")
      assert.strictEqual(
        yield* tagOf([...ready, { _tag: "FreezeStarted", t: 0 }, { _tag: "FreezeStarted", t: 5 }]),
        "FreezeBeforeThaw"
      )
    })
  )

  it.effect("a second cycle after the thaw is allowed; a fourth is TooManyFreezeCycles", () =>
    Effect.gen(function* () {
      const two = yield* FreezeProtocol.applyAll([...ready, ...oneCycle(0), ...oneCycle(200)], study)
      assert.strictEqual(two._tag, "Thawed")
      if (two._tag === "Thawed") assert.strictEqual(two.current.freezeCycles.length, 2)
      const e = yield* Effect.flip(
        FreezeProtocol.applyAll(
          [...ready, ...oneCycle(0), ...oneCycle(200), ...oneCycle(400), ...oneCycle(600)],
          study
        )
      )
      assert.strictEqual(e._tag, "TooManyFreezeCycles")
      if (e._tag === "TooManyFreezeCycles") assert.deepStrictEqual([e.cyclesDone, e.maxCycles], [3, 3])
    })
  )

  it.effect("moving the probe while freezing or thawing fails with RepositionBeforeThaw", () =>
    Effect.gen(function* () {
      const move: Event = { _tag: "ProbePositioned", side: "right", level: "S3" }
      const e = yield* Effect.flip(
        FreezeProtocol.applyAll([...ready, { _tag: "FreezeStarted", t: 0 }, move], study)
      )
      assert.strictEqual(e._tag, "RepositionBeforeThaw")
      if (e._tag === "RepositionBeforeThaw")
        assert.deepStrictEqual([e.from.level, e.to.level, e.phase], ["S2", "S3", "freezing"])
      const thawing: Array<Event> = [
        ...ready,
        { _tag: "FreezeStarted", t: 0 },
        { _tag: "FreezeEnded", t: 120 },
        move
      ]
      assert.strictEqual(yield* tagOf(thawing), "RepositionBeforeThaw")
    })
  )

  it.effect("telemetry must increase in sequence number and in time", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(FreezeProtocol.applyAll([sample(5, 10), sample(5, 11)], study))
      assert.strictEqual(e._tag, "TelemetryOutOfOrder")
      if (e._tag === "TelemetryOutOfOrder") assert.deepStrictEqual([e.previousSeq, e.seq], [5, 5])
      assert.strictEqual(yield* tagOf([sample(5, 10), sample(6, 10)]), "TelemetryOutOfOrder")
      assert.strictEqual(
        yield* tagOf([...ready, { _tag: "FreezeStarted", t: 50 }, sample(1, 49)]),
        "TelemetryOutOfOrder"
      )
    })
  )

  it.effect("a level outside the protocol is refused; a stricter protocol can drop L5", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(
        FreezeProtocol.applyAll([{ _tag: "ProbePositioned", side: "left", level: "L4" }], study)
      )
      assert.strictEqual(e._tag, "LevelNotInProtocol")
      assert.include(e.message, "L5, S1, S2, S3")
      const sacral = Protocol.Protocol.make({ ...study, cryo: { ...study.cryo, levels: ["S1", "S2", "S3"] } })
      assert.strictEqual(
        yield* tagOf([{ _tag: "ProbePositioned", side: "left", level: "L5" }], sacral),
        "LevelNotInProtocol"
      )
    })
  )

  it.effect("closing a lesion without a cycle, or the procedure mid cycle, is refused", () =>
    Effect.gen(function* () {
      assert.strictEqual(yield* tagOf([...ready, { _tag: "LesionCompleted" }]), "LesionWithoutFreeze")
      assert.strictEqual(yield* tagOf([{ _tag: "LesionCompleted" }]), "LesionWithoutFreeze")
      assert.strictEqual(
        yield* tagOf([...ready, { _tag: "FreezeStarted", t: 0 }, { _tag: "ProcedureCompleted" }]),
        "ProcedureCompletedMidCycle"
      )
      assert.strictEqual(
        yield* tagOf([...ready, ...oneCycle(0), { _tag: "ProcedureCompleted" }]),
        "ProcedureCompletedMidCycle"
      )
    })
  )

  it.effect("events out of place are UnexpectedEvent, with the state named", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(FreezeProtocol.applyAll([...ready, { _tag: "FreezeEnded", t: 1 }], study))
      assert.strictEqual(e._tag, "UnexpectedEvent")
      if (e._tag === "UnexpectedEvent")
        assert.deepStrictEqual([e.event, e.state], ["FreezeEnded", "Stimulated"])
      assert.strictEqual(
        yield* tagOf([
          { _tag: "ProcedureCompleted" },
          { _tag: "ProbePositioned", side: "left", level: "S1" }
        ]),
        "UnexpectedEvent"
      )
      assert.strictEqual(
        yield* tagOf([...ready, { _tag: "FreezeStarted", t: 100 }, { _tag: "FreezeEnded", t: 90 }]),
        "UnexpectedEvent"
      )
      assert.strictEqual(
        yield* tagOf([...ready, ...oneCycle(0), { _tag: "ProbePositioned", side: "left", level: "S1" }]),
        "UnexpectedEvent"
      )
    })
  )

  it.effect("a motor response on a re-test after a thaw blocks the next cycle at that position", () =>
    Effect.gen(function* () {
      const retest: Event = {
        _tag: "StimulationTested",
        frequencyHz: 2,
        voltagesTried: [1],
        motorResponseAtVoltage: 1
      }
      const e = yield* Effect.flip(
        FreezeProtocol.applyAll([...ready, ...oneCycle(0), retest, { _tag: "FreezeStarted", t: 300 }], study)
      )
      assert.strictEqual(e._tag, "FreezeWithoutNegativeStimulation")
    })
  )

  it.effect("a closed lesion keeps its cycle with times, target and the coldest sample", () =>
    Effect.gen(function* () {
      const events: Array<Event> = [
        ...ready,
        { _tag: "FreezeStarted", t: 0 },
        sample(0, 0, -20),
        sample(1, 60, -79)
      ]
      const s = yield* FreezeProtocol.applyAll(
        [
          ...events,
          { _tag: "FreezeEnded", t: 120 },
          { _tag: "ThawCompleted", t: 150 },
          { _tag: "LesionCompleted" }
        ],
        study
      )
      assert.strictEqual(s._tag, "Idle")
      const cycle = s.lesions[0]?.freezeCycles[0]
      assert.deepStrictEqual(
        cycle && [
          cycle.startedAt,
          cycle.endedAt,
          cycle.thawCompletedAt,
          cycle.targetTemperatureC,
          cycle.reachedTemperatureC,
          cycle.samples.length
        ],
        [0, 120, 150, -78, -79, 2]
      )
    })
  )

  it.effect("applySample gives what apply gives for a Telemetry event, in every phase", () =>
    Effect.gen(function* () {
      const prefixes: ReadonlyArray<ReadonlyArray<Event>> = [
        [],
        [sample(3, 9)],
        ready,
        [...ready, { _tag: "FreezeStarted", t: 0 }, sample(0, 1)],
        [...ready, { _tag: "FreezeStarted", t: 0 }, { _tag: "FreezeEnded", t: 120 }],
        [...ready, ...oneCycle(0), { _tag: "LesionCompleted" }, { _tag: "ProcedureCompleted" }]
      ]
      for (const prefix of prefixes) {
        const state = yield* FreezeProtocol.applyAll(prefix, study)
        for (const next of [sample(0, 0), sample(3, 9), sample(4, 10), sample(200, 500)]) {
          if (next._tag !== "Telemetry") continue
          const viaApply = yield* Effect.either(FreezeProtocol.apply(state, next, study))
          assert.deepStrictEqual(FreezeProtocol.applySample(state, next.sample), viaApply)
        }
      }
    })
  )
})
