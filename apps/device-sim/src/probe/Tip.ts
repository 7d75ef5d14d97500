import { sublimationTemperatureC } from "./Co2.js"
import type { ProbeParameters } from "./Parameters.js"

/** What the gas path does to the tip: supply pressure, bar, and the fraction of the orifice flow getting through. */
export interface GasFlow {
  readonly supplyBar: number
  /** 1 for a clear probe; less when the probe is occluded. */
  readonly flowFactor: number
  readonly exhaustBar: number
}

/** The coldest the tip can be, °C: CO2's sublimation point at the exhaust pressure. */
export const floorC = (exhaustBar: number): number => sublimationTemperatureC(exhaustBar)

/**
 * Temperature the gas drives the tip toward, °C, before CO2's freezing stops it: body temperature less the
 * Joule-Thomson drive ΔT = drive·φ·(P/Pref)² (flow ∝ P and refrigeration per kg ∝ P). It may lie below the
 * floor: the tip then reaches the floor and holds there (dry ice forms at the tip).
 */
export const drivenTemperatureC = (p: ProbeParameters, gas: GasFlow): number => {
  const ratio = Math.max(0, gas.supplyBar) / p.referencePressureBar
  return p.bodyTemperatureC - p.coolingDriveK * gas.flowFactor * ratio * ratio
}

/** Where the tip settles with gas flowing, °C: the driven temperature, or the floor when that is colder. */
export const plateauC = (p: ProbeParameters, gas: GasFlow): number =>
  Math.max(floorC(gas.exhaustBar), drivenTemperatureC(p, gas))

/** One first-order step of length `dt` s toward `targetC` with time constant `tau` (exact exponential). */
const relax = (temperatureC: number, targetC: number, tau: number, dt: number): number =>
  targetC + (temperatureC - targetC) * Math.exp(-dt / tau)

/**
 * The tip temperature after `dt` s: with gas (`gas` given) first-order toward the driven temperature, with
 * gas off first-order back toward body temperature (passive thaw). Never below the sublimation floor.
 */
export const stepTip = (
  p: ProbeParameters,
  temperatureC: number,
  gas: GasFlow | null,
  dt: number
): number => {
  if (gas === null) return relax(temperatureC, p.bodyTemperatureC, p.thawTauSeconds, dt)
  const next = relax(temperatureC, drivenTemperatureC(p, gas), p.coolingTauSeconds, dt)
  return Math.max(floorC(gas.exhaustBar), next)
}
