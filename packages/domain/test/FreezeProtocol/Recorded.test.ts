import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, FastCheck as fc } from "effect"
import { FreezeProtocol, type Model, Protocol } from "../../src/index.js"

const study = Protocol.study
const { cryo } = study
const negative = { frequencyHz: 2, voltagesTried: [0.5, 1, 1.5, 2], motorResponseAtVoltage: null }

const cycle = (startedAt: number, over: Partial<Model.FreezeCycle> = {}): Model.FreezeCycle => ({
  startedAt,
  endedAt: startedAt + cryo.freezeSeconds,
  thawCompletedAt: null,
  targetTemperatureC: cryo.targetTemperatureC,
  reachedTemperatureC: cryo.targetTemperatureC,
  ...over
})

const levels = ["L5", "S1", "S2", "S3", "S1", "S2", "S3"] as const

/** Seven right-sided lesions done by the book, one 120 s freeze each, thaw times not recorded. */
const seven = (): { side: Model.TreatedSide; lesions: Array<Model.Lesion> } => ({
  side: "right",
  lesions: levels.map((level, i) => ({
    side: "right",
    level,
    stimulation: negative,
    freezeCycles: [cycle(300 + i * 240)]
  }))
})

describe("FreezeProtocol: a procedure recorded after the fact", () => {
  it.effect("replays a record whose thaw times were not recorded: each thaw counts at its freeze's end", () =>
    Effect.gen(function* () {
      const state = yield* FreezeProtocol.replayRecorded(seven(), study)
      assert.strictEqual(state._tag, "Completed")
      assert.strictEqual(state.lesions.length, 7)
      assert.deepStrictEqual(
        state.lesions.map((l) => l.freezeCycles[0]!.thawCompletedAt),
        seven().lesions.map((l) => l.freezeCycles[0]!.endedAt)
      )
      assert.deepStrictEqual(FreezeProtocol.summarize(seven(), study).deviations, [])
    })
  )

  it("turns a record into the protocol's events, an unrecorded thaw at its freeze's end", () => {
    const one = { lesions: [seven().lesions[0]!] }
    assert.deepStrictEqual(FreezeProtocol.recordedEvents(one), [
      { _tag: "ProbePositioned", side: "right", level: "L5" },
      { _tag: "StimulationTested", ...negative },
      { _tag: "FreezeStarted", t: 300 },
      { _tag: "FreezeEnded", t: 420 },
      { _tag: "ThawCompleted", t: 420 },
      { _tag: "LesionCompleted" },
      { _tag: "ProcedureCompleted" }
    ])
  })

  it("judges a recorded 60 s freeze that reached only −40 °C from its start, end and coldest tip", () => {
    const record = seven()
    record.lesions[2] = {
      ...record.lesions[2]!,
      freezeCycles: [cycle(780, { endedAt: 840, reachedTemperatureC: -40 })]
    }
    const deviations = FreezeProtocol.summarize(record, study).deviations
    assert.deepStrictEqual(
      deviations.map((d) => [d.kind, d.lesion]),
      [
        ["target-not-reached", 2],
        ["freeze-too-short", 2]
      ]
    )
    assert.include(deviations[0]!.message, "the coldest was -40 °C")
    assert.include(deviations[1]!.message, "The freeze lasted 60 s")
  })

  it("does not judge a coldest tip that was not recorded", () => {
    const c = cycle(0, { reachedTemperatureC: null })
    assert.deepStrictEqual(FreezeProtocol.judgeRecordedCycle(c, study), [])
  })

  it("refuses every lesion it cannot allow at once, naming the field and both times", () => {
    const record = seven()
    record.lesions[0] = {
      ...record.lesions[0]!,
      stimulation: { frequencyHz: 2, voltagesTried: [0.5, 1], motorResponseAtVoltage: 1 }
    }
    record.lesions[2] = { ...record.lesions[2]!, freezeCycles: [cycle(780, { endedAt: 700 })] }
    record.lesions[4] = {
      ...record.lesions[4]!,
      freezeCycles: [cycle(1260, { thawCompletedAt: 1400 }), cycle(1390)]
    }
    record.lesions[6] = { ...record.lesions[6]!, freezeCycles: [] }
    const issues = FreezeProtocol.recordedIssues(record, study)
    assert.deepStrictEqual(
      issues.map((i) => [i.path.join("."), i.step._tag]),
      [
        ["lesions.0.stimulation.motorResponseAtVoltage", "FreezeWithoutNegativeStimulation"],
        ["lesions.2.freezeCycles.0.endedAt", "UnexpectedEvent"],
        ["lesions.4.freezeCycles.1.startedAt", "UnexpectedEvent"],
        ["lesions.6.freezeCycles", "LesionWithoutFreeze"]
      ]
    )
    assert.include(issues[0]!.message, "motor response was seen at 1 V")
    assert.strictEqual(
      issues[1]!.message,
      "The freeze end of lesion 3, cycle 1 (11:40) is before the freeze start of lesion 3, cycle 1 (13:00); the times of a procedure go forward"
    )
    assert.include(issues[2]!.message, "before the thaw end of lesion 5, cycle 1 (23:20)")
    const refused = Effect.runSync(Effect.either(FreezeProtocol.replayRecorded(record, study)))
    assert.isTrue(Either.isLeft(refused) && refused.left.issues.length === 4)
    if (Either.isLeft(refused))
      assert.match(refused.left.message, /^Lesion 1: No freeze is allowed .*; Lesion 3: The freeze end/)
  })

  it("says a time as minutes and seconds from the start of the procedure", () => {
    assert.deepStrictEqual([0, 5, 65, 425, 3600, 90.5].map(FreezeProtocol.clockTime), [
      "0:00",
      "0:05",
      "1:05",
      "7:05",
      "60:00",
      "1:30.5"
    ])
  })
})

/** A cycle's telemetry: a sample a second, coldest at mid-freeze, warming after the freeze. */
const telemetryOf = (c: Model.FreezeCycle, coldest: number): Array<Model.TelemetrySample> => {
  const samples: Array<Model.TelemetrySample> = []
  const mid = Math.floor((c.endedAt - c.startedAt) / 2)
  for (let k = 0; c.startedAt + k <= c.endedAt; k++) {
    const tip = k === mid ? coldest : Math.max(coldest, cryo.targetTemperatureC / 2 + coldest / 2) + 1
    samples.push({ t: c.startedAt + k, tipTemperatureC: Math.min(tip, 30), pressureBar: 55, seq: k })
  }
  const n = samples.length
  for (let k = 1; k <= 10; k++)
    samples.push({
      t: c.endedAt + k,
      tipTemperatureC: coldest + (k * (5 - coldest)) / 10,
      pressureBar: 0,
      seq: n + k
    })
  return samples
}

describe("FreezeProtocol.summarize: one judgement, recorded or live", () => {
  it("finds the same deviations in a cycle's telemetry as in what was recorded of it", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            seconds: fc.integer({ min: 20, max: 200 }),
            coldest: fc.integer({ min: -95, max: -10 })
          }),
          { minLength: 1, maxLength: 3 }
        ),
        (plan) => {
          let t = 60
          const cycles = plan.map(({ seconds, coldest }) => {
            const c = cycle(t, {
              endedAt: t + seconds,
              thawCompletedAt: t + seconds + 10,
              reachedTemperatureC: coldest
            })
            t += seconds + 20
            return { c, samples: telemetryOf(c, coldest) }
          })
          const lesion = (live: boolean) => ({
            side: "left" as const,
            level: "S1" as const,
            freezeCycles: cycles.map(({ c, samples }) => (live ? { ...c, samples } : c))
          })
          const recorded = FreezeProtocol.summarize({ lesions: [lesion(false)] }, study)
          const live = FreezeProtocol.summarize({ lesions: [lesion(true)] }, study)
          assert.deepStrictEqual(live.deviations, recorded.deviations)
        }
      )
    )
  })
})

const recordedLesion = fc.record({
  side: fc.constantFrom("left" as const, "right" as const),
  level: fc.constantFrom(...cryo.levels),
  stimulation: fc.oneof(
    { weight: 4, arbitrary: fc.constant(negative) },
    fc.record({
      frequencyHz: fc.constantFrom(1, 2),
      voltagesTried: fc.array(fc.constantFrom(0.5, 1, 2), { maxLength: 3 }),
      motorResponseAtVoltage: fc.constantFrom(null, 1, 3)
    })
  ),
  freezeCycles: fc.array(
    fc
      .record({
        startedAt: fc.integer({ min: 0, max: 3000 }),
        freeze: fc.integer({ min: -30, max: 200 }),
        thaw: fc.option(fc.integer({ min: -20, max: 60 })),
        coldest: fc.option(fc.integer({ min: -90, max: 0 }))
      })
      .map(
        ({ startedAt, freeze, thaw, coldest }): Model.FreezeCycle => ({
          startedAt,
          endedAt: Math.max(0, startedAt + freeze),
          thawCompletedAt: thaw === null ? null : Math.max(0, startedAt + freeze + thaw),
          targetTemperatureC: cryo.targetTemperatureC,
          reachedTemperatureC: coldest
        })
      ),
    { maxLength: 4 }
  )
})

describe("FreezeProtocol.recordedIssues", () => {
  it("finds an issue exactly when the replay of the record's events is refused, the first one the same step", () => {
    fc.assert(
      fc.property(fc.array(recordedLesion, { maxLength: 8 }), (lesions) => {
        const issues = FreezeProtocol.recordedIssues({ lesions }, study)
        const replay = Effect.runSync(
          Effect.either(FreezeProtocol.applyAll(FreezeProtocol.recordedEvents({ lesions }), study))
        )
        assert.strictEqual(issues.length === 0, Either.isRight(replay))
        if (Either.isLeft(replay)) assert.deepStrictEqual(issues[0]?.step, replay.left)
      })
    )
  })
})
