import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import { FreezeProtocol, type Model, Protocol } from "../../src/index.js"

const study = Protocol.study
const stimulation = { frequencyHz: 2, voltagesTried: [0.5, 1, 1.5, 2], motorResponseAtVoltage: null }
const cycle: Model.FreezeCycle = {
  startedAt: 0,
  endedAt: 120,
  thawCompletedAt: 150,
  targetTemperatureC: -78,
  reachedTemperatureC: -78
}
const lesion = (side: Model.Side, level: Model.Lesion["level"], cycles = [cycle]): Model.Lesion => ({
  side,
  level,
  stimulation,
  freezeCycles: cycles
})
/** Six lesions on the left at L5–S3, by the book. */
const left6 = (["L5", "S1", "S1", "S2", "S2", "S3"] as const).map((level) => lesion("left", level))

/** Each deviation as a dashboard words it (kind, place, params), and the API's English beside it. */
const judged = (input: Parameters<typeof FreezeProtocol.summarize>[0]) =>
  FreezeProtocol.summarize(input, study).deviations.map(({ kind, side, lesion, params, message }) => ({
    data: { kind, side, lesion, params },
    message
  }))

describe("FreezeProtocol.summarize: each deviation's facts as data", () => {
  it("no-lesions", () => {
    assert.deepStrictEqual(judged({ lesions: [] }), [
      {
        data: { kind: "no-lesions", side: null, lesion: null, params: {} },
        message: "No lesion was completed in this procedure"
      }
    ])
  })

  it("too-few-lesions and level-not-covered: the count, the protocol's range, the missing level", () => {
    assert.deepStrictEqual(judged({ side: "left", lesions: left6.slice(0, 5) }), [
      {
        data: { kind: "too-few-lesions", side: "left", lesion: null, params: { lesions: 5, min: 6, max: 7 } },
        message: "Left side: 5 lesions; the protocol asks for 6–7 a side"
      },
      {
        data: {
          kind: "level-not-covered",
          side: "left",
          lesion: null,
          params: { level: "S3", levels: ["L5", "S1", "S2", "S3"] }
        },
        message: "Left side: no lesion at S3 (the protocol covers L5, S1, S2, S3)"
      }
    ])
  })

  it("too-many-lesions", () => {
    const [d] = judged({ side: "left", lesions: [...left6, lesion("left", "S3"), lesion("left", "L5")] })
    assert.deepStrictEqual(d, {
      data: { kind: "too-many-lesions", side: "left", lesion: null, params: { lesions: 8, min: 6, max: 7 } },
      message: "Left side: 8 lesions; the protocol asks for 6–7 a side"
    })
  })

  it("lesion-on-untreated-side and freeze-cycles-out-of-range: the lesion's index and level, the cycles", () => {
    const found = judged({ side: "left", lesions: [...left6, lesion("right", "S2", [])] })
    assert.deepStrictEqual(found, [
      {
        data: { kind: "lesion-on-untreated-side", side: "right", lesion: 6, params: { level: "S2" } },
        message: "Lesion 7 (S2 right) is on a side not planned for treatment"
      },
      {
        data: {
          kind: "freeze-cycles-out-of-range",
          side: "right",
          lesion: 6,
          params: { level: "S2", cycles: 0, min: 1, max: 3 }
        },
        message: "Lesion 7 (S2 right) had 0 freeze-thaw cycles; the protocol allows 1–3"
      }
    ])
  })

  it("target-not-reached, freeze-too-short and freeze-too-long: the lesion's level, the cycle, the numbers", () => {
    const warm = { ...cycle, endedAt: 90, reachedTemperatureC: -60 }
    const long = { ...cycle, endedAt: 140 }
    const lesions = left6.map((l, i) => (i === 1 ? { ...l, freezeCycles: [cycle, warm, long] } : l))
    assert.deepStrictEqual(judged({ side: "left", lesions }), [
      {
        data: {
          kind: "target-not-reached",
          side: "left",
          lesion: 1,
          params: { level: "S1", cycle: 1, targetC: -78, toleranceC: 5, coldestC: -60 }
        },
        message:
          "Lesion 2 (S1 left), cycle 2: The tip never reached -78 °C (within 5 °C) during the freeze; the coldest was -60 °C"
      },
      {
        data: {
          kind: "freeze-too-short",
          side: "left",
          lesion: 1,
          params: { level: "S1", cycle: 1, seconds: 90, protocolSeconds: 120, toleranceSeconds: 10 }
        },
        message: "Lesion 2 (S1 left), cycle 2: The freeze lasted 90 s; the protocol asks for 120 s ± 10 s"
      },
      {
        data: {
          kind: "freeze-too-long",
          side: "left",
          lesion: 1,
          params: { level: "S1", cycle: 2, seconds: 140, protocolSeconds: 120, toleranceSeconds: 10 }
        },
        message: "Lesion 2 (S1 left), cycle 3: The freeze lasted 140 s; the protocol asks for 120 s ± 10 s"
      }
    ])
  })

  it("sensor-gap: from the telemetry, where the gap was and how long", () => {
    const samples = [0, 1, 2, 3, 10, 11, 120].map((t, seq) => ({
      seq,
      t,
      tipTemperatureC: -80,
      pressureBar: 50
    }))
    const lesions = left6.map((l, i) => (i === 0 ? { ...l, freezeCycles: [{ ...cycle, samples }] } : l))
    const gaps = judged({ side: "left", lesions }).filter((d) => d.data.kind === "sensor-gap")
    assert.deepStrictEqual(gaps[0], {
      data: {
        kind: "sensor-gap",
        side: "left",
        lesion: 0,
        params: { level: "L5", cycle: 0, fromSeconds: 3, toSeconds: 10, gapSeconds: 7, maxGapSeconds: 2 }
      },
      message:
        "Lesion 1 (L5 left), cycle 1: No telemetry from 3 s to 10 s of the freeze (7 s; at most 2 s allowed)"
    })
    assert.strictEqual(gaps.length, 2)
  })

  it("crosses the wire unchanged, and describeSummaryDeviation writes the same English", () => {
    const deviations = FreezeProtocol.summarize(
      { side: "bilateral", lesions: left6.slice(0, 4) },
      study
    ).deviations
    const codec = Schema.Array(FreezeProtocol.SummaryDeviation)
    assert.deepStrictEqual(Schema.decodeUnknownSync(codec)(Schema.encodeSync(codec)(deviations)), deviations)
    for (const { message, ...d } of deviations)
      assert.strictEqual(FreezeProtocol.describeSummaryDeviation(d), message)
  })
})
