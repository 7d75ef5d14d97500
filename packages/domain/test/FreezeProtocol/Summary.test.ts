import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import type { Event, SpinalLevel } from "../../src/FreezeProtocol.js"
import { FreezeProtocol, type Model, Protocol } from "../../src/index.js"

const study = Protocol.study

/** Events of a procedure done by the book at the given positions, with the cycles per lesion given. */
const procedure = (
  plan: ReadonlyArray<readonly [Model.Side, SpinalLevel, number?]>
): ReadonlyArray<Event> => {
  const events: Array<Event> = []
  let at = { nextT: 0, nextSeq: 0 }
  for (const [side, level, cycles] of plan) {
    const lesion = FreezeProtocol.textbookLesion(study, {
      side,
      level,
      startT: at.nextT + 20,
      startSeq: at.nextSeq,
      ...(cycles === undefined ? {} : { cycles })
    })
    events.push(...lesion.events)
    at = lesion
  }
  events.push({ _tag: "ProcedureCompleted" })
  return events
}

const left6 = [
  ["left", "L5"],
  ["left", "S1"],
  ["left", "S1"],
  ["left", "S2"],
  ["left", "S2"],
  ["left", "S3"]
] as const
const right7 = [
  ["right", "L5"],
  ["right", "S1", 2],
  ["right", "S2"],
  ["right", "S2"],
  ["right", "S3", 2],
  ["right", "S3"],
  ["right", "S1"]
] as const

describe("FreezeProtocol.summarize", () => {
  it.effect("a full bilateral procedure, 6 lesions left and 7 right at L5–S3, has no deviations", () =>
    Effect.gen(function* () {
      const done = yield* FreezeProtocol.applyAll(procedure([...left6, ...right7]), study)
      assert.strictEqual(done._tag, "Completed")
      const s = FreezeProtocol.summarize(done, study, "bilateral")
      assert.deepStrictEqual(s.lesionsPerSide, { left: 6, right: 7 })
      assert.deepStrictEqual(s.levelsCoveredPerSide, {
        left: ["L5", "S1", "S2", "S3"],
        right: ["L5", "S1", "S2", "S3"]
      })
      assert.deepStrictEqual(s.freezeCyclesPerLesion, [1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 1, 1])
      assert.deepStrictEqual(s.deviations, [])
    })
  )

  it.effect("too few lesions and an uncovered level are reported, not refused", () =>
    Effect.gen(function* () {
      const done = yield* FreezeProtocol.applyAll(procedure(left6.slice(0, 5)), study)
      const s = FreezeProtocol.summarize(done, study)
      assert.deepStrictEqual(s.sides, ["left"])
      assert.deepStrictEqual(
        s.deviations.map((d) => [d.kind, d.side]),
        [
          ["too-few-lesions", "left"],
          ["level-not-covered", "left"]
        ]
      )
      assert.include(s.deviations[0]!.message, "5 lesions")
      assert.include(s.deviations[1]!.message, "S3")
    })
  )

  it.effect("eight lesions a side are too many", () =>
    Effect.gen(function* () {
      const done = yield* FreezeProtocol.applyAll(
        procedure([...left6, ["left", "S3"], ["left", "L5"]]),
        study
      )
      assert.deepStrictEqual(
        FreezeProtocol.summarize(done, study).deviations.map((d) => d.kind),
        ["too-many-lesions"]
      )
    })
  )

  it("reads a stored Model procedure: a planned side with no lesions, a short cycle, a cycle count out of range", () => {
    const stimulation = { frequencyHz: 2, voltagesTried: [2], motorResponseAtVoltage: null }
    const cycle = {
      startedAt: 0,
      endedAt: 120,
      thawCompletedAt: 150,
      targetTemperatureC: -78,
      reachedTemperatureC: -78
    }
    const lesions: Array<Model.Lesion> = left6.map(([side, level]) => ({
      side,
      level,
      stimulation,
      freezeCycles: [cycle]
    }))
    lesions[0] = { ...lesions[0]!, freezeCycles: [] }
    const s = FreezeProtocol.summarize({ side: "bilateral", lesions }, study)
    assert.deepStrictEqual(s.lesionsPerSide, { left: 6, right: 0 })
    assert.deepStrictEqual(
      s.deviations.map((d) => d.kind),
      [
        "too-few-lesions",
        "level-not-covered",
        "level-not-covered",
        "level-not-covered",
        "level-not-covered",
        "freeze-cycles-out-of-range"
      ]
    )
    const short = FreezeProtocol.summarize(
      { lesions: [{ side: "left", level: "S1", freezeCycles: [{ ...cycle, endedAt: 90, samples: [] }] }] },
      study
    )
    assert.includeMembers(
      short.deviations.map((d) => d.kind),
      ["freeze-too-short", "target-not-reached"]
    )
  })

  it("an empty procedure says so", () => {
    assert.deepStrictEqual(
      FreezeProtocol.summarize(FreezeProtocol.initial(study), study).deviations.map((d) => d.kind),
      ["no-lesions"]
    )
  })
})
