import { Schema } from "effect"
import * as Access from "./Access.js"
import * as A from "./Analysis.js"
import * as Sets from "./AnalysisSets.js"
import * as Audit from "./Audit.js"
import * as E from "./Endpoint.js"
import { CountedPage, Items } from "./Page.js"

// The analysis, the exports, the safety overview and the audit trail; Api.ts re-exports every endpoint here.
const { adminRoles: admin, readerRoles } = Access

/** `GET /api/adverse-events`. */
export const listAdverseEvents = E.get("listAdverseEvents", {
  path: "/api/adverse-events",
  tag: "Adverse events",
  summary: "Every adverse event the caller may see, with the patient's center",
  roles: readerRoles,
  errors: ["NotFound"],
  query: Sets.SetQuery,
  success: Items(A.AdverseEventRow)
})

/** `GET /api/audit`. */
export const listAudit = E.get("listAudit", {
  path: "/api/audit",
  tag: "Audit",
  summary: "The audit trail, newest first, filtered by entity, user and time, a page at a time",
  roles: admin,
  query: Audit.AuditQuery,
  success: CountedPage(Audit.AuditRecord)
})

/** `GET /api/audit/audit.csv`: the filtered audit trail as CSV, every matching record (at most 100 000). */
export const exportAudit = E.get("exportAudit", {
  path: "/api/audit/audit.csv",
  tag: "Audit",
  summary: "The audit trail, filtered as the list is, as CSV, newest first as the list",
  roles: admin,
  query: Audit.AuditExportQuery,
  success: Schema.String,
  answer: "csv"
})

/** `GET /api/analysis/report`. */
export const report = E.get("report", {
  path: "/api/analysis/report",
  tag: "Analysis",
  summary: "Tables 1–10 from the stored records the caller may see",
  roles: readerRoles,
  errors: ["NotFound", "RuleViolation"],
  query: Sets.SetQuery,
  success: A.ReportResponse
})

/** `GET /api/analysis/comparison`. */
export const comparison = E.get("comparison", {
  path: "/api/analysis/comparison",
  tag: "Analysis",
  summary: "The report beside the paper, cell by cell, and the paper's consistency findings",
  roles: readerRoles,
  errors: ["NotFound", "RuleViolation"],
  query: Sets.SetQuery,
  success: A.ComparisonResponse
})

/** `GET /api/analysis/report.csv`. */
export const reportCsv = E.get("reportCsv", {
  path: "/api/analysis/report.csv",
  tag: "Analysis",
  summary: "The cell-by-cell comparison as CSV",
  roles: readerRoles,
  errors: ["NotFound", "RuleViolation"],
  query: Sets.SetQuery,
  success: Schema.String,
  answer: "csv"
})

/** `GET /api/analysis/report.docx`. */
export const reportDocx = E.get("reportDocx", {
  path: "/api/analysis/report.docx",
  tag: "Analysis",
  summary: "Tables 1–10, the figures, the methods and the paper's consistency findings as a Word document",
  roles: readerRoles,
  errors: ["NotFound", "RuleViolation"],
  query: Sets.SetQuery,
  success: Schema.Uint8ArrayFromSelf,
  answer: "docx"
})

/** `GET /api/analysis/cohort`. */
export const cohort = E.get("cohort", {
  path: "/api/analysis/cohort",
  tag: "Analysis",
  summary: "Enrollment by center and month, the eligibility funnel, follow-up completeness, overdue visits",
  roles: readerRoles,
  errors: ["NotFound"],
  query: Sets.SetQuery,
  success: A.CohortOverview
})

/** `GET /api/export/visits`. */
export const exportVisits = E.get("exportVisits", {
  path: "/api/export/visits",
  tag: "Export",
  summary: "Visits in tidy long format (one row per patient per time point) as JSON",
  roles: readerRoles,
  errors: ["NotFound"],
  query: Sets.SetQuery,
  success: A.VisitExport
})

/** `GET /api/export/visits.csv`. */
export const exportVisitsCsv = E.get("exportVisitsCsv", {
  path: "/api/export/visits.csv",
  tag: "Export",
  summary: "Visits in tidy long format as CSV, ready for R or pandas",
  roles: readerRoles,
  errors: ["NotFound"],
  query: Sets.SetQuery,
  success: Schema.String,
  answer: "csv"
})

/** `GET /api/export/visits.parquet`. */
export const exportVisitsParquet = E.get("exportVisitsParquet", {
  path: "/api/export/visits.parquet",
  tag: "Export",
  summary: "Visits in tidy long format as an Apache Parquet file, ready for R (arrow) or pandas",
  description:
    "The columns, their order and their types are those of `visits.csv` and `VisitRow` (text as UTF-8 strings, " +
    "whole numbers as INT32, other numbers as DOUBLE, booleans as BOOLEAN, an empty cell as null). Streamed " +
    "from the database in row groups of 2,000 visits, so an export of any size is written in bounded memory.",
  roles: readerRoles,
  query: Sets.SetQuery,
  success: Schema.Uint8ArrayFromSelf,
  answer: "parquet",
  errors: ["NotFound"]
})

const SetParams = Schema.Struct({ id: Sets.AnalysisSetId })
const setsTag = "Analysis sets"

/** `GET /api/analysis/sets`. */
export const listAnalysisSets = E.get("listAnalysisSets", {
  path: "/api/analysis/sets",
  tag: setsTag,
  summary: "The frozen analysis sets the caller may see, newest first",
  roles: readerRoles,
  success: Items(Sets.AnalysisSet)
})

/** `POST /api/analysis/sets`. */
export const createAnalysisSet = E.post("createAnalysisSet", {
  path: "/api/analysis/sets",
  tag: setsTag,
  summary: "Freezes a copy of the selected patients' study rows under a name (audited)",
  description:
    "Stores the rows themselves (not the query), their count, the time, who made it and the SHA-256 of the " +
    "rows in canonical form. A clinician or coordinator selects among their own center's patients only. " +
    "Every analysis route then takes `?set=<id>`.",
  roles: readerRoles,
  errors: ["RuleViolation"],
  body: Sets.NewAnalysisSet,
  success: Sets.AnalysisSet
})

/** `GET /api/analysis/sets/:id`. */
export const getAnalysisSet = E.get("getAnalysisSet", {
  path: "/api/analysis/sets/:id",
  tag: setsTag,
  summary: "One set, with its hash recomputed from its stored rows and whether it matches",
  roles: readerRoles,
  errors: ["NotFound"],
  params: SetParams,
  success: Sets.AnalysisSetDetail
})

/** `GET /api/analysis/sets/:id/rows`. */
export const analysisSetRows = E.get("analysisSetRows", {
  path: "/api/analysis/sets/:id/rows",
  tag: setsTag,
  summary:
    "The set's frozen study rows in canonical order (patient ids for clinical roles, pseudonyms for all)",
  roles: readerRoles,
  errors: ["NotFound"],
  params: SetParams,
  success: Sets.AnalysisSetRows
})

/** `PATCH /api/analysis/sets/:id`. */
export const renameAnalysisSet = E.patch("renameAnalysisSet", {
  path: "/api/analysis/sets/:id",
  tag: setsTag,
  summary: "Renames a set (audited); its rows never change",
  roles: readerRoles,
  errors: ["NotFound"],
  params: SetParams,
  body: Sets.AnalysisSetRename,
  success: Sets.AnalysisSet
})

/** `DELETE /api/analysis/sets/:id`. */
export const deleteAnalysisSet = E.del("deleteAnalysisSet", {
  path: "/api/analysis/sets/:id",
  tag: setsTag,
  summary: "Deletes a set and its rows (audited)",
  roles: readerRoles,
  errors: ["NotFound"],
  params: SetParams
})
