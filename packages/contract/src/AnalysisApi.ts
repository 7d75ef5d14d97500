import { Schema } from "effect"
import * as A from "./Analysis.js"
import * as Audit from "./Audit.js"
import * as Auth from "./Auth.js"
import * as E from "./Endpoint.js"
import { Items, Page } from "./Page.js"

// The analysis, the exports, the safety overview and the audit trail; Api.ts re-exports every endpoint here.
const { readerRoles } = Auth
const admin = ["admin"] as const

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

/** `GET /api/analysis/report.docx`. */
export const reportDocx = E.get("reportDocx", {
  path: "/api/analysis/report.docx",
  tag: "Analysis",
  summary: "Tables 1–10, the figures, the methods and the paper's consistency findings as a Word document",
  roles: readerRoles,
  success: Schema.Uint8ArrayFromSelf,
  answer: "docx"
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
