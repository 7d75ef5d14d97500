import { Schema } from "effect"
import * as Access from "./Access.js"
import * as E from "./Endpoint.js"

// FHIR R4 (issue 20). Answers are FHIR resources (application/fhir+json), NDJSON files and the Bulk Data
// Access IG's status answers (202 with X-Progress, 200 with the manifest); errors are OperationOutcomes.
const { readerRoles, clinicalRoles } = Access
const tag = "FHIR"
const Resource = Schema.Record({ key: Schema.String, value: Schema.Unknown }).annotations({
  identifier: "FhirResource",
  description: "A FHIR R4 resource (application/fhir+json)"
})

/** `GET /api/fhir/Patient/:id/$everything`. */
export const fhirEverything = E.get("fhirEverything", {
  path: "/api/fhir/Patient/:id/$everything",
  tag,
  summary: "A patient's records as a FHIR Bundle of type collection",
  description:
    "Patient, screening (Observation), diagnostic blocks and the cryoneurolysis (Procedure), the cryoprobe (Device), visits (Encounter, Observations for NRS, VAS and ODI, the ODI QuestionnaireResponse, MedicationStatements), adverse events, and the ODI Questionnaire.",
  roles: clinicalRoles,
  params: Schema.Struct({ id: Schema.String }),
  success: Resource
})

const ExportQuery = Schema.Struct({
  _outputFormat: Schema.optional(Schema.String),
  _type: Schema.optional(Schema.String)
})

const kickoff = {
  tag,
  description:
    "Bulk Data Access IG kick-off: send `Prefer: respond-async`; the answer is 202 with the status URL in `Content-Location`. A coordinator or clinician exports their center, the statistician every center under the exports' pseudonyms, the admin every center.",
  roles: readerRoles,
  query: ExportQuery,
  success: Schema.Void,
  status: 204 as const
}

/** `GET /api/fhir/$export`. */
export const fhirExport = E.get("fhirExport", {
  ...kickoff,
  path: "/api/fhir/$export",
  summary: "Start a FHIR bulk export of every patient the caller may see"
})

/** `GET /api/fhir/Group/:center/$export`. */
export const fhirGroupExport = E.get("fhirGroupExport", {
  ...kickoff,
  path: "/api/fhir/Group/:center/$export",
  summary: "Start a FHIR bulk export of one center's patients",
  params: Schema.Struct({ center: Schema.String })
})

/** `GET /api/fhir/$export-status/:job`. */
export const fhirExportStatus = E.get("fhirExportStatus", {
  path: "/api/fhir/$export-status/:job",
  tag,
  summary: "Poll a bulk export: 202 with X-Progress while it runs, 200 with the manifest when complete",
  roles: readerRoles,
  params: Schema.Struct({ job: Schema.String }),
  success: Resource
})

/** `DELETE /api/fhir/$export-status/:job`. */
export const fhirExportCancel = E.del("fhirExportCancel", {
  path: "/api/fhir/$export-status/:job",
  tag,
  summary: "Cancel a bulk export and remove its files (202)",
  roles: readerRoles,
  params: Schema.Struct({ job: Schema.String })
})

/** `GET /api/fhir/$export-files/:job/:file`. */
export const fhirExportFile = E.get("fhirExportFile", {
  path: "/api/fhir/$export-files/:job/:file",
  tag,
  summary: "Download one NDJSON file of a complete bulk export (its owner only)",
  roles: readerRoles,
  params: Schema.Struct({ job: Schema.String, file: Schema.String }),
  success: Schema.String
})

/** `POST /api/fhir`. */
export const fhirImport = E.post("fhirImport", {
  path: "/api/fhir",
  tag,
  summary: "Import a FHIR transaction or collection Bundle into the caller's center",
  description:
    "Through the shared import pipeline, one center per import (an admin names it with `center`, or it is the center of the Bundle's patients when they share one). All or nothing, idempotent by identifier (the same Bundle twice adds nothing), each record through the forms' Schemas and rules. `?dryRun=1` answers the full report and stores nothing. The answer is an OperationOutcome: 200 with what was (or would be) stored, or 422 with every refused entry (its FHIRPath in `expression`, the rule and what was wrong in `diagnostics`).",
  roles: clinicalRoles,
  query: Schema.Struct({
    dryRun: Schema.optional(Schema.Literal("1", "0", "true", "false")),
    center: Schema.optional(Schema.String)
  }),
  body: Resource,
  success: Resource,
  status: 200
})
