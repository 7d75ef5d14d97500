import { Schema } from "effect"
import { FreezeCycle, StimulationTest, TelemetrySample } from "../Model/Procedure.js"
import { Side } from "../Model/Scales.js"
import type { Protocol } from "../Protocol.js"
import { Level } from "../Protocol.js"

/** A completed freeze-thaw cycle (a `Model.FreezeCycle`) with the telemetry from freeze start to thaw end. */
export const CycleRecord = Schema.Struct({ ...FreezeCycle.fields, samples: Schema.Array(TelemetrySample) })
export type CycleRecord = typeof CycleRecord.Type

/** The lesion at the current probe position: the last stimulation test there (if any) and its cycles. */
export const OpenLesion = Schema.Struct({
  side: Side,
  level: Level,
  stimulation: Schema.NullOr(StimulationTest),
  freezeCycles: Schema.Array(CycleRecord)
})
export type OpenLesion = typeof OpenLesion.Type

/** A closed lesion: a `Model.Lesion` whose cycles keep their telemetry. */
export const LesionRecord = Schema.Struct({ ...OpenLesion.fields, stimulation: StimulationTest })
export type LesionRecord = typeof LesionRecord.Type

const common = {
  /** Lesions closed so far, in order. */
  lesions: Schema.Array(LesionRecord),
  /** The latest telemetry sample accepted (sequence and time must increase past it). */
  lastSample: Schema.NullOr(TelemetrySample),
  /** The latest device time seen in any event; times never go back. */
  clock: Schema.NullOr(Schema.Finite)
}

/** No probe in place (start of the procedure, or after a lesion was closed). */
export const Idle = Schema.TaggedStruct("Idle", common)

/** Probe in place, no negative stimulation test yet since it was placed (none, or one with a motor response). */
export const Positioned = Schema.TaggedStruct("Positioned", { ...common, current: OpenLesion })

/** Probe in place and a negative stimulation test at the protocol's frequency and voltage: cleared to freeze. */
export const Stimulated = Schema.TaggedStruct("Stimulated", { ...common, current: OpenLesion })

/** Gas flowing: a freeze cycle is running; telemetry is collected for it. */
export const Freezing = Schema.TaggedStruct("Freezing", {
  ...common,
  current: OpenLesion,
  startedAt: Schema.Finite,
  samples: Schema.Array(TelemetrySample)
})

/** Gas stopped, passive thaw running; the probe must stay where it is. */
export const Thawing = Schema.TaggedStruct("Thawing", {
  ...common,
  current: OpenLesion,
  startedAt: Schema.Finite,
  endedAt: Schema.Finite,
  samples: Schema.Array(TelemetrySample)
})

/** At least one freeze-thaw cycle done at this position; another cycle may follow or the lesion is closed. */
export const Thawed = Schema.TaggedStruct("Thawed", { ...common, current: OpenLesion })

/** The procedure was closed; no further event is accepted. */
export const Completed = Schema.TaggedStruct("Completed", common)

/** The state of one procedure (an immutable tagged union, serialisable with its Schema). */
export const State = Schema.Union(Idle, Positioned, Stimulated, Freezing, Thawing, Thawed, Completed)
export type State = typeof State.Type

/** The state before anything happened in a procedure run under `protocol`. */
export const initial = (_protocol: Protocol): State => idle

// `Idle.make` validates its (constant) value on every call: once per replayed procedure, 30–40 µs.
const idle: State = Idle.make({ lesions: [], lastSample: null, clock: null })
