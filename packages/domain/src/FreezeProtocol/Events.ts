import { Schema } from "effect"
import { Seconds, StimulationTest, TelemetrySample } from "../Model/Procedure.js"
import { Side } from "../Model/Scales.js"

/** A spinal level a probe can be placed at; the protocol says which of them may be lesioned. */
export const SpinalLevel = Schema.Literal("L3", "L4", "L5", "S1", "S2", "S3", "S4")
export type SpinalLevel = typeof SpinalLevel.Type

/** The probe was placed at the lateral branch of a level on one side. */
export const ProbePositioned = Schema.TaggedStruct("ProbePositioned", { side: Side, level: SpinalLevel })

/** A motor stimulation test was done with the probe in place. */
export const StimulationTested = Schema.TaggedStruct("StimulationTested", StimulationTest.fields)

/** Gas flow started: a freeze cycle begins at device time `t`. */
export const FreezeStarted = Schema.TaggedStruct("FreezeStarted", { t: Seconds })

/** A telemetry sample arrived from the device. */
export const Telemetry = Schema.TaggedStruct("Telemetry", { sample: TelemetrySample })

/** Gas flow stopped at device time `t`: passive thaw begins. */
export const FreezeEnded = Schema.TaggedStruct("FreezeEnded", { t: Seconds })

/** The tip thawed (passive thaw complete) at device time `t`. */
export const ThawCompleted = Schema.TaggedStruct("ThawCompleted", { t: Seconds })

/** The operator closed the lesion at the current probe position. */
export const LesionCompleted = Schema.TaggedStruct("LesionCompleted", {})

/** The operator closed the procedure. */
export const ProcedureCompleted = Schema.TaggedStruct("ProcedureCompleted", {})

/** Anything that can happen during a procedure, as it travels on the wire (`_tag` discriminated). */
export const Event = Schema.Union(
  ProbePositioned,
  StimulationTested,
  FreezeStarted,
  Telemetry,
  FreezeEnded,
  ThawCompleted,
  LesionCompleted,
  ProcedureCompleted
)
export type Event = typeof Event.Type
