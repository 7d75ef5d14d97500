// The API's endpoints, one module per concern: every export of these modules is an endpoint, and the typed
// client and the OpenAPI document are built over all of them.
/** Sign-in, the caller, centers and accounts. */

/** The analysis, the exports, the safety overview and the audit trail. */
export * from "./AnalysisApi.js"
export * from "./AuthApi.js"
/** FHIR R4: $everything, bulk export. */
export * from "./FhirApi.js"
/** Imports of a center's existing patients. */
export * from "./ImportApi.js"
/** Live procedures: protocol events, telemetry and the stream. */
export * from "./LiveProcedureApi.js"
/** Patients and their clinical records. */
export * from "./PatientApi.js"
/** REDCap and CDISC ODM: exports and the REDCap records import. */
export * from "./RedcapApi.js"
