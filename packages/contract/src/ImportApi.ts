import { Schema } from "effect"
import * as Access from "./Access.js"
import * as E from "./Endpoint.js"
import * as I from "./Imports.js"

// Imports of a center's existing patients; Api.ts re-exports every endpoint here.

/** `GET /api/import/tidy/template/:file`: an empty file of the template, its header and one example row. */
export const tidyTemplate = E.get("tidyTemplate", {
  path: "/api/import/tidy/template/:file",
  tag: "Imports",
  summary: "A file of the tidy CSV template: its header and an example row",
  roles: Access.importRoles,
  params: Schema.Struct({ file: I.TidyTemplateFile }),
  success: Schema.String,
  answer: "csv"
})

/**
 * `POST /api/import/tidy`: a multipart/form-data upload of `visits` (required), `procedures` and
 * `adverseEvents` files. `?dryRun=1` checks and stores nothing; `?format=csv` answers the problems as CSV.
 */
export const importTidy = E.post("importTidy", {
  path: "/api/import/tidy",
  tag: "Imports",
  summary: "Import a center's existing patients from the tidy CSV template (multipart upload)",
  description:
    "Every row runs through the same rules as the forms. A dry run (dryRun=1) reports and stores nothing; a real run stores all or nothing. format=csv answers the problems as CSV (file,row,column,rule,message).",
  roles: Access.importRoles,
  query: I.ImportQuery,
  success: I.ImportReport,
  status: 200,
  errors: ["AlreadyRecorded", "RuleViolation", "UnsupportedMediaType"]
})

/**
 * `POST /api/import/fhir`: a FHIR Bundle (`application/fhir+json` or `application/json`) through the same
 * import as `POST /api/fhir`, answered as the import's report (`format=csv`: its problems as CSV) rather
 * than an OperationOutcome: the dashboard's upload of a Bundle.
 */
export const importFhir = E.post("importFhir", {
  path: "/api/import/fhir",
  tag: "Imports",
  summary: "Import a FHIR transaction or collection Bundle, answered as the import's report",
  description:
    "The Bundle of `POST /api/fhir`, through the same import (one center per import, all or nothing, idempotent). The answer is the import's report: every problem by entry and FHIRPath with its rule, code and parameters. `dryRun=1` reports and stores nothing; `format=csv` answers the problems as CSV. The report names the file as `Content-Disposition` does (`filename` or `filename*`), else bundle.json.",
  roles: Access.importRoles,
  query: I.ImportQuery,
  success: I.ImportReport,
  status: 200,
  errors: ["AlreadyRecorded", "RuleViolation", "UnsupportedMediaType"]
})
