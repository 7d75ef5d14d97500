import type { FreezeProtocol, Model, Protocol } from "@cryoreg/domain"

/** One planned lesion: where the probe goes. */
export interface PlannedLesion {
  readonly side: Model.Side
  readonly level: FreezeProtocol.SpinalLevel
}

/**
 * Probe positions for `perSide` lesions on each treated side along the protocol's levels (L5–S3): the first
 * level once, the others sharing the rest (7 a side: L5, S1, S1, S2, S2, S3, S3). Bilateral: left, then right.
 */
export const planLesions = (
  side: Model.TreatedSide,
  perSide: number,
  protocol: Protocol.Protocol
): ReadonlyArray<PlannedLesion> => {
  const sides: ReadonlyArray<Model.Side> = side === "bilateral" ? ["left", "right"] : [side]
  const [first, ...rest] = protocol.cryo.levels
  const levels: Array<FreezeProtocol.SpinalLevel> = []
  if (first === undefined) return []
  if (perSide <= protocol.cryo.levels.length) levels.push(...protocol.cryo.levels.slice(0, perSide))
  else {
    levels.push(first)
    const remaining = perSide - 1
    rest.forEach((level, i) => {
      const count = Math.floor(remaining / rest.length) + (i < remaining % rest.length ? 1 : 0)
      for (let k = 0; k < count; k++) levels.push(level)
    })
  }
  return sides.flatMap((s) => levels.map((level) => ({ side: s, level })))
}

/** How long the clinic's steps take on the device clock, s (uniform in [min, max) where a range). */
export interface Timing {
  readonly positioningSeconds: { readonly min: number; readonly max: number }
  readonly repositioningSeconds: { readonly min: number; readonly max: number }
  /** One voltage step of the stimulation sweep (the 2 Hz pulses at one voltage). */
  readonly stimulationStepSeconds: number
  readonly voltageSteps: number
  /** From a negative test to opening the gas, and between cycles at one position. */
  readonly pauseSeconds: number
  /** Give up a thaw that has not reached the protocol's thaw temperature after this long. */
  readonly maxThawSeconds: number
}

/** Times of a fluoroscopy-guided placement and a 10-step sweep of 2 Hz pulses. */
export const clinicTiming: Timing = {
  positioningSeconds: { min: 15, max: 30 },
  repositioningSeconds: { min: 8, max: 15 },
  stimulationStepSeconds: 1,
  voltageSteps: 10,
  pauseSeconds: 3,
  maxThawSeconds: 300
}
