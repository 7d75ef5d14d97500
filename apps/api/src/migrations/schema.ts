import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

/** A migration that runs the statements in order. */
export const statements = (list: ReadonlyArray<string>) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) => Effect.forEach(list, (s) => sql.unsafe(s), { discard: true }))

/**
 * The registry's tables, written once for both dialects: `serial` is the dialect's auto-increment key.
 * Clinical records keep the domain Schema's encoded JSON in `data` beside the columns that scope,
 * filter and order them; every row carries its center so scoping never needs a join.
 */
export const registryTables = (serial: string): ReadonlyArray<string> => [
  `CREATE TABLE centers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    city TEXT NOT NULL,
    created_at TEXT NOT NULL
  )`,
  `CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    center_id TEXT REFERENCES centers(id),
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
  )`,
  `CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
  )`,
  "CREATE INDEX sessions_user ON sessions (user_id)",
  `CREATE TABLE patients (
    id TEXT PRIMARY KEY,
    center_id TEXT NOT NULL REFERENCES centers(id),
    search_text TEXT NOT NULL,
    status TEXT NOT NULL,
    verdict TEXT,
    data TEXT NOT NULL,
    withdrawn_at TEXT,
    withdrawal_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  "CREATE INDEX patients_center ON patients (center_id, id)",
  "CREATE INDEX patients_status ON patients (status, id)",
  `CREATE TABLE clinical_records (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    patient_id TEXT NOT NULL REFERENCES patients(id),
    center_id TEXT NOT NULL REFERENCES centers(id),
    slot TEXT NOT NULL,
    state TEXT,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (patient_id, kind, slot)
  )`,
  "CREATE INDEX clinical_records_center ON clinical_records (center_id, kind)",
  `CREATE TABLE audit_log (
    id ${serial},
    at TEXT NOT NULL,
    user_id TEXT NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    patient_id TEXT,
    center_id TEXT,
    before_value TEXT,
    after_value TEXT,
    reason TEXT
  )`,
  "CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)",
  "CREATE INDEX audit_log_patient ON audit_log (patient_id)",
  "CREATE INDEX audit_log_at ON audit_log (at)"
]
