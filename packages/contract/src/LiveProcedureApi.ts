// The live-procedure endpoints (events, telemetry, stream); Api.ts re-exports them, so export only endpoints
// here (every export becomes a client method): their schemas live in LiveProcedures.ts.
import { Schema } from "effect"
import { clinicalRoles, procedureDriverRoles, procedureReaderRoles, writerRoles } from "./Access.js"
import * as E from "./Endpoint.js"
import * as Errors from "./Errors.js"
import * as L from "./LiveProcedures.js"
import { PatientPath } from "./Patients.js"

const tag = "Live procedures"
const procedurePath = "/api/procedures/:id"

/**
 * `POST /api/patients/:id/procedure/live`: opens the patient's procedure in `live` mode (404 `PatientNotFound`,
 * 409 `ProcedureExists` when the patient already has one, recorded or live). A `device` caller of the patient's center may open
 * one too. The answer carries a fresh `device` token bound to this procedure only.
 */
export const createLiveProcedure = E.post("createLiveProcedure", {
  path: "/api/patients/:id/procedure/live",
  tag,
  summary: "Open a live procedure driven by a device; the answer carries a device token bound to it",
  roles: procedureDriverRoles,
  errors: ["PatientWithdrawn", "NotFound", "ProcedureExists", "StepOutOfOrder", "RuleViolation"],
  params: PatientPath,
  body: L.NewLiveProcedure,
  success: L.LiveProcedureCreated
})

/**
 * `POST /api/procedures/:id/abort`: ends an open live procedure with the reason (audited as `abort`). Its
 * device token stops working and the patient may then have another procedure. 409 `ProcedureNotOpen` when it
 * was already completed or aborted. Staff of the procedure's center only: not its device.
 */
export const abortLiveProcedure = E.post("abortLiveProcedure", {
  path: `${procedurePath}/abort`,
  tag,
  summary: "Abort an open live procedure, with the reason; its device token stops working",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "ProcedureNotOpen"],
  params: L.ProcedurePath,
  body: L.AbortRequest,
  success: L.LiveProcedure,
  status: 200
})

/**
 * `POST /api/procedures/:id/device-token`: a new device token for an open live procedure; every earlier
 * token of the procedure stops working (409 `ProcedureNotOpen` once it is completed or aborted).
 */
export const issueDeviceToken = E.post("issueDeviceToken", {
  path: `${procedurePath}/device-token`,
  tag,
  summary: "Issue a new device token for an open live procedure; the earlier ones stop working",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "ProcedureNotOpen"],
  params: L.ProcedurePath,
  success: L.LiveProcedureCreated
})

// The reads below are patient-level (real patient id, operator, device, date, telemetry): clinical roles only.
// The statistician gets procedure and telemetry figures through the analysis and the pseudonymized exports.

/** `GET /api/procedures`. */
export const listLiveProcedures = E.get("listLiveProcedures", {
  path: "/api/procedures",
  tag,
  summary: "Live and completed device-driven procedures the caller may see",
  roles: clinicalRoles,
  query: L.LiveProcedureQuery,
  success: Schema.Struct({ items: Schema.Array(L.LiveProcedure) })
})

/** `GET /api/procedures/:id`. */
export const getLiveProcedure = E.get("getLiveProcedure", {
  path: procedurePath,
  tag,
  summary: "A procedure's protocol state: phase, probe gate, lesions, cycle evaluations, deviations",
  roles: procedureReaderRoles,
  errors: ["NotFound"],
  params: L.ProcedurePath,
  success: L.LiveProcedureState
})

/**
 * `POST /api/procedures/:id/events`: applies the events in order through `FreezeProtocol.apply`. Events whose
 * index is already stored are skipped (409 `EventConflict` if one differs; 409 `EventIndexGap` when
 * `firstIndex` is past the stored list). A refused step answers 409 with the domain error's tag (e.g.
 * `FreezeWithoutNegativeStimulation`) and message, and stores nothing of the batch.
 */
export const postProcedureEvents = E.post("postProcedureEvents", {
  path: `${procedurePath}/events`,
  tag,
  summary: "Post protocol events (the FreezeProtocol state machine decides); idempotent by index",
  roles: procedureDriverRoles,
  errors: [
    "PatientWithdrawn",
    "NotFound",
    "ProcedureExists",
    "StepOutOfOrder",
    "RuleViolation",
    "ProcedureNotOpen",
    "EventIndexGap",
    "EventConflict",
    ...Errors.protocolRefusals
  ],
  params: L.ProcedurePath,
  body: L.EventBatch,
  success: L.EventsAccepted,
  status: 200
})

/**
 * `POST /api/procedures/:id/telemetry`: stores the samples whose sequence number is new, in one transaction
 * (a resent or overlapping batch stores nothing twice). A sample out of the domain's ranges answers 400 with
 * the field named in `issues`, and nothing of the batch is stored.
 */
export const postTelemetry = E.post("postTelemetry", {
  path: `${procedurePath}/telemetry`,
  tag,
  summary: "Post a batch of probe telemetry; idempotent by sequence number",
  roles: procedureDriverRoles,
  errors: ["NotFound", "ProcedureNotOpen", ...Errors.protocolRefusals],
  params: L.ProcedurePath,
  body: L.TelemetryBatch,
  success: L.TelemetryAccepted,
  status: 200
})

/** `GET /api/procedures/:id/telemetry?from=&to=&maxPoints=`. */
export const getTelemetry = E.get("getTelemetry", {
  path: `${procedurePath}/telemetry`,
  tag,
  summary: "Stored telemetry of a time window, downsampled (bucket extremes kept) to maxPoints when asked",
  roles: procedureReaderRoles,
  errors: ["NotFound"],
  params: L.ProcedurePath,
  query: L.TelemetryQuery,
  success: L.TelemetrySeries
})

/** `GET /api/procedures/:id/stream`: Server-Sent Events; each `data:` decodes with `StreamMessage`. */
export const procedureStream = E.get("procedureStream", {
  path: `${procedurePath}/stream`,
  tag,
  summary: "Samples, protocol events, cycle evaluations and deviations as they are stored (resumable)",
  roles: clinicalRoles,
  params: L.ProcedurePath,
  query: L.StreamQuery,
  success: L.StreamMessage,
  answer: "sse"
})
