import { Role, User } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { Effect, Option, Schema } from "effect"
import type { Session } from "../CurrentUser.js"
import * as Sqlite from "../Database/Sqlite.js"

interface UserRow {
  readonly id: string
  readonly username: string
  readonly display_name: string
  readonly role: string
  readonly center_id: string | null
  readonly password_hash: string
  readonly deactivated_at?: string | null
  readonly must_change_password?: number | string | null
  readonly locale?: string | null
}

const decodeRole = Schema.decodeUnknownSync(Role)

// Rows were checked by the Schemas when written; the role is checked again (it decides access), the rest
// is not validated on every request's session check.
const trusted = { disableValidation: true } as const
const toUser = (row: UserRow, procedureId: string | null = null): User =>
  new User(
    {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: decodeRole(row.role),
      centerId: row.center_id === null ? null : Model.CenterId.make(row.center_id, trusted),
      procedureId: procedureId === null ? null : Model.ProcedureId.make(procedureId, trusted),
      active: row.deactivated_at === null || row.deactivated_at === undefined,
      mustChangePassword: Number(row.must_change_password ?? 0) === 1,
      locale: row.locale === "pl" || row.locale === "en" ? row.locale : null
    },
    trusted
  )

/** A user with the stored password hash (never leaves the auth service). */
export interface StoredUser {
  readonly user: User
  readonly passwordHash: string
}

/** Accounts and sessions in SQL. Infrastructure failures are defects. */
export class AuthRepo extends Effect.Service<AuthRepo>()("api/AuthRepo", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const runRows = yield* Sqlite.rowsRunner

    const byUsername = (username: string) =>
      sql<UserRow>`SELECT * FROM users WHERE username = ${username}`.pipe(
        Effect.map((found) =>
          Option.fromNullable(found[0]).pipe(
            Option.map((row) => ({ user: toUser(row), passwordHash: row.password_hash }))
          )
        ),
        Effect.orDie
      )

    const byId = (id: string) =>
      sql<UserRow>`SELECT * FROM users WHERE id = ${id}`.pipe(
        Effect.map((found) => Option.map(Option.fromNullable(found[0]), (row) => toUser(row))),
        Effect.orDie
      )

    const insertUser = (user: User, passwordHash: string, now: string) =>
      sql`INSERT INTO users ${sql.insert({
        id: user.id,
        username: user.username,
        display_name: user.displayName,
        role: user.role,
        center_id: user.centerId,
        password_hash: passwordHash,
        created_at: now,
        password_changed_at: now,
        must_change_password: user.mustChangePassword ? 1 : 0
      })}`.pipe(Effect.asVoid, Effect.orDie)

    // a probe's account with the procedure its sessions are bound to (the administrator opens it from the list)
    const listUsers = sql<UserRow & { readonly bound_procedure_id: string | null }>`
      SELECT u.*, (SELECT MAX(s.procedure_id) FROM sessions s WHERE s.user_id = u.id) AS bound_procedure_id
      FROM users u ORDER BY u.username`.pipe(
      Effect.map((rows) => rows.map((row) => toUser(row, row.bound_procedure_id ?? null))),
      Effect.orDie
    )

    const countUsers = sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM users`.pipe(
      Effect.map((rows) => Number(rows[0]?.n ?? 0)),
      Effect.orDie
    )

    /** A new password; `mustChange` when the server chose it (the owner changes it at the next sign-in). */
    const setPassword = (userId: string, passwordHash: string, now: string, mustChange = false) =>
      sql`UPDATE users SET password_hash = ${passwordHash}, password_changed_at = ${now},
        must_change_password = ${mustChange ? 1 : 0} WHERE id = ${userId}`.pipe(Effect.asVoid, Effect.orDie)

    /** The language the user chose for the dashboard. */
    const setLocale = (userId: string, locale: "pl" | "en") =>
      sql`UPDATE users SET locale = ${locale} WHERE id = ${userId}`.pipe(Effect.asVoid, Effect.orDie)

    /** Deactivates the account at `at`, or reactivates it (`null`). */
    const setDeactivated = (userId: string, at: string | null) =>
      sql`UPDATE users SET deactivated_at = ${at} WHERE id = ${userId}`.pipe(Effect.asVoid, Effect.orDie)

    /** A session; `procedureId` binds a device session to that one procedure. */
    const insertSession = (
      tokenHash: string,
      userId: string,
      now: string,
      expiresAt: string,
      procedureId: string | null = null
    ) =>
      sql`INSERT INTO sessions ${sql.insert({ token_hash: tokenHash, user_id: userId, created_at: now, expires_at: expiresAt, revoked_at: null, procedure_id: procedureId })}`.pipe(
        Effect.asVoid,
        Effect.orDie
      )

    // The data version is read in the same statement: a request's cached reads are checked against it
    // without another query (see DataVersion.atRequest).
    const sessionUser = (tokenHash: string, now: string) =>
      runRows(
        sql<
          UserRow & {
            readonly expires_at: string
            readonly session_procedure_id: string | null
            readonly data_version: string | null
          }
        >`
        SELECT u.*, s.expires_at, s.procedure_id AS session_procedure_id,
          (SELECT value FROM registry_meta WHERE key = 'data_version') AS data_version
        FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = ${tokenHash} AND s.revoked_at IS NULL AND s.expires_at > ${now}
          AND u.deactivated_at IS NULL`
      ).pipe(
        Effect.map((found) =>
          Option.fromNullable(found[0]).pipe(
            Option.map(
              (row): Session => ({
                user: toUser(row, row.session_procedure_id),
                expiresAt: row.expires_at,
                dataVersion: row.data_version ?? "0"
              })
            )
          )
        ),
        Effect.orDie
      )

    /**
     * The ended procedure (completed or aborted) a token was a device token of, whatever became of the token
     * since: its holder is told the procedure ended, not that the token is unknown.
     */
    const endedProcedureOf = (tokenHash: string) =>
      runRows(
        sql<{
          readonly id: string
          readonly mode: "completed" | "aborted"
          readonly completed_at: string | null
        }>`
        SELECT p.id, p.mode, p.completed_at FROM sessions s JOIN live_procedures p ON p.id = s.procedure_id
        WHERE s.token_hash = ${tokenHash} AND p.mode IN ('completed', 'aborted')`
      ).pipe(
        Effect.map((found) => Option.fromNullable(found[0])),
        Effect.orDie
      )

    const revokeSession = (tokenHash: string, now: string) =>
      sql`UPDATE sessions SET revoked_at = ${now} WHERE token_hash = ${tokenHash} AND revoked_at IS NULL`.pipe(
        Effect.asVoid,
        Effect.orDie
      )

    /**
     * Ends every session of an account, and the device tokens of the procedures it opened: a probe acts for
     * the staff member who started it, and stops when their sessions are ended.
     */
    const revokeUserSessions = (userId: string, now: string) =>
      sql`UPDATE sessions SET revoked_at = ${now}
        WHERE revoked_at IS NULL AND (user_id = ${userId}
          OR procedure_id IN (SELECT id FROM live_procedures WHERE created_by = ${userId}))`.pipe(
        Effect.asVoid,
        Effect.orDie
      )

    /** Which of these token hashes still name a valid session (not revoked, not expired). */
    const liveSessions = (tokenHashes: ReadonlyArray<string>, now: string) =>
      tokenHashes.length === 0
        ? Effect.succeed(new Set<string>())
        : sql<{ token_hash: string }>`SELECT token_hash FROM sessions
            WHERE ${sql.in("token_hash", tokenHashes)} AND revoked_at IS NULL AND expires_at > ${now}`.pipe(
            Effect.map((rows) => new Set(rows.map((r) => r.token_hash))),
            Effect.orDie
          )

    return {
      byId,
      setDeactivated,
      setLocale,
      byUsername,
      insertUser,
      listUsers,
      countUsers,
      setPassword,
      insertSession,
      sessionUser,
      endedProcedureOf,
      revokeSession,
      revokeUserSessions,
      liveSessions
    } as const
  })
}) {}
