import { FreezeProtocol, Protocol } from "@cryoreg/domain"
import { describe, expect, it } from "vitest"
import { seededRandom } from "../../src/probe/Random.js"
import {
  distanceForThreshold,
  drawDistance,
  repositioned,
  sacralNerves,
  sweep,
  thresholdVolts
} from "../../src/probe/Stimulation.js"

const study = { frequencyHz: 2, maxVoltage: 2, steps: 10 }

describe("motor stimulation", () => {
  it("sets the threshold by the distance to the motor nerve: rheobase + k·d², higher farther away", () => {
    expect(thresholdVolts(sacralNerves, 0)).toBeCloseTo(0.2, 9)
    expect(thresholdVolts(sacralNerves, 5)).toBeCloseTo(0.2 + 0.04 * 25, 9)
    expect(thresholdVolts(sacralNerves, 8)).toBeGreaterThan(thresholdVolts(sacralNerves, 6))
  })

  it("sweeps 0.2 V steps at 2 Hz up to 2 V and reports no response when the threshold is above 2 V", () => {
    const result = sweep(2.3, study)
    expect(result.voltagesTried).toEqual([0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2])
    expect(result.motorResponseAtVoltage).toBeNull()
    expect(FreezeProtocol.stimulationFinding(result, Protocol.study)).toBeNull()
  })

  it("stops at the first voltage at or above the threshold: a response the protocol will not freeze on", () => {
    const result = sweep(1.05, study)
    expect(result.voltagesTried).toEqual([0.2, 0.4, 0.6, 0.8, 1, 1.2])
    expect(result.motorResponseAtVoltage).toBe(1.2)
    expect(FreezeProtocol.stimulationFinding(result, Protocol.study)).toBe("motor-response")
  })

  it("places a nerve so that the response comes at exactly 1.2 V (the motor-response fault)", () => {
    const d = distanceForThreshold(sacralNerves, 1.2)
    expect(d).toBeCloseTo(5, 9)
    expect(sweep(thresholdVolts(sacralNerves, d), study).motorResponseAtVoltage).toBe(1.2)
  })

  it("moves the probe away from the nerve on a reposition, so a retest eventually clears it", () => {
    const random = seededRandom(3)
    let d = drawDistance(sacralNerves, random)
    expect(d).toBeGreaterThanOrEqual(4)
    expect(d).toBeLessThan(14)
    for (let attempt = 0; attempt < 5; attempt++) {
      const next = repositioned(sacralNerves, d, random)
      expect(next - d).toBeGreaterThanOrEqual(2)
      d = next
    }
    expect(sweep(thresholdVolts(sacralNerves, d), study).motorResponseAtVoltage).toBeNull()
  })
})
