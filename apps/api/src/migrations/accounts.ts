/**
 * Migration 0023, both dialects: the administrator's account management (issue 18). An account can be
 * deactivated (it signs in no more, its sessions end; a device account is deactivated when its procedure
 * completes or is aborted), and a password chosen by nobody but the server (the first start's generated
 * one, an administrator's reset) must be changed at the next sign-in.
 */
export const accountTables: ReadonlyArray<string> = [
  "ALTER TABLE users ADD COLUMN deactivated_at TEXT",
  "ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"
]

/** Migration 0024, both dialects: the language each user chose for the dashboard (`pl`, `en`; null: not yet). */
export const localeColumn: ReadonlyArray<string> = ["ALTER TABLE users ADD COLUMN locale TEXT"]
