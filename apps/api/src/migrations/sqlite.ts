import { accountTables, localeColumn } from "./accounts.js"
import { fhirExportTables } from "./fhir.js"
import { importTables } from "./imports.js"
import { liveAbortSqlite, liveTables } from "./live.js"
import { registryTables, statements } from "./schema.js"
import { analysisSetTables } from "./sets.js"
import { signInTables } from "./signin.js"

/** SQLite schema, one entry per migration, applied in order of their numbers. */
export const sqliteMigrations = {
  "0001_registry_meta": statements([
    `CREATE TABLE registry_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      )`
  ]),
  "0002_registry": statements(registryTables("INTEGER PRIMARY KEY AUTOINCREMENT")),
  "0003_live_procedures": statements(liveTables("INTEGER PRIMARY KEY AUTOINCREMENT", "REAL")),
  // One patient's records in order; without it SQLite reads every record of the center to find them.
  "0005_clinical_records_patient": statements([
    "CREATE INDEX clinical_records_patient ON clinical_records (patient_id, created_at, id)"
  ]),
  // One row per patient in the study's unit of analysis (treated, not withdrawn): what Tables 1–10 read,
  // written with each clinical write (Patients/Write.ts), so the report reads one narrow row per patient.
  "0006_study_rows": statements([
    `CREATE TABLE study_rows (
        patient_id TEXT PRIMARY KEY REFERENCES patients (id),
        center_id TEXT NOT NULL,
        data TEXT NOT NULL
      )`
  ]),
  // A live procedure can be aborted, and the patient then have another (issue 17).
  "0017_live_procedure_abort": statements(liveAbortSqlite("INTEGER PRIMARY KEY AUTOINCREMENT", "REAL")),
  // Sign-in throttling shared by every process, and who signed in from where (issue 19).
  "0021_signin_throttle": statements(signInTables),
  // Frozen analysis sets (issue 21).
  "0022_analysis_sets": statements(analysisSetTables),
  // Deactivated accounts and passwords to change at the next sign-in (issue 18).
  "0023_accounts": statements(accountTables),
  // The language each user chose, applied at their next sign-in on any browser (issue 18).
  "0024_user_locale": statements(localeColumn),
  // FHIR bulk export jobs (issue 20).
  "0025_fhir_export_jobs": statements(fhirExportTables),
  // Imports of existing data: tidy CSV, REDCap, FHIR (issue 20).
  "0028_imports": statements(importTables)
}
