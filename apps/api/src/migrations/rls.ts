/** The role the API's requests run as on PostgreSQL: no BYPASSRLS, no ownership, so the policies bind it. */
export const appRole = "cryoreg_app"

const scope = "current_setting('cryoreg.scope', true)"
const visible = (column = "center_id") => `(${scope} = '*' OR ${column} = ${scope})`
const viaProcedure = `(EXISTS (SELECT 1 FROM live_procedures p WHERE p.id = procedure_id))`

/**
 * Row-level security on every center-scoped table, the second wall behind the repositories: a request
 * runs as `cryoreg_app` with `cryoreg.scope` set to the caller's center ('*' for the all-center roles)
 * for its transaction; unset, nothing is visible. The audit trail is append-only for the role.
 */
export const rowLevelSecurity: ReadonlyArray<string> = [
  `DO $$ BEGIN CREATE ROLE ${appRole} NOLOGIN NOBYPASSRLS; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`,
  `DO $$ BEGIN EXECUTE format('GRANT ${appRole} TO %I', current_user); EXCEPTION WHEN others THEN NULL; END $$`,
  `GRANT USAGE ON SCHEMA public TO ${appRole}`,
  `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole}`,
  `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole}`,
  `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole}`,
  `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole}`,
  `REVOKE UPDATE, DELETE ON audit_log FROM ${appRole}`,
  ...["patients", "clinical_records", "live_procedures"].flatMap((table) => [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `CREATE POLICY center_scope ON ${table} USING ${visible()} WITH CHECK ${visible()}`
  ]),
  "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
  `CREATE POLICY center_scope_read ON audit_log FOR SELECT USING ${visible()}`,
  `CREATE POLICY append ON audit_log FOR INSERT WITH CHECK (true)`,
  ...["live_events", "live_telemetry", "live_cycles", "live_deviations", "live_stream"].flatMap((table) => [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `CREATE POLICY center_scope ON ${table} USING ${viaProcedure} WITH CHECK ${viaProcedure}`
  ])
]

/** The same wall around the study rows (migration 0006); the default privileges above grant the role on them. */
export const studyRowsSecurity: ReadonlyArray<string> = [
  "ALTER TABLE study_rows ENABLE ROW LEVEL SECURITY",
  `CREATE POLICY center_scope ON study_rows USING ${visible()} WITH CHECK ${visible()}`
]
