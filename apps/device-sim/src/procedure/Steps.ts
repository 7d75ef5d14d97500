import type { ProtocolEvent } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import type { ProbeState } from "../probe/Probe.js"

/** What the clinic is doing, for the progress display. */
export type Activity = "starting" | "positioning" | "stimulating" | "ready" | "freezing" | "thawing" | "done"

/** Where a run stands: lesion i of N (1-based; 0 before the first), its position, the cycle (0: none yet). */
export interface Where {
  readonly lesion: number
  readonly lesions: number
  readonly side: Model.Side | null
  readonly level: string | null
  readonly cycle: number
  readonly cycles: number
  readonly activity: Activity
}

/** One tick of the device clock: the probe's state and what its sensors sent (null during a dropout). */
export interface Tick {
  readonly kind: "tick"
  readonly t: number
  readonly probe: ProbeState
  readonly sample: Model.TelemetrySample | null
  readonly where: Where
}

/** A protocol event the device records at device time `t`. */
export interface EventStep {
  readonly kind: "event"
  readonly t: number
  readonly event: ProtocolEvent
  readonly where: Where
}

/** What a simulated procedure produces, in device-time order. */
export type Step = Tick | EventStep
