import type { ProbeParameters } from "../probe/Parameters.js"
import type { GasPath } from "../probe/Probe.js"

/** Faults the simulator can be asked for (`--fault`). */
export const faultNames = ["low-gas", "sensor-dropout", "occluded", "motor-response", "network-loss"] as const
export type FaultName = (typeof faultNames)[number]

/** True when `name` is a fault the simulator knows. */
export const isFaultName = (name: string): name is FaultName =>
  (faultNames as ReadonlyArray<string>).includes(name)

/** What the faults asked for do to a run; `none` when there are none. */
export interface FaultPlan {
  /** CO2 in the cylinder at the start, kg. */
  readonly cylinderFillKg: number
  /** The gas path of the probe (an occluded probe passes less gas and vents at a higher pressure). */
  readonly gasPath: GasPath
  /** No telemetry from `fromSeconds` to `toSeconds` into freeze `cycle` (1-based) of lesion `lesion` (1-based). */
  readonly dropout: {
    readonly lesion: number
    readonly cycle: number
    readonly fromSeconds: number
    readonly toSeconds: number
  } | null
  /** The motor threshold, V, at the first position of lesion 1 (the nerve placed that close). */
  readonly firstMotorThresholdVolts: number | null
  /** The API is unreachable from `fromT` to `toT` on the device clock, s. */
  readonly networkLoss: { readonly fromT: number; readonly toT: number } | null
}

/**
 * A nearly empty cylinder: 0.1 kg per litre is vapour only, about 38 bar at 20 °C, too little for the
 * Joule-Thomson drive to bring the tip within the protocol's tolerance of −78 °C.
 */
export const lowGasFillKg = (p: ProbeParameters): number => 0.1 * p.cylinderVolumeLitres

/** The plan for a set of faults (each one at most once). */
export const faultPlan = (
  p: ProbeParameters,
  faults: ReadonlyArray<FaultName>,
  lesions: number
): FaultPlan => {
  const has = (name: FaultName) => faults.includes(name)
  return {
    cylinderFillKg: has("low-gas") ? lowGasFillKg(p) : p.cylinderFillKg,
    gasPath: has("occluded")
      ? { flowFactor: 0.7, exhaustBar: 2.5 }
      : { flowFactor: 1, exhaustBar: p.exhaustPressureBar },
    dropout: has("sensor-dropout")
      ? { lesion: Math.min(2, lesions), cycle: 1, fromSeconds: 40, toSeconds: 46 }
      : null,
    firstMotorThresholdVolts: has("motor-response") ? 1.2 : null,
    networkLoss: has("network-loss") ? { fromT: 150, toT: 270 } : null
  }
}
