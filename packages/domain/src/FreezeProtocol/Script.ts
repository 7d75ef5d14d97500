import type { Side } from "../Model/Scales.js"
import type { Protocol } from "../Protocol.js"
import type { Event, SpinalLevel } from "./Events.js"

/** Where and how a textbook lesion is scripted; times in seconds on the device clock. */
export interface LesionScript {
  readonly side: Side
  readonly level: SpinalLevel
  /** Device time of the first freeze, and the first telemetry sequence number to use. */
  readonly startT: number
  readonly startSeq: number
  /** Defaults: the protocol's minimum cycles and freeze duration, a sample a second, 30 s thaw. */
  readonly cycles?: number
  readonly freezeSeconds?: number
  readonly sampleEverySeconds?: number
  readonly thawSeconds?: number
}

/** Events of one scripted lesion and where the clock and sequence numbers stand after it. */
export interface ScriptedLesion {
  readonly events: ReadonlyArray<Event>
  readonly nextT: number
  readonly nextSeq: number
}

/**
 * The events of one lesion done by the book: probe placed, negative stimulation test at the protocol's
 * frequency up to its voltage, then freeze-thaw cycles whose tip sits at the target temperature for the
 * whole freeze and warms linearly to the thaw temperature (a square wave, no cooling physics).
 *
 * @example
 * FreezeProtocol.textbookLesion(Protocol.study, { side: "left", level: "S1", startT: 0, startSeq: 0 }).events
 */
export const textbookLesion = (protocol: Protocol, script: LesionScript): ScriptedLesion => {
  const { cryo } = protocol
  const cycles = script.cycles ?? cryo.freezeCyclesPerLesion.min
  const freezeSeconds = script.freezeSeconds ?? cryo.freezeSeconds
  const dt = script.sampleEverySeconds ?? 1
  const thawSeconds = script.thawSeconds ?? 30
  const v = cryo.stimulation.maxVoltage
  const events: Array<Event> = [
    { _tag: "ProbePositioned", side: script.side, level: script.level },
    {
      _tag: "StimulationTested",
      frequencyHz: cryo.stimulation.frequencyHz,
      voltagesTried: [v / 4, v / 2, (3 * v) / 4, v],
      motorResponseAtVoltage: null
    }
  ]
  let t = script.startT
  let seq = script.startSeq
  const sample = (at: number, tipTemperatureC: number, pressureBar: number): Event => ({
    _tag: "Telemetry",
    sample: { t: at, tipTemperatureC, pressureBar, seq: seq++ }
  })
  for (let c = 0; c < cycles; c++) {
    const start = t
    events.push({ _tag: "FreezeStarted", t: start })
    for (let k = 0; k * dt <= freezeSeconds; k++)
      events.push(sample(start + k * dt, cryo.targetTemperatureC, 55))
    const end = start + freezeSeconds
    events.push({ _tag: "FreezeEnded", t: end })
    for (let k = 1; k * dt <= thawSeconds; k++) {
      const warmed = (k * dt) / thawSeconds
      const tip = cryo.targetTemperatureC + warmed * (cryo.thawCompleteTemperatureC - cryo.targetTemperatureC)
      events.push(sample(end + k * dt, tip, 0))
    }
    t = end + thawSeconds
    events.push({ _tag: "ThawCompleted", t })
    t += dt
  }
  events.push({ _tag: "LesionCompleted" })
  return { events, nextT: t, nextSeq: seq }
}
