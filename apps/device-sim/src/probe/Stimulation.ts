import { type Random, uniform } from "./Random.js"

/** How the motor threshold depends on the distance to the motor nerve: V = rheobase + k·d² (V, mm). */
export interface NerveModel {
  readonly rheobaseVolts: number
  readonly voltsPerMmSquared: number
  /** Distance of a fresh probe position to the nerve, mm: uniform in [min, max). */
  readonly distanceMm: { readonly min: number; readonly max: number }
  /** How far a reposition moves the probe away from the nerve, mm: uniform in [min, max). */
  readonly repositionMm: { readonly min: number; readonly max: number }
}

/** Sacral lateral branches near the S1–S3 motor roots. */
export const sacralNerves: NerveModel = {
  rheobaseVolts: 0.2,
  voltsPerMmSquared: 0.04,
  distanceMm: { min: 4, max: 14 },
  repositionMm: { min: 2, max: 4 }
}

/** The motor threshold, V, of a probe `distanceMm` from the motor nerve. */
export const thresholdVolts = (nerve: NerveModel, distanceMm: number): number =>
  nerve.rheobaseVolts + nerve.voltsPerMmSquared * distanceMm * distanceMm

/** The distance, mm, at which the threshold is `volts` (to place a fault's nerve exactly). */
export const distanceForThreshold = (nerve: NerveModel, volts: number): number =>
  Math.sqrt(Math.max(0, volts - nerve.rheobaseVolts) / nerve.voltsPerMmSquared)

/** A fresh probe position's hidden distance to the nerve, mm. */
export const drawDistance = (nerve: NerveModel, random: Random): number =>
  uniform(random, nerve.distanceMm.min, nerve.distanceMm.max)

/** The distance after moving the probe away from the nerve, mm. */
export const repositioned = (nerve: NerveModel, distanceMm: number, random: Random): number =>
  distanceMm + uniform(random, nerve.repositionMm.min, nerve.repositionMm.max)

/** The result of one stimulation sweep: voltages tried in order, and the one that gave a response (or null). */
export interface Sweep {
  readonly frequencyHz: number
  readonly voltagesTried: ReadonlyArray<number>
  readonly motorResponseAtVoltage: number | null
}

/**
 * Sweeps `steps` equal voltage steps up to `maxVoltage` at `frequencyHz`, stopping at the first voltage at or
 * above the position's threshold (a visible motor response).
 */
export const sweep = (
  thresholdV: number,
  options: { readonly frequencyHz: number; readonly maxVoltage: number; readonly steps: number }
): Sweep => {
  const tried: Array<number> = []
  for (let k = 1; k <= options.steps; k++) {
    const volts = Math.round(((k * options.maxVoltage) / options.steps) * 1000) / 1000
    tried.push(volts)
    if (volts >= thresholdV - 1e-9)
      return { frequencyHz: options.frequencyHz, voltagesTried: tried, motorResponseAtVoltage: volts }
  }
  return { frequencyHz: options.frequencyHz, voltagesTried: tried, motorResponseAtVoltage: null }
}
