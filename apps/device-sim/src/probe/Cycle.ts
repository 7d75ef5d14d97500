import type { Model } from "@cryoreg/domain"
import type { ProbeParameters } from "./Parameters.js"
import { clearPath, type GasPath, initialProbe, type ProbeState, readSample, stepProbe } from "./Probe.js"
import type { Random } from "./Random.js"

/** One telemetry sample with the probe's state behind it (the ice ball is not in the telemetry). */
export interface CycleSample {
  readonly sample: Model.TelemetrySample
  readonly probe: ProbeState
}

/**
 * One freeze of `freezeSeconds` (valve open) then passive thaw until the printed tip temperature is at least
 * `thawEndC`, sampled at the parameters' rate, from `state` (default: a fresh probe) and sequence number `seq0`.
 */
export function* freezeThawCycle(options: {
  readonly parameters: ProbeParameters
  readonly freezeSeconds: number
  readonly thawEndC: number
  readonly seq0: number
  readonly random: Random
  readonly state?: ProbeState
  readonly path?: GasPath
  /** Stop a thaw that has not reached `thawEndC` after this long, s. */
  readonly maxThawSeconds?: number
}): Generator<CycleSample, ProbeState> {
  const p = options.parameters
  const path = options.path ?? clearPath(p)
  const dt = 1 / p.sampleRateHz
  const t0 = options.state?.t ?? 0
  let seq = options.seq0
  let state: ProbeState = { ...(options.state ?? initialProbe(p)), valveOpen: true }
  const tick = (k: number, next: ProbeState): ProbeState => ({
    ...next,
    t: Math.round((t0 + k * dt) * 1000) / 1000
  })
  const freezeTicks = Math.round(options.freezeSeconds * p.sampleRateHz)
  const lastTick = freezeTicks + Math.round((options.maxThawSeconds ?? 600) * p.sampleRateHz)
  for (let k = 0; k <= lastTick; k++) {
    if (k === freezeTicks + 1) state = { ...state, valveOpen: false }
    if (k > 0) state = tick(k, stepProbe(p, state, path, dt))
    const sample = readSample(p, state, path, seq++, options.random)
    yield { sample, probe: state }
    if (k > freezeTicks && sample.tipTemperatureC >= options.thawEndC) break
  }
  return state
}
