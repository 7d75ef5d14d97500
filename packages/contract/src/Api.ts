import { Model, ServerStatus } from "@cryoreg/domain"
import { Schema } from "effect"
import * as A from "./Analysis.js"
import * as Audit from "./Audit.js"
import * as Auth from "./Auth.js"
import * as E from "./Endpoint.js"
import { Page } from "./Page.js"
import * as P from "./Patients.js"
import * as V from "./Views.js"

const { clinicalRoles, readerRoles, writerRoles } = Auth
const admin = ["admin"] as const
const Items = <A, I>(item: Schema.Schema<A, I, never>) => Schema.Struct({ items: Schema.Array(item) })

const patientPath = "/api/patients/:id"

/** `GET /api/health`: version, database and whether the demo cohort is loaded (no session needed). */
export const health = E.get("health", {
  path: "/api/health",
  tag: "System",
  summary: "Server status",
  roles: "public",
  success: ServerStatus
})

/** `POST /api/auth/login`. */
export const login = E.post("login", {
  path: "/api/auth/login",
  tag: "Auth",
  summary: "Sign in: a bearer token and an httpOnly session cookie",
  roles: "public",
  body: Auth.LoginRequest,
  success: Auth.LoginResponse,
  status: 200
})

/** `POST /api/auth/logout`. */
export const logout = E.post("logout", {
  path: "/api/auth/logout",
  tag: "Auth",
  summary: "End the caller's session",
  roles: [...readerRoles, "device"],
  status: 204
})

/** `GET /api/auth/me`. */
export const me = E.get("me", {
  path: "/api/auth/me",
  tag: "Auth",
  summary: "The caller and when the session expires",
  roles: [...readerRoles, "device"],
  success: Auth.SessionInfo
})

/** `POST /api/auth/password`. */
export const changePassword = E.post("changePassword", {
  path: "/api/auth/password",
  tag: "Auth",
  summary: "Change the caller's password (ends every session of the account)",
  roles: readerRoles,
  body: Auth.PasswordChange,
  status: 204
})

/** `GET /api/centers`. */
export const listCenters = E.get("listCenters", {
  path: "/api/centers",
  tag: "Centers",
  summary: "Participating centers (a center-bound user sees its own)",
  roles: readerRoles,
  success: Items(Model.Center)
})

/** `POST /api/centers`. */
export const createCenter = E.post("createCenter", {
  path: "/api/centers",
  tag: "Centers",
  summary: "Add a participating center",
  roles: admin,
  body: Schema.Struct(Model.Center.fields),
  success: Model.Center
})

/** `GET /api/users`. */
export const listUsers = E.get("listUsers", {
  path: "/api/users",
  tag: "Users",
  summary: "Accounts",
  roles: admin,
  success: Items(Auth.User)
})

/** `POST /api/users`. */
export const createUser = E.post("createUser", {
  path: "/api/users",
  tag: "Users",
  summary: "Create an account",
  roles: admin,
  body: Auth.NewUser,
  success: Auth.User
})

/** `POST /api/users/:id/revoke-sessions`: ends every session of an account, device tokens included (404 `NotFound`). */
export const revokeSessions = E.post("revokeSessions", {
  path: "/api/users/:id/revoke-sessions",
  tag: "Users",
  summary: "End every session of an account (its tokens stop working at once)",
  roles: admin,
  params: Schema.Struct({ id: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(64)) }),
  status: 204
})

/** `GET /api/patients`. */
export const listPatients = E.get("listPatients", {
  path: "/api/patients",
  tag: "Patients",
  summary: "Patients, filtered by center, status and text, a page at a time",
  roles: clinicalRoles,
  query: P.PatientQuery,
  success: Page(P.PatientSummary)
})

/** `POST /api/patients`. */
export const createPatient = E.post("createPatient", {
  path: "/api/patients",
  tag: "Patients",
  summary: "Register a pseudonymous patient",
  roles: writerRoles,
  body: P.NewPatient,
  success: P.PatientDetail
})

/** `GET /api/patients/:id`. */
export const getPatient = E.get("getPatient", {
  path: patientPath,
  tag: "Patients",
  summary: "A patient's whole record",
  roles: clinicalRoles,
  params: P.PatientPath,
  success: P.PatientDetail
})

/** `PATCH /api/patients/:id`. */
export const correctPatient = E.patch("correctPatient", {
  path: patientPath,
  tag: "Patients",
  summary: "Correct a patient's data (with the reason)",
  roles: writerRoles,
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
  params: P.PatientPath,
  success: Items(Audit.AuditRecord)
})

/** `POST /api/patients/:id/screening`. */
export const createScreening = E.post("createScreening", {
  path: `${patientPath}/screening`,
  tag: "Screening",
  summary: "Record the screening; the answer carries the eligibility verdict per criterion",
  roles: writerRoles,
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
  params: P.PatientPath,
  body: P.AdverseEventInput,
  success: Model.AdverseEvent
})

/** `PATCH /api/patients/:id/adverse-events/:eventId`. */
export const correctAdverseEvent = E.patch("correctAdverseEvent", {
  path: `${patientPath}/adverse-events/:eventId`,
  tag: "Adverse events",
  summary: "Correct an adverse event (resolution, severity; with the reason)",
  roles: writerRoles,
  params: Schema.Struct({ id: Model.PatientId, eventId: Model.AdverseEventId }),
  body: P.AdverseEventCorrection,
  success: Model.AdverseEvent
})

/** `GET /api/adverse-events`. */
export const listAdverseEvents = E.get("listAdverseEvents", {
  path: "/api/adverse-events",
  tag: "Adverse events",
  summary: "Every adverse event the caller may see, with the patient's center",
  roles: readerRoles,
  success: Items(A.AdverseEventRow)
})

/** `GET /api/audit`. */
export const listAudit = E.get("listAudit", {
  path: "/api/audit",
  tag: "Audit",
  summary: "The audit trail, filtered by entity, user and time, a page at a time",
  roles: admin,
  query: Audit.AuditQuery,
  success: Page(Audit.AuditRecord)
})

/** `GET /api/analysis/report`. */
export const report = E.get("report", {
  path: "/api/analysis/report",
  tag: "Analysis",
  summary: "Tables 1–10 from the stored records the caller may see",
  roles: readerRoles,
  success: A.ReportResponse
})

/** `GET /api/analysis/comparison`. */
export const comparison = E.get("comparison", {
  path: "/api/analysis/comparison",
  tag: "Analysis",
  summary: "The report beside the paper, cell by cell, and the paper's consistency findings",
  roles: readerRoles,
  success: A.ComparisonResponse
})

/** `GET /api/analysis/report.csv`. */
export const reportCsv = E.get("reportCsv", {
  path: "/api/analysis/report.csv",
  tag: "Analysis",
  summary: "The cell-by-cell comparison as CSV",
  roles: readerRoles,
  success: Schema.String,
  answer: "csv"
})

/** `GET /api/analysis/cohort`. */
export const cohort = E.get("cohort", {
  path: "/api/analysis/cohort",
  tag: "Analysis",
  summary: "Enrollment by center and month, the eligibility funnel, follow-up completeness, overdue visits",
  roles: readerRoles,
  success: A.CohortOverview
})

/** `GET /api/export/visits`. */
export const exportVisits = E.get("exportVisits", {
  path: "/api/export/visits",
  tag: "Export",
  summary: "Visits in tidy long format (one row per patient per time point) as JSON",
  roles: readerRoles,
  success: A.VisitExport
})

/** `GET /api/export/visits.csv`. */
export const exportVisitsCsv = E.get("exportVisitsCsv", {
  path: "/api/export/visits.csv",
  tag: "Export",
  summary: "Visits in tidy long format as CSV, ready for R or pandas",
  roles: readerRoles,
  success: Schema.String,
  answer: "csv"
})

/** Live procedures: protocol events, telemetry and the stream (see ProcedureApi.ts). */
export * from "./ProcedureApi.js"
