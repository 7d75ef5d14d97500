/** Live procedures: protocol events, telemetry batches, procedure state and stream messages. */

import { FreezeProtocol, Model } from "@cryoreg/domain"
import { Schema } from "effect"
import { AbortReason } from "./Page.js"

const Count = Schema.NonNegativeInt
const Text = Schema.NonEmptyTrimmedString.pipe(Schema.maxLength(200))

/** A protocol event as a device posts it: every `FreezeProtocol.Event` except `Telemetry` (own route). */
export const ProtocolEvent = Schema.Union(
  FreezeProtocol.ProbePositioned,
  FreezeProtocol.StimulationTested,
  FreezeProtocol.FreezeStarted,
  FreezeProtocol.FreezeEnded,
  FreezeProtocol.ThawCompleted,
  FreezeProtocol.LesionCompleted,
  FreezeProtocol.ProcedureCompleted
)
export type ProtocolEvent = typeof ProtocolEvent.Type

/** Where the `FreezeProtocol` state machine of a procedure stands (its state's tag). */
export const ProtocolPhase = Schema.Literal(
  "Idle",
  "Positioned",
  "Stimulated",
  "Freezing",
  "Thawing",
  "Thawed",
  "Completed"
)
export type ProtocolPhase = typeof ProtocolPhase.Type

/** Path of a procedure's routes. */
export const ProcedurePath = Schema.Struct({ id: Model.ProcedureId })

/** `POST /api/patients/:id/procedure/live`: open a procedure that a device will drive as it happens. */
export const NewLiveProcedure = Schema.Struct({
  side: Model.TreatedSide,
  /** Lesions planned on each treated side (the study: 6–7). */
  lesionsPerSide: Schema.Int.pipe(Schema.between(1, 14)),
  deviceSerial: Text,
  operator: Text,
  date: Model.CalendarDate
})
export type NewLiveProcedure = typeof NewLiveProcedure.Type

/** Where a live procedure stands: open (`live`), ended by `ProcedureCompleted`, or aborted by the staff. */
export const LiveProcedureMode = Schema.Literal("live", "completed", "aborted")
export type LiveProcedureMode = typeof LiveProcedureMode.Type

/**
 * A live procedure's record; `mode` turns `completed` when `ProcedureCompleted` is stored, `aborted` when a
 * staff member aborts it. Its id is the id of the patient's procedure record it becomes on completion.
 */
export const LiveProcedure = Schema.Struct({
  id: Model.ProcedureId,
  patientId: Model.PatientId,
  centerId: Model.CenterId,
  ...NewLiveProcedure.fields,
  mode: LiveProcedureMode,
  createdAt: Schema.String,
  /** When it was completed or aborted. */
  endedAt: Schema.NullOr(Schema.String),
  /** Why it was aborted (null unless aborted). */
  abortReason: Schema.NullOr(Schema.String)
})
export type LiveProcedure = typeof LiveProcedure.Type

/**
 * The answer to opening a live procedure, or to issuing it a new device token: the record and a `device`
 * token bound to it alone.
 */
export const LiveProcedureCreated = Schema.Struct({
  procedure: LiveProcedure,
  /** Bearer token of role `device` that may post this procedure's events and telemetry, nothing else. */
  deviceToken: Schema.String,
  deviceTokenExpiresAt: Schema.String
})
export type LiveProcedureCreated = typeof LiveProcedureCreated.Type

/** `POST /api/procedures/:id/abort`: ends an open live procedure; the reason is kept in the history. */
export const AbortRequest = Schema.Struct({ reason: AbortReason })
export type AbortRequest = typeof AbortRequest.Type

/** An open live procedure as the patient's record shows it: where it stands and how far it has come. */
export const OpenLiveProcedure = Schema.Struct({
  id: Model.ProcedureId,
  side: Model.TreatedSide,
  lesionsPerSide: NewLiveProcedure.fields.lesionsPerSide,
  phase: ProtocolPhase,
  /** Lesions closed so far. */
  lesions: Count,
  startedAt: Schema.String
})
export type OpenLiveProcedure = typeof OpenLiveProcedure.Type

/**
 * `POST /api/procedures/:id/events`: events in order. `firstIndex` is the position of the first one in the
 * procedure's event list (0 for the first event ever), so a resent batch stores nothing twice.
 */
export const EventBatch = Schema.Struct({
  firstIndex: Count,
  events: Schema.Array(ProtocolEvent).pipe(Schema.minItems(1), Schema.maxItems(200))
})
export type EventBatch = typeof EventBatch.Type

/** What an event batch did: how many were new, where the list stands, deviations the new events raised. */
export const EventsAccepted = Schema.Struct({
  received: Count,
  stored: Count,
  nextIndex: Count,
  phase: ProtocolPhase,
  deviations: Schema.Array(FreezeProtocol.SummaryDeviation)
})
export type EventsAccepted = typeof EventsAccepted.Type

/** `POST /api/procedures/:id/telemetry`: samples in sequence order (1–2000 a batch). */
export const TelemetryBatch = Schema.Struct({
  samples: Schema.Array(Model.TelemetrySample).pipe(Schema.minItems(1), Schema.maxItems(2000))
})
export type TelemetryBatch = typeof TelemetryBatch.Type

/** What a telemetry batch did: `stored` counts the samples whose sequence number was new. */
export const TelemetryAccepted = Schema.Struct({
  received: Count,
  stored: Count,
  /** Highest sequence number stored for the procedure (null before the first sample). */
  lastSeq: Schema.NullOr(Count)
})
export type TelemetryAccepted = typeof TelemetryAccepted.Type

const Seconds = Schema.NumberFromString.pipe(Schema.nonNegative({ message: () => "a time is 0 s or more" }))

/** `GET /api/procedures/:id/telemetry`: device-time window (s) and, for charts, at most `maxPoints` samples. */
export const TelemetryQuery = Schema.Struct({
  from: Schema.optional(Seconds),
  to: Schema.optional(Seconds),
  maxPoints: Schema.optional(
    Schema.NumberFromString.pipe(
      Schema.int({ message: () => "maxPoints is a whole number from 2 to 100000" }),
      Schema.between(2, 100_000, { message: () => "maxPoints is a whole number from 2 to 100000" })
    )
  )
})
export type TelemetryQuery = typeof TelemetryQuery.Type

/** Stored samples of a window; when `downsampled`, the extremes of each bucket (min and max tip) are kept. */
export const TelemetrySeries = Schema.Struct({
  samples: Schema.Array(Model.TelemetrySample),
  /** Samples stored in the window before any downsampling. */
  total: Count,
  downsampled: Schema.Boolean
})
export type TelemetrySeries = typeof TelemetrySeries.Type

/** A completed freeze-thaw cycle with what its telemetry shows against the protocol. */
export const CycleView = Schema.Struct({
  ...Model.FreezeCycle.fields,
  evaluation: FreezeProtocol.CycleEvaluation
})
export type CycleView = typeof CycleView.Type

/** A closed lesion: position, the stimulation test that cleared it, its evaluated cycles. */
export const LesionView = Schema.Struct({
  side: Model.Side,
  level: Model.Lesion.fields.level,
  stimulation: Model.StimulationTest,
  cycles: Schema.Array(CycleView)
})
export type LesionView = typeof LesionView.Type

/** The probe's current position and its gate: `finding` null means cleared to freeze. */
export const ProbePosition = Schema.Struct({
  side: Model.Side,
  level: FreezeProtocol.SpinalLevel,
  stimulation: Schema.NullOr(Model.StimulationTest),
  finding: Schema.NullOr(FreezeProtocol.StimulationFinding),
  cyclesDone: Count
})

/** `GET /api/procedures/:id`: the procedure as the state machine sees it, with cycle evaluations and deviations. */
export const LiveProcedureState = Schema.Struct({
  procedure: LiveProcedure,
  phase: ProtocolPhase,
  current: Schema.NullOr(ProbePosition),
  lesions: Schema.Array(LesionView),
  /** Every deviation so far (`FreezeProtocol.summarize` of the closed lesions, count rules once completed). */
  deviations: Schema.Array(FreezeProtocol.SummaryDeviation),
  nextEventIndex: Count,
  lastSeq: Schema.NullOr(Count),
  samples: Count
})
export type LiveProcedureState = typeof LiveProcedureState.Type

/**
 * One message of `GET /api/procedures/:id/stream`. On the wire: `event:` is the `_tag`, `data:` the JSON,
 * `id:` a position that increases per procedure; a client reconnecting with `Last-Event-ID` (header, or the
 * `lastEventId` query) receives every message after it.
 */
export const StreamMessage = Schema.Union(
  Schema.TaggedStruct("Samples", { samples: Schema.Array(Model.TelemetrySample) }),
  Schema.TaggedStruct("ProtocolEventStored", { index: Count, event: ProtocolEvent, phase: ProtocolPhase }),
  Schema.TaggedStruct("CycleEvaluated", {
    lesion: Count,
    cycle: Count,
    evaluation: FreezeProtocol.CycleEvaluation
  }),
  Schema.TaggedStruct("Deviation", { deviation: FreezeProtocol.SummaryDeviation })
)
export type StreamMessage = typeof StreamMessage.Type

/** `?lastEventId=` of the stream, for clients that cannot send the `Last-Event-ID` header. */
export const StreamQuery = Schema.Struct({
  lastEventId: Schema.optional(Schema.String.pipe(Schema.maxLength(40)))
})

/** Filters of `GET /api/procedures`. */
export const LiveProcedureQuery = Schema.Struct({
  patient: Schema.optional(Model.PatientId),
  mode: Schema.optional(LiveProcedureMode)
})
