/** One telemetry sample from the simulated cryoprobe (time s, tip °C, CO2 pressure bar, sequence number). */
export interface ProbeSample {
  readonly t: number
  readonly tipTemperatureC: number
  readonly pressureBar: number
  readonly seq: number
}

/** Physical parameters of the simulated CO2 Joule-Thomson probe. */
export interface ProbeModel {
  /** Tissue temperature the tip starts from and thaws back to, °C. */
  readonly bodyTemperatureC: number
  /** Temperature the tip settles at while gas flows, °C (CO2 Joule-Thomson: about −78). */
  readonly plateauTemperatureC: number
  /** Time constant of the cool-down, s. */
  readonly coolingTauSeconds: number
  /** Time constant of the passive thaw, s (slower: the ice ball melts from tissue heat). */
  readonly thawTauSeconds: number
  /** Supply pressure while freezing, bar. */
  readonly supplyPressureBar: number
  /** Standard deviation of the sensor noise, °C. */
  readonly noiseC: number
}

/** A Cryoflex-like CO2 probe. */
export const co2Probe: ProbeModel = {
  bodyTemperatureC: 34,
  plateauTemperatureC: -79,
  coolingTauSeconds: 4,
  thawTauSeconds: 25,
  supplyPressureBar: 55,
  noiseC: 0.4
}

/** A small seeded PRNG (mulberry32), so a simulated run can be replayed. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Telemetry of one freeze of `freezeSeconds` followed by passive thaw until the tip is above
 * `thawEndC`, sampled every `stepSeconds`, starting at time `t0` and sequence number `seq0`.
 */
export function* freezeThawCycle(options: {
  readonly model: ProbeModel
  readonly freezeSeconds: number
  readonly thawEndC: number
  readonly stepSeconds: number
  readonly t0: number
  readonly seq0: number
  readonly random: () => number
}): Generator<ProbeSample> {
  const { model, random } = options
  const noise = () => (random() + random() + random() - 1.5) * 2 * model.noiseC
  let seq = options.seq0
  let t = options.t0
  let temperature = model.bodyTemperatureC
  for (let s = 0; s <= options.freezeSeconds; s += options.stepSeconds) {
    temperature =
      model.plateauTemperatureC +
      (model.bodyTemperatureC - model.plateauTemperatureC) * Math.exp(-s / model.coolingTauSeconds)
    yield {
      t,
      tipTemperatureC: temperature + noise(),
      pressureBar: model.supplyPressureBar + noise(),
      seq: seq++
    }
    t += options.stepSeconds
  }
  const frozenAt = temperature
  for (let s = options.stepSeconds; temperature < options.thawEndC; s += options.stepSeconds) {
    temperature =
      model.bodyTemperatureC + (frozenAt - model.bodyTemperatureC) * Math.exp(-s / model.thawTauSeconds)
    yield { t, tipTemperatureC: temperature + noise(), pressureBar: 0, seq: seq++ }
    t += options.stepSeconds
  }
}
