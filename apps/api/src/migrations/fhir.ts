/**
 * Migration 0025, both dialects: FHIR bulk export jobs (issue 20). A job belongs to the user who started
 * it (only they poll, download or cancel it); `scope` is the center it covers ('*' for all centers),
 * `output` the manifest's list of files once complete, `dir` where its NDJSON files are written.
 */
export const fhirExportTables: ReadonlyArray<string> = [
  `CREATE TABLE fhir_export_jobs (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    scope TEXT NOT NULL,
    request TEXT NOT NULL,
    status TEXT NOT NULL,
    progress TEXT NOT NULL,
    transaction_time TEXT NOT NULL,
    output TEXT,
    error TEXT,
    dir TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  "CREATE INDEX fhir_export_jobs_user ON fhir_export_jobs (user_id, created_at)"
]
