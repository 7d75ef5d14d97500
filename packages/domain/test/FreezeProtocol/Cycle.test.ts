import { assert, describe, it } from "@effect/vitest"
import type { Model } from "../../src/index.js"
import { FreezeProtocol, Protocol } from "../../src/index.js"

const study = Protocol.study
let seq = 0
/** One sample a second from `from` to `to` inclusive at a fixed tip temperature. */
const flat = (from: number, to: number, tipTemperatureC: number): Array<Model.TelemetrySample> =>
  Array.from({ length: to - from + 1 }, (_, k) => ({
    t: from + k,
    tipTemperatureC,
    pressureBar: 55,
    seq: seq++
  }))
/** Passive thaw after a freeze ending at `end`: warms by 78/30 °C a second, reaching 0 °C at end + 30. */
const thaw = (end: number): Array<Model.TelemetrySample> =>
  Array.from({ length: 30 }, (_, k) => ({
    t: end + k + 1,
    tipTemperatureC: -78 + (78 * (k + 1)) / 30,
    pressureBar: 0,
    seq: seq++
  }))
const kinds = (e: FreezeProtocol.CycleEvaluation) => e.deviations.map((d) => d.kind)

describe("FreezeProtocol.evaluateCycle", () => {
  it("a 120 s cycle at −78 °C has no deviations", () => {
    const e = FreezeProtocol.evaluateCycle([...flat(10, 130, -78), ...thaw(130)], study, {
      startedAt: 10,
      endedAt: 130
    })
    assert.deepStrictEqual(kinds(e), [])
    assert.strictEqual(e.freezeSeconds, 120)
    assert.strictEqual(e.timeToTargetSeconds, 0)
    assert.strictEqual(e.secondsAtOrBelowTarget, 120)
    assert.strictEqual(e.coldestTemperatureC, -78)
    // 0 °C is reached 30 s after the freeze ended, i.e. 150 s after it started.
    assert.closeTo(e.thawEndSeconds ?? Number.NaN, 150, 1e-9)
  })

  it("a 90 s cycle is too short, 140 s too long, 110 s and 130 s are within ±10 s", () => {
    const short = FreezeProtocol.evaluateCycle(flat(0, 90, -78), study, { startedAt: 0, endedAt: 90 })
    assert.deepStrictEqual(kinds(short), ["freeze-too-short"])
    assert.include(short.deviations[0]!.message, "90 s")
    assert.include(short.deviations[0]!.message, "120 s")
    assert.deepStrictEqual(
      kinds(FreezeProtocol.evaluateCycle(flat(0, 140, -78), study, { startedAt: 0, endedAt: 140 })),
      ["freeze-too-long"]
    )
    for (const end of [110, 130]) {
      assert.deepStrictEqual(
        kinds(FreezeProtocol.evaluateCycle(flat(0, end, -78), study, { startedAt: 0, endedAt: end })),
        []
      )
    }
  })

  it("counts time to target and time at target during a cool-down", () => {
    const cooldown = [30, -20, -60, -74].map((tipTemperatureC, t) => ({
      t,
      tipTemperatureC,
      pressureBar: 55,
      seq: seq++
    }))
    const e = FreezeProtocol.evaluateCycle([...cooldown, ...flat(4, 120, -78)], study, {
      startedAt: 0,
      endedAt: 120
    })
    // −74 °C at 3 s is within 5 °C of −78 °C; from 3 s to 120 s every sample is at target.
    assert.strictEqual(e.timeToTargetSeconds, 3)
    assert.strictEqual(e.secondsAtOrBelowTarget, 117)
    assert.strictEqual(e.thawEndSeconds, null)
  })

  it("reports a target not reached with the coldest temperature", () => {
    const e = FreezeProtocol.evaluateCycle(flat(0, 120, -60), study, { startedAt: 0, endedAt: 120 })
    assert.deepStrictEqual(kinds(e), ["target-not-reached"])
    assert.include(e.deviations[0]!.message, "-60 °C")
    assert.strictEqual(e.timeToTargetSeconds, null)
    assert.strictEqual(e.secondsAtOrBelowTarget, 0)
  })

  it("reports each sensor gap longer than 2 s, including at the start and the end", () => {
    const samples = [...flat(5, 49, -78), ...flat(56, 117, -78)]
    const e = FreezeProtocol.evaluateCycle(samples, study, { startedAt: 0, endedAt: 120 })
    // gaps: 0→5 (5 s), 49→56 (7 s), 117→120 (3 s)
    assert.deepStrictEqual(kinds(e), ["sensor-gap", "sensor-gap", "sensor-gap"])
    assert.include(e.deviations[1]!.message, "from 49 s to 56 s")
    assert.strictEqual(e.secondsAtOrBelowTarget, 117 - 5)
  })

  it("infers the freeze from the samples when no window is given", () => {
    const e = FreezeProtocol.evaluateCycle([...flat(10, 130, -78), ...thaw(130)], study)
    // the first thaw sample (−75.4 °C at 131 s) is still within 5 °C of target; the next (−72.8 °C) is not.
    assert.strictEqual(e.freezeSeconds, 121)
    assert.deepStrictEqual(kinds(e), [])
  })

  it("has no temperature and one gap for a freeze without telemetry", () => {
    const e = FreezeProtocol.evaluateCycle([], study, { startedAt: 0, endedAt: 120 })
    assert.strictEqual(e.coldestTemperatureC, null)
    assert.deepStrictEqual(kinds(e), ["target-not-reached", "sensor-gap"])
  })
})
