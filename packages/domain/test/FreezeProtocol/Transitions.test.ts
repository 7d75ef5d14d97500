import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import type { Event } from "../../src/FreezeProtocol.js"
import { FreezeProtocol, Protocol } from "../../src/index.js"

const study = Protocol.study
const positioned: ReadonlyArray<Event> = [{ _tag: "ProbePositioned", side: "left", level: "S1" }]
const stim = (
  frequencyHz: number,
  voltagesTried: ReadonlyArray<number>,
  motorResponseAtVoltage: number | null
): Event => ({
  _tag: "StimulationTested",
  frequencyHz,
  voltagesTried,
  motorResponseAtVoltage
})
const run = (events: ReadonlyArray<Event>) => FreezeProtocol.applyAll(events, study)

describe("FreezeProtocol.apply: stimulation before a freeze (2 Hz, up to 2 V)", () => {
  it.effect("freezes after a negative test at 2 Hz up to 2 V", () =>
    Effect.gen(function* () {
      const s = yield* run([...positioned, stim(2, [0.5, 1, 1.5, 2], null), { _tag: "FreezeStarted", t: 0 }])
      assert.strictEqual(s._tag, "Freezing")
    })
  )

  it.effect("blocks the freeze after a motor response at 1.5 V", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(
        run([...positioned, stim(2, [0.5, 1, 1.5], 1.5), { _tag: "FreezeStarted", t: 0 }])
      )
      assert.strictEqual(e._tag, "FreezeWithoutNegativeStimulation")
      if (e._tag !== "FreezeWithoutNegativeStimulation") return
      assert.strictEqual(e.finding, "motor-response")
      assert.strictEqual(e.test?.motorResponseAtVoltage, 1.5)
      assert.include(e.message, "1.5 V")
      assert.include(e.message, "S1 left")
    })
  )

  it.effect("blocks the freeze after a test only up to 1.5 V", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(
        run([...positioned, stim(2, [0.5, 1, 1.5], null), { _tag: "FreezeStarted", t: 0 }])
      )
      assert.strictEqual(e._tag, "FreezeWithoutNegativeStimulation")
      if (e._tag === "FreezeWithoutNegativeStimulation") {
        assert.strictEqual(e.finding, "voltage-not-reached")
        assert.strictEqual(e.requiredMaxVoltage, 2)
      }
    })
  )

  it.effect("blocks the freeze after a test at 1 Hz", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(
        run([...positioned, stim(1, [1, 2], null), { _tag: "FreezeStarted", t: 0 }])
      )
      assert.strictEqual(e._tag, "FreezeWithoutNegativeStimulation")
      if (e._tag === "FreezeWithoutNegativeStimulation") {
        assert.strictEqual(e.finding, "wrong-frequency")
        assert.strictEqual(e.requiredFrequencyHz, 2)
      }
    })
  )

  it.effect("blocks the freeze without any test, and after re-positioning", () =>
    Effect.gen(function* () {
      const none = yield* Effect.flip(run([...positioned, { _tag: "FreezeStarted", t: 0 }]))
      assert.strictEqual(none._tag, "FreezeWithoutNegativeStimulation")
      const moved = yield* Effect.flip(
        run([
          ...positioned,
          stim(2, [2], null),
          { _tag: "ProbePositioned", side: "left", level: "S2" },
          { _tag: "FreezeStarted", t: 0 }
        ])
      )
      assert.strictEqual(moved._tag, "FreezeWithoutNegativeStimulation")
      if (moved._tag === "FreezeWithoutNegativeStimulation") assert.strictEqual(moved.level, "S2")
    })
  )

  it.effect("a motor response only above 2 V does not block", () =>
    Effect.gen(function* () {
      const s = yield* run([...positioned, stim(2, [1, 2, 2.5], 2.5), { _tag: "FreezeStarted", t: 0 }])
      assert.strictEqual(s._tag, "Freezing")
    })
  )
})
