import type { Side, TreatedSide } from "../Model/Scales.js"
import type { Protocol } from "../Protocol.js"
import type { SpinalLevel } from "./Events.js"

/** One planned lesion: where the probe goes. */
export interface PlannedLesion {
  readonly side: Side
  readonly level: SpinalLevel
}

/**
 * The protocol's plan of a procedure, the one the simulator runs and the dashboard's procedure form
 * proposes: probe positions for `perSide` lesions on each treated side along the protocol's levels (L5–S3): the first
 * level once, the others sharing the rest (7 a side: L5, S1, S1, S2, S2, S3, S3). Bilateral: left, then right.
 *
 * @example
 * FreezeProtocol.planLesions("right", 7, Protocol.study).map((l) => l.level) // L5 S1 S1 S2 S2 S3 S3
 */
export const planLesions = (
  side: TreatedSide,
  perSide: number,
  protocol: Protocol
): ReadonlyArray<PlannedLesion> => {
  const sides: ReadonlyArray<Side> = side === "bilateral" ? ["left", "right"] : [side]
  const [first, ...rest] = protocol.cryo.levels
  const levels: Array<SpinalLevel> = []
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
