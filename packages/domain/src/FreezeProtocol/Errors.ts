import { Schema } from "effect"
import { StimulationTest } from "../Model/Procedure.js"
import { Side } from "../Model/Scales.js"
import { Level } from "../Protocol.js"
import { SpinalLevel } from "./Events.js"

const Position = Schema.Struct({ side: Side, level: SpinalLevel })

/** Why a stimulation test does not clear the probe for a freeze. */
export const StimulationFinding = Schema.Literal(
  "no-test",
  "wrong-frequency",
  "voltage-not-reached",
  "motor-response"
)
export type StimulationFinding = typeof StimulationFinding.Type

/** A freeze was started without a negative motor test at the protocol's frequency up to its voltage. */
export class FreezeWithoutNegativeStimulation extends Schema.TaggedError<FreezeWithoutNegativeStimulation>()(
  "FreezeWithoutNegativeStimulation",
  {
    side: Side,
    level: Level,
    finding: StimulationFinding,
    test: Schema.NullOr(StimulationTest),
    requiredFrequencyHz: Schema.Number,
    requiredMaxVoltage: Schema.Number,
    message: Schema.String
  }
) {}

/** The probe was moved while a freeze or its thaw was still running. */
export class RepositionBeforeThaw extends Schema.TaggedError<RepositionBeforeThaw>()("RepositionBeforeThaw", {
  from: Position,
  to: Position,
  phase: Schema.Literal("freezing", "thawing"),
  message: Schema.String
}) {}

/** A freeze was started again before the previous one ended and thawed. */
export class FreezeBeforeThaw extends Schema.TaggedError<FreezeBeforeThaw>()("FreezeBeforeThaw", {
  side: Side,
  level: Level,
  phase: Schema.Literal("freezing", "thawing"),
  t: Schema.Number,
  message: Schema.String
}) {}

/** A freeze would exceed the protocol's freeze-thaw cycles per lesion. */
export class TooManyFreezeCycles extends Schema.TaggedError<TooManyFreezeCycles>()("TooManyFreezeCycles", {
  side: Side,
  level: Level,
  cyclesDone: Schema.Number,
  maxCycles: Schema.Number,
  message: Schema.String
}) {}

/** A telemetry sample whose sequence number or time does not come after the previous one. */
export class TelemetryOutOfOrder extends Schema.TaggedError<TelemetryOutOfOrder>()("TelemetryOutOfOrder", {
  seq: Schema.Number,
  t: Schema.Number,
  previousSeq: Schema.NullOr(Schema.Number),
  previousT: Schema.NullOr(Schema.Number),
  message: Schema.String
}) {}

/** The probe was placed at a level the protocol does not lesion. */
export class LevelNotInProtocol extends Schema.TaggedError<LevelNotInProtocol>()("LevelNotInProtocol", {
  level: SpinalLevel,
  allowed: Schema.Array(Level),
  message: Schema.String
}) {}

/** An event that makes no sense in the current phase (e.g. "freeze ended" while not freezing). */
export class UnexpectedEvent extends Schema.TaggedError<UnexpectedEvent>()("UnexpectedEvent", {
  event: Schema.String,
  state: Schema.String,
  message: Schema.String
}) {}

/** A lesion was closed although no freeze-thaw cycle was completed at that position. */
export class LesionWithoutFreeze extends Schema.TaggedError<LesionWithoutFreeze>()("LesionWithoutFreeze", {
  position: Schema.NullOr(Position),
  message: Schema.String
}) {}

/** The procedure was closed while a freeze, a thaw or a lesion was still open. */
export class ProcedureCompletedMidCycle extends Schema.TaggedError<ProcedureCompletedMidCycle>()(
  "ProcedureCompletedMidCycle",
  {
    position: Position,
    phase: Schema.Literal("freezing", "thawing", "lesion-open"),
    message: Schema.String
  }
) {}

/** Every way a step of the procedure can be refused, as a Schema for the wire. */
export const IllegalStep = Schema.Union(
  FreezeWithoutNegativeStimulation,
  RepositionBeforeThaw,
  FreezeBeforeThaw,
  TooManyFreezeCycles,
  TelemetryOutOfOrder,
  LevelNotInProtocol,
  UnexpectedEvent,
  LesionWithoutFreeze,
  ProcedureCompletedMidCycle
)
export type IllegalStep = typeof IllegalStep.Type
