/**
 * Frozen analysis sets (migration 0022, issue 21), for both dialects: a set and a copy of its patients'
 * study rows, never changed after it is made (a rename touches `name` only). `center_id` is the center
 * whose patients it holds, null when it spans centers; each row keeps its patient's pseudonym (the
 * canonical order of the hash), id and center, the study row and the visit export rows as they were.
 */
export const analysisSetTables: ReadonlyArray<string> = [
  `CREATE TABLE analysis_sets (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    center_id TEXT REFERENCES centers(id),
    selection TEXT NOT NULL,
    n INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    demo INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
  )`,
  "CREATE INDEX analysis_sets_center ON analysis_sets (center_id, created_at)",
  `CREATE TABLE analysis_set_rows (
    set_id TEXT NOT NULL REFERENCES analysis_sets(id) ON DELETE CASCADE,
    pseudonym TEXT NOT NULL,
    patient_id TEXT NOT NULL,
    center_id TEXT NOT NULL,
    data TEXT NOT NULL,
    visits TEXT NOT NULL,
    PRIMARY KEY (set_id, pseudonym)
  )`
]

const scope = "current_setting('cryoreg.scope', true)"

/**
 * PostgreSQL's wall around the sets: a center-bound caller sees the sets of their own center only (a set
 * spanning centers has no center, so only '*' sees it), and a set's rows only through a set it may see.
 * The role's default privileges (migration 0004) grant it the tables.
 */
export const analysisSetsSecurity: ReadonlyArray<string> = [
  "ALTER TABLE analysis_sets ENABLE ROW LEVEL SECURITY",
  `CREATE POLICY center_scope ON analysis_sets USING (${scope} = '*' OR center_id = ${scope}) WITH CHECK (${scope} = '*' OR center_id = ${scope})`,
  "ALTER TABLE analysis_set_rows ENABLE ROW LEVEL SECURITY",
  `CREATE POLICY center_scope ON analysis_set_rows USING (EXISTS (SELECT 1 FROM analysis_sets s WHERE s.id = set_id)) WITH CHECK (EXISTS (SELECT 1 FROM analysis_sets s WHERE s.id = set_id) AND (${scope} = '*' OR center_id = ${scope}))`
]
