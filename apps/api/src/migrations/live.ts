/**
 * Live procedures (migration 0003), for both dialects: `serial` is the auto-increment key, `real` the
 * floating-point type. Events are kept by index, telemetry by (procedure, device sequence number); the
 * stream log's increasing id is what `Last-Event-ID` resumes after. Sessions gain the device binding.
 */
export const liveTables = (serial: string, real: string): ReadonlyArray<string> => [
  "ALTER TABLE sessions ADD COLUMN procedure_id TEXT",
  `CREATE TABLE live_procedures (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL UNIQUE REFERENCES patients(id),
    center_id TEXT NOT NULL REFERENCES centers(id),
    side TEXT NOT NULL,
    lesions_per_side INTEGER NOT NULL,
    device_serial TEXT NOT NULL,
    operator TEXT NOT NULL,
    date TEXT NOT NULL,
    mode TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    completed_at TEXT,
    record_id TEXT,
    next_event_index INTEGER NOT NULL,
    samples INTEGER NOT NULL,
    last_sample TEXT,
    clock ${real}
  )`,
  "CREATE INDEX live_procedures_center ON live_procedures (center_id, created_at)",
  `CREATE TABLE live_events (
    procedure_id TEXT NOT NULL REFERENCES live_procedures(id),
    idx INTEGER NOT NULL,
    data TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    PRIMARY KEY (procedure_id, idx)
  )`,
  `CREATE TABLE live_telemetry (
    procedure_id TEXT NOT NULL REFERENCES live_procedures(id),
    seq BIGINT NOT NULL,
    t ${real} NOT NULL,
    tip_c ${real} NOT NULL,
    pressure_bar ${real} NOT NULL,
    PRIMARY KEY (procedure_id, seq)
  )`,
  `CREATE TABLE live_cycles (
    procedure_id TEXT NOT NULL REFERENCES live_procedures(id),
    lesion INTEGER NOT NULL,
    cycle INTEGER NOT NULL,
    evaluation TEXT NOT NULL,
    PRIMARY KEY (procedure_id, lesion, cycle)
  )`,
  `CREATE TABLE live_deviations (
    procedure_id TEXT NOT NULL REFERENCES live_procedures(id),
    ord INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (procedure_id, ord)
  )`,
  `CREATE TABLE live_stream (
    id ${serial},
    procedure_id TEXT NOT NULL REFERENCES live_procedures(id),
    data TEXT NOT NULL
  )`,
  "CREATE INDEX live_stream_procedure ON live_stream (procedure_id, id)"
]

const children = ["live_events", "live_telemetry", "live_cycles", "live_deviations", "live_stream"]

// An aborted procedure keeps its rows and says why it ended; a system write (a device completing its
// procedure) names in the audit trail the staff member it acts for.
const liveAbortCommon = [
  "CREATE UNIQUE INDEX live_procedures_open ON live_procedures (patient_id) WHERE mode <> 'aborted'",
  "ALTER TABLE live_procedures ADD COLUMN abort_reason TEXT",
  "ALTER TABLE audit_log ADD COLUMN on_behalf_of TEXT"
]

/**
 * Migration 0017 on SQLite: a patient has one procedure open at a time but, after an abort, may have
 * another; `patient_id` loses its UNIQUE for a partial unique index over the procedures not aborted.
 * SQLite cannot drop a constraint, and dropping a referenced table inside the migrations' transaction
 * fails its foreign keys, so the live tables are copied aside, recreated and filled again.
 */
export const liveAbortSqlite = (serial: string, real: string): ReadonlyArray<string> => {
  const tables = ["live_procedures", ...children]
  const recreate = liveTables(serial, real)
    .filter((s) => !s.startsWith("ALTER TABLE sessions"))
    .map((s) => s.replace("NOT NULL UNIQUE REFERENCES patients", "NOT NULL REFERENCES patients"))
  return [
    ...tables.map((t) => `CREATE TABLE ${t}_kept AS SELECT * FROM ${t}`),
    ...[...children, "live_procedures"].map((t) => `DROP TABLE ${t}`),
    ...recreate,
    ...tables.flatMap((t) => [`INSERT INTO ${t} SELECT * FROM ${t}_kept`, `DROP TABLE ${t}_kept`]),
    ...liveAbortCommon
  ]
}

/** Migration 0017 on PostgreSQL: the column's constraint is dropped for the same partial unique index. */
export const liveAbortPg: ReadonlyArray<string> = [
  "ALTER TABLE live_procedures DROP CONSTRAINT live_procedures_patient_id_key",
  ...liveAbortCommon
]
