import { describe, expect, it } from "vitest"
import { FreezeProtocol, Protocol } from "../../src/index.js"

describe("FreezeProtocol.findingParams: the numbers a finding's sentence names", () => {
  it("gives the protocol's rule and what the test did", () => {
    const test = { frequencyHz: 5, voltagesTried: [0.5, 1.5, 1], motorResponseAtVoltage: 1.5 }
    expect(FreezeProtocol.findingParams(test, Protocol.study)).toEqual({
      frequencyHz: 2,
      maxVoltage: 2,
      testedHz: 5,
      motorResponseAtVoltage: 1.5,
      highestVoltage: 1.5
    })
  })

  it("has no test numbers without a test, or without voltages tried", () => {
    expect(FreezeProtocol.findingParams(null, Protocol.study)).toEqual({
      frequencyHz: 2,
      maxVoltage: 2,
      testedHz: null,
      motorResponseAtVoltage: null,
      highestVoltage: null
    })
    const untried = { frequencyHz: 2, voltagesTried: [], motorResponseAtVoltage: null }
    expect(FreezeProtocol.findingParams(untried, Protocol.study).highestVoltage).toBeNull()
    expect(FreezeProtocol.describeFinding("voltage-not-reached", untried, Protocol.study)).toBe(
      "the stimulation test went only up to no voltage; freezing needs a motor stimulation test at 2 Hz with no motor response up to 2 V"
    )
  })
})
