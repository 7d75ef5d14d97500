/** The API's routes as data (path, roles, params, query, body, answer). */

/** The access policy: what each role may write and read, and whether it is bound to one center. */
export * as Access from "./Access.js"
/** Analysis, cohort overview and export answers. */
export * from "./Analysis.js"
/** Frozen analysis sets. */
export * from "./AnalysisSets.js"
export * as Api from "./Api.js"
/** The audit trail. */
export * from "./Audit.js"
/** An audited act's outcome as a code and its parameters, read from the stored text. */
export * from "./AuditOutcome.js"
/** Roles, users, login and sessions. */
export * from "./Auth.js"
/** The typed client. */
export * from "./Client.js"
/** Endpoint descriptors. */
export * as Endpoint from "./Endpoint.js"
/** Every endpoint, by name and as a list. */
export * from "./Endpoints.js"
export type { ErrorTag } from "./Errors.js"
/** Error tags and their statuses. */
export * as Errors from "./Errors.js"
/** Imports of existing data: the report and its problems. */
export * from "./Imports.js"
/** Failed decodes as issues with codes and parameters. */
export * as Issues from "./Issues.js"
/** Live procedures: protocol events, telemetry batches, procedure state and stream messages. */
export * from "./LiveProcedures.js"
/** Lists a page at a time. */
export * from "./Page.js"
/** Patients and their records: inputs and views. */
export * from "./Patients.js"
/** Error answers. */
export * from "./Problem.js"
/** Reading error answers: `Problems.is(error, "ProcedureExists")`, `Problems.issues(error)`. */
export * as Problems from "./Problem.js"
/** Views of stored records (eligibility, block evaluation, procedure summary, ODI score). */
export * from "./Views.js"
