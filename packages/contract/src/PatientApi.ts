import { Model } from "@cryoreg/domain"
import { Schema } from "effect"
import * as Access from "./Access.js"
import * as Audit from "./Audit.js"
import * as E from "./Endpoint.js"
import { CountedPage, Items } from "./Page.js"
import * as P from "./Patients.js"
import * as V from "./Views.js"

// Patients and their clinical records, screening to the last visit; Api.ts re-exports every endpoint here.
const { clinicalRoles, writerRoles } = Access
const patientPath = "/api/patients/:id"

/** `GET /api/patients`. */
export const listPatients = E.get("listPatients", {
  path: "/api/patients",
  tag: "Patients",
  summary:
    "Patients, filtered by center, status, eligibility verdict and text, a page at a time, with the total",
  roles: clinicalRoles,
  query: P.PatientQuery,
  success: CountedPage(P.PatientSummary)
})

/** `GET /api/patients/next-id`. */
export const nextPatientId = E.get("nextPatientId", {
  path: "/api/patients/next-id",
  tag: "Patients",
  summary: "The next free patient id of a center (the caller's own; an admin names the center)",
  roles: writerRoles,
  errors: ["RuleViolation"],
  query: P.NextPatientIdQuery,
  success: P.NextPatientId
})

/** `POST /api/patients`. */
export const createPatient = E.post("createPatient", {
  path: "/api/patients",
  tag: "Patients",
  summary: "Register a pseudonymous patient",
  roles: writerRoles,
  errors: ["NotFound", "RuleViolation", "AlreadyRecorded"],
  body: P.NewPatient,
  success: P.PatientDetail
})

/** `GET /api/patients/:id`. */
export const getPatient = E.get("getPatient", {
  path: patientPath,
  tag: "Patients",
  summary: "A patient's whole record",
  roles: clinicalRoles,
  errors: ["NotFound"],
  params: P.PatientPath,
  success: P.PatientDetail
})

/** `PATCH /api/patients/:id`. */
export const correctPatient = E.patch("correctPatient", {
  path: patientPath,
  tag: "Patients",
  summary: "Correct a patient's data (with the reason)",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "RuleViolation", "RecordChanged"],
  params: P.PatientPath,
  body: P.PatientCorrection,
  success: P.PatientDetail
})

/** `POST /api/patients/:id/withdraw`. */
export const withdrawPatient = E.post("withdrawPatient", {
  path: `${patientPath}/withdraw`,
  tag: "Patients",
  summary: "Withdraw a patient: the record and its history are kept",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "ProcedureNotOpen"],
  params: P.PatientPath,
  body: P.WithdrawalRequest,
  success: P.PatientDetail,
  status: 200
})

/** `GET /api/patients/:id/history`. */
export const patientHistory = E.get("patientHistory", {
  path: `${patientPath}/history`,
  tag: "Patients",
  summary: "Every change to a patient's records, oldest first",
  roles: clinicalRoles,
  errors: ["NotFound"],
  params: P.PatientPath,
  success: Items(Audit.AuditRecord)
})

/** `POST /api/patients/:id/screening`. */
export const createScreening = E.post("createScreening", {
  path: `${patientPath}/screening`,
  tag: "Screening",
  summary: "Record the screening; the answer carries the eligibility verdict per criterion",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "RuleViolation", "AlreadyRecorded"],
  params: P.PatientPath,
  body: P.ScreeningInput,
  success: V.ScreeningView
})

/** `PATCH /api/patients/:id/screening`. */
export const correctScreening = E.patch("correctScreening", {
  path: `${patientPath}/screening`,
  tag: "Screening",
  summary: "Correct the screening (with the reason)",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "RuleViolation", "RecordChanged"],
  params: P.PatientPath,
  body: P.ScreeningCorrection,
  success: V.ScreeningView
})

/** `POST /api/patients/:id/blocks`. */
export const createBlock = E.post("createBlock", {
  path: `${patientPath}/blocks`,
  tag: "Diagnostic blocks",
  summary: "Record a diagnostic SIJ block; the answer carries relief % and the verdict",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "StepOutOfOrder", "RuleViolation"],
  params: P.PatientPath,
  body: P.BlockInput,
  success: V.BlockView
})

/** `PATCH /api/patients/:id/blocks/:blockId`. */
export const correctBlock = E.patch("correctBlock", {
  path: `${patientPath}/blocks/:blockId`,
  tag: "Diagnostic blocks",
  summary: "Correct a diagnostic block (with the reason)",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "RuleViolation", "RecordChanged"],
  params: Schema.Struct({ id: Model.PatientId, blockId: Model.DiagnosticBlockId }),
  body: P.BlockCorrection,
  success: V.BlockView
})

/** `POST /api/patients/:id/procedure`. */
export const createProcedure = E.post("createProcedure", {
  path: `${patientPath}/procedure`,
  tag: "Procedures",
  summary: "Record a procedure after the fact (lesions and freeze cycles checked by the protocol)",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "ProcedureExists", "StepOutOfOrder", "RuleViolation"],
  params: P.PatientPath,
  body: P.ProcedureInput,
  success: V.ProcedureView
})

/** `PATCH /api/patients/:id/procedure`. */
export const correctProcedure = E.patch("correctProcedure", {
  path: `${patientPath}/procedure`,
  tag: "Procedures",
  summary: "Correct a recorded procedure (with the reason)",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "RuleViolation", "RecordChanged"],
  params: P.PatientPath,
  body: P.ProcedureCorrection,
  success: V.ProcedureView
})

/** `POST /api/patients/:id/visits`. */
export const createVisit = E.post("createVisit", {
  path: `${patientPath}/visits`,
  tag: "Visits",
  summary: "Record a follow-up visit (NRS, VAS, ODI scored on write, analgesics)",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "StepOutOfOrder", "RuleViolation", "AlreadyRecorded"],
  params: P.PatientPath,
  body: P.VisitInput,
  success: V.VisitView
})

/** `PATCH /api/patients/:id/visits/:visitId`. */
export const correctVisit = E.patch("correctVisit", {
  path: `${patientPath}/visits/:visitId`,
  tag: "Visits",
  summary: "Correct a visit (with the reason); the previous values stay in the history",
  roles: writerRoles,
  errors: [
    "PatientWithdrawn",
    "NotFound",
    "StepOutOfOrder",
    "RuleViolation",
    "AlreadyRecorded",
    "RecordChanged"
  ],
  params: Schema.Struct({ id: Model.PatientId, visitId: Model.VisitId }),
  body: P.VisitCorrection,
  success: V.VisitView
})

/** `POST /api/patients/:id/adverse-events`. */
export const createAdverseEvent = E.post("createAdverseEvent", {
  path: `${patientPath}/adverse-events`,
  tag: "Adverse events",
  summary: "Report an adverse event",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "StepOutOfOrder", "RuleViolation"],
  params: P.PatientPath,
  body: P.AdverseEventInput,
  success: Model.AdverseEvent
})

/** `PATCH /api/patients/:id/adverse-events/:eventId`. */
export const correctAdverseEvent = E.patch("correctAdverseEvent", {
  path: `${patientPath}/adverse-events/:eventId`,
  tag: "Adverse events",
  summary: "Correct any field of an adverse event, type and onset included (with the reason)",
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound", "RuleViolation", "RecordChanged"],
  params: Schema.Struct({ id: Model.PatientId, eventId: Model.AdverseEventId }),
  body: P.AdverseEventCorrection,
  success: Model.AdverseEvent
})

const retraction =
  'It stays in the patient\'s history (action "retract", with the reason) and leaves the record and the analysis; its slot is free again.'

/** `POST /api/patients/:id/visits/:visitId/retract`. */
export const retractVisit = E.post("retractVisit", {
  path: `${patientPath}/visits/:visitId/retract`,
  tag: "Visits",
  summary: "Retract a visit entered in error (with the reason)",
  description: retraction,
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound"],
  params: Schema.Struct({ id: Model.PatientId, visitId: Model.VisitId }),
  body: P.RetractionRequest,
  success: P.PatientDetail,
  status: 200
})

/** `POST /api/patients/:id/blocks/:blockId/retract`. */
export const retractBlock = E.post("retractBlock", {
  path: `${patientPath}/blocks/:blockId/retract`,
  tag: "Diagnostic blocks",
  summary: "Retract a diagnostic block entered in error (with the reason); eligibility is judged again",
  description: retraction,
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound"],
  params: Schema.Struct({ id: Model.PatientId, blockId: Model.DiagnosticBlockId }),
  body: P.RetractionRequest,
  success: P.PatientDetail,
  status: 200
})

/** `POST /api/patients/:id/adverse-events/:eventId/retract`. */
export const retractAdverseEvent = E.post("retractAdverseEvent", {
  path: `${patientPath}/adverse-events/:eventId/retract`,
  tag: "Adverse events",
  summary: "Retract an adverse event entered in error (with the reason)",
  description: retraction,
  roles: writerRoles,
  errors: ["PatientWithdrawn", "NotFound"],
  params: Schema.Struct({ id: Model.PatientId, eventId: Model.AdverseEventId }),
  body: P.RetractionRequest,
  success: P.PatientDetail,
  status: 200
})
