/**
 * Migration 0021, both dialects: sign-in throttling kept in the database, so every API process on one
 * database counts the same failures (issue 19). One row per (account, address), and one per address for
 * every account (`account` = ''); times are milliseconds since the epoch. The audit trail gains the
 * caller's address and the outcome of what was tried (a refused sign-in, a refused write).
 */
export const signInTables: ReadonlyArray<string> = [
  `CREATE TABLE signin_throttle (
    account TEXT NOT NULL,
    address TEXT NOT NULL,
    failures INTEGER NOT NULL,
    delay_ms BIGINT NOT NULL,
    last_at BIGINT NOT NULL,
    next_at BIGINT NOT NULL,
    PRIMARY KEY (account, address)
  )`,
  "ALTER TABLE audit_log ADD COLUMN address TEXT",
  "ALTER TABLE audit_log ADD COLUMN outcome TEXT"
]
