/**
 * Imports of existing data (migration 0028, issue 20), for both dialects: one row per import stored, with
 * the hash of its files (a second import of the same file is told so) and what it added.
 */
export const importTables: ReadonlyArray<string> = [
  `CREATE TABLE imports (
    id TEXT PRIMARY KEY,
    format TEXT NOT NULL,
    file_hash TEXT NOT NULL,
    center_id TEXT NOT NULL REFERENCES centers(id),
    user_id TEXT NOT NULL,
    username TEXT NOT NULL,
    at TEXT NOT NULL,
    counts TEXT NOT NULL
  )`,
  "CREATE INDEX imports_file_hash ON imports (center_id, file_hash)"
]

const scope = "current_setting('cryoreg.scope', true)"

/** PostgreSQL's wall: a center-bound caller sees and writes its own center's imports only. */
export const importsSecurity: ReadonlyArray<string> = [
  "ALTER TABLE imports ENABLE ROW LEVEL SECURITY",
  `CREATE POLICY center_scope ON imports USING (${scope} = '*' OR center_id = ${scope}) WITH CHECK (${scope} = '*' OR center_id = ${scope})`
]
