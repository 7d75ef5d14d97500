import type { Model } from "@cryoreg/domain"
import { type Cylinder, draw, pressureBar } from "./Cylinder.js"
import { stepIceBall } from "./IceBall.js"
import type { ProbeParameters } from "./Parameters.js"
import type { Random } from "./Random.js"
import { readPressureBar, readTemperatureC } from "./Sensor.js"
import { floorC, type GasFlow, stepTip } from "./Tip.js"

/** The probe's physical state at device time `t` (s). */
export interface ProbeState {
  readonly t: number
  readonly tipC: number
  readonly iceBallRadiusMm: number
  readonly cylinder: Cylinder
  readonly valveOpen: boolean
}

/** The gas path's condition: a clear probe, or an occluded one (less flow, higher exhaust pressure). */
export interface GasPath {
  readonly flowFactor: number
  readonly exhaustBar: number
}

/** A clear probe venting to 1 atm. */
export const clearPath = (p: ProbeParameters): GasPath => ({
  flowFactor: 1,
  exhaustBar: p.exhaustPressureBar
})

/** A probe at body temperature, no ice, valve closed, on a cylinder holding `fillKg` of CO2. */
export const initialProbe = (p: ProbeParameters, fillKg: number = p.cylinderFillKg): ProbeState => ({
  t: 0,
  tipC: p.bodyTemperatureC,
  iceBallRadiusMm: 0,
  cylinder: { volumeLitres: p.cylinderVolumeLitres, massKg: fillKg, temperatureC: p.roomTemperatureC },
  valveOpen: false
})

/** Supply pressure at the probe, bar: the cylinder's (no regulator). */
export const supplyBar = (state: ProbeState): number => pressureBar(state.cylinder)

/**
 * Advances the probe by `dt` s: gas drawn from the cylinder at ṁ = c·φ·P while the valve is open, the tip
 * cooled or rewarmed, the ice ball grown or melted (see the README for the equations).
 */
export const stepProbe = (p: ProbeParameters, state: ProbeState, path: GasPath, dt: number): ProbeState => {
  const supply = supplyBar(state)
  const gas: GasFlow | null = state.valveOpen
    ? { supplyBar: supply, flowFactor: path.flowFactor, exhaustBar: path.exhaustBar }
    : null
  const usedKg = gas === null ? 0 : (p.flowGramsPerSecondPerBar * path.flowFactor * supply * dt) / 1000
  const tipC = stepTip(p, state.tipC, gas, dt)
  return {
    t: state.t + dt,
    tipC,
    iceBallRadiusMm: stepIceBall(p, state.iceBallRadiusMm, tipC, state.valveOpen, dt),
    cylinder: draw(state.cylinder, usedKg),
    valveOpen: state.valveOpen
  }
}

/** What the sensors print for the state: a telemetry sample with sequence number `seq`. */
export const readSample = (
  p: ProbeParameters,
  state: ProbeState,
  path: GasPath,
  seq: number,
  random: Random
): Model.TelemetrySample => ({
  t: Math.round(state.t * 1000) / 1000,
  tipTemperatureC: readTemperatureC(state.tipC, floorC(path.exhaustBar), p.temperatureNoiseC, random),
  pressureBar: readPressureBar(supplyBar(state), state.valveOpen, p.pressureNoiseBar, random),
  seq
})
