import { Layer } from "effect"
import { RegistryAnalysis } from "./Analysis.js"
import { AnalysisSets } from "./AnalysisSets.js"
import { Audit } from "./Audit.js"
import { Accounts } from "./Auth/Accounts.js"
import { Auth } from "./Auth.js"
import { Centers } from "./Centers.js"
import { DataVersion } from "./DataVersion.js"
import { Exports } from "./Exports.js"
import { Fhir } from "./Fhir.js"
import { Health } from "./Health.js"
import { Imports } from "./Imports.js"
import { StreamSessions } from "./LiveProcedures/StreamSessions.js"
import { LiveProcedures } from "./LiveProcedures.js"
import { PatientWrites } from "./Patients/Write.js"
import { Patients } from "./Patients.js"
import { Records } from "./Records.js"
import { RegistryMeta } from "./RegistryMeta.js"
import type { RowSecurity } from "./RowSecurity.js"
import type { Today } from "./Today.js"

/** Every service the HTTP handlers reach through the runtime. */
export type Services =
  | RowSecurity
  | Health
  | Auth
  | Accounts
  | Audit
  | Centers
  | Patients
  | Records
  | Imports
  | PatientWrites
  | RegistryAnalysis
  | AnalysisSets
  | Exports
  | RegistryMeta
  | DataVersion
  | LiveProcedures
  | StreamSessions
  | Today
  | Fhir

/** The services over a database (`SqlClient` and `DatabaseInfo`) and today's date (`Today`). */
export const servicesLayer = Layer.mergeAll(
  Health.Default,
  Auth.Default,
  Accounts.Default,
  Centers.Default,
  Patients.Default,
  Records.Default,
  Imports.Default,
  PatientWrites.Default,
  RegistryAnalysis.Default,
  AnalysisSets.Default,
  Exports.Default,
  RegistryMeta.Default,
  DataVersion.Default,
  LiveProcedures.Default,
  StreamSessions.Default,
  Fhir.Default
).pipe(Layer.provideMerge(Audit.Default))
