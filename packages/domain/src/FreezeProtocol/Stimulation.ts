import type { StimulationTest } from "../Model/Procedure.js"
import type { Protocol } from "../Protocol.js"
import type { StimulationFinding } from "./Errors.js"

/**
 * What keeps a stimulation test from clearing a freeze, or `null` when it is negative: done at the
 * protocol's frequency, voltages tried up to the protocol's maximum, and no motor response at or below it.
 *
 * @example
 * stimulationFinding({ frequencyHz: 2, voltagesTried: [0.5, 1, 1.5, 2], motorResponseAtVoltage: null }, Protocol.study) // null
 */
export const stimulationFinding = (
  test: StimulationTest | null,
  protocol: Protocol
): StimulationFinding | null => {
  const { frequencyHz, maxVoltage } = protocol.cryo.stimulation
  if (test === null) return "no-test"
  if (test.frequencyHz !== frequencyHz) return "wrong-frequency"
  if (test.motorResponseAtVoltage !== null && test.motorResponseAtVoltage <= maxVoltage)
    return "motor-response"
  if (!test.voltagesTried.some((v) => v >= maxVoltage)) return "voltage-not-reached"
  return null
}

/** True when the test clears the probe position for a freeze (see `stimulationFinding`). */
export const isNegativeStimulation = (test: StimulationTest | null, protocol: Protocol): boolean =>
  stimulationFinding(test, protocol) === null

/** The numbers a finding's sentence names: the protocol's rule, and what the test did. */
export interface FindingParams {
  /** The protocol's stimulation frequency and highest voltage (the rule). */
  readonly frequencyHz: number
  readonly maxVoltage: number
  /** The frequency the test was done at (null without a test). */
  readonly testedHz: number | null
  /** The voltage of a motor response (null without one). */
  readonly motorResponseAtVoltage: number | null
  /** The highest voltage tried (null when none was). */
  readonly highestVoltage: number | null
}

/**
 * The parameters of a finding, for a sentence in any language (`describeFinding` is the English one).
 *
 * @example
 * FreezeProtocol.findingParams({ frequencyHz: 2, voltagesTried: [0.5, 1, 1.5], motorResponseAtVoltage: null }, Protocol.study).highestVoltage // 1.5
 */
export const findingParams = (test: StimulationTest | null, protocol: Protocol): FindingParams => ({
  frequencyHz: protocol.cryo.stimulation.frequencyHz,
  maxVoltage: protocol.cryo.stimulation.maxVoltage,
  testedHz: test?.frequencyHz ?? null,
  motorResponseAtVoltage: test?.motorResponseAtVoltage ?? null,
  highestVoltage: test && test.voltagesTried.length > 0 ? Math.max(...test.voltagesTried) : null
})

/** A sentence a clinician reads when a freeze is refused for this finding. */
export const describeFinding = (
  finding: StimulationFinding,
  test: StimulationTest | null,
  protocol: Protocol
): string => {
  const p = findingParams(test, protocol)
  const rule = `a motor stimulation test at ${p.frequencyHz} Hz with no motor response up to ${p.maxVoltage} V`
  switch (finding) {
    case "no-test":
      return `no stimulation test since the probe was placed; freezing needs ${rule}`
    case "wrong-frequency":
      return `the last stimulation test was at ${p.testedHz} Hz; freezing needs ${rule}`
    case "motor-response":
      return `a motor response was seen at ${p.motorResponseAtVoltage} V (limit ${p.maxVoltage} V): the probe is near a motor nerve; reposition and test again`
    case "voltage-not-reached":
      return `the stimulation test went only up to ${p.highestVoltage === null ? "no voltage" : `${p.highestVoltage} V`}; freezing needs ${rule}`
  }
}
