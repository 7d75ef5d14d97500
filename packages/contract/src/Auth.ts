/** Roles, users, login and sessions. */

import { Model } from "@cryoreg/domain"
import { Schema } from "effect"

/**
 * Who a user is to the registry: `admin` (everything, all centers), `coordinator` and `clinician`
 * (one center, read and write), `statistician` (all centers, read-only, pseudonymized), `device`
 * (a probe posting the events and telemetry of the procedures it is assigned).
 */
export const Role = Schema.Literal("admin", "coordinator", "clinician", "statistician", "device")
export type Role = typeof Role.Type

// What each role may do is the access policy, Access.ts.

/**
 * The rule of a user name: `minLength` to `maxLength` characters, the lower-case letters a–z (no Polish "ł", no
 * capitals, no space), the digits and the `marks`, starting with a letter or a digit.
 */
export const usernameRule = {
  minLength: 3,
  maxLength: 64,
  marks: [".", "_", "-"],
  pattern: /^[a-z0-9][a-z0-9._-]{2,63}$/
} as const

/** A user name: 3–64 lower-case letters, digits, ".", "_" or "-". */
export const Username = Schema.String.pipe(
  Schema.pattern(usernameRule.pattern, {
    message: () =>
      'a user name is 3–64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit'
  })
)

/** A registry account as the API shows it (never its password hash). */
export class User extends Schema.Class<User>("User")({
  id: Schema.String,
  username: Schema.String,
  displayName: Schema.String,
  role: Role,
  /** The center a coordinator, clinician or device is bound to; null for the all-center roles. */
  centerId: Schema.NullOr(Model.CenterId),
  /** The one procedure a `device` token is bound to (its session's binding); null otherwise. */
  procedureId: Schema.optionalWith(Schema.NullOr(Model.ProcedureId), { default: () => null }),
  /** False once an administrator deactivated the account (or, for a device, its procedure ended). */
  active: Schema.optionalWith(Schema.Boolean, { default: () => true }),
  /** The password was chosen by the server (first start, reset): it must be changed before anything else. */
  mustChangePassword: Schema.optionalWith(Schema.Boolean, { default: () => false }),
  /** The dashboard's language the user chose (kept on the server, applied at sign-in); null until they choose. */
  locale: Schema.optionalWith(Schema.NullOr(Schema.Literal("pl", "en")), { default: () => null })
}) {}

/** `POST /api/auth/login`. */
export const LoginRequest = Schema.Struct({
  username: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(64)),
  password: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(1024))
})
export type LoginRequest = typeof LoginRequest.Type

/** A session: the bearer token (also set as an httpOnly cookie), its user and when it expires. */
export const LoginResponse = Schema.Struct({
  token: Schema.String,
  user: User,
  expiresAt: Schema.String
})
export type LoginResponse = typeof LoginResponse.Type

/**
 * `GET /api/auth/me`: the caller, the session's expiry, and the registry's time zone (the one its dates
 * are kept in, `CRYOREG_TIME_ZONE`), in which the dashboard shows every time.
 */
export const SessionInfo = Schema.Struct({ user: User, expiresAt: Schema.String, timeZone: Schema.String })
export type SessionInfo = typeof SessionInfo.Type

/** The fewest characters of a password (the whole rule is `@cryoreg/contract/PasswordPolicy`). */
export const passwordMinLength = 12

/** `POST /api/users` (admin): a new account. */
export const NewUser = Schema.Struct({
  username: Username,
  displayName: Schema.NonEmptyTrimmedString.pipe(Schema.maxLength(200)),
  role: Role,
  centerId: Schema.NullOr(Model.CenterId),
  password: Schema.String.pipe(
    Schema.minLength(passwordMinLength, {
      message: () => `choose a longer password: at least ${passwordMinLength} characters are needed`
    }),
    Schema.maxLength(1024)
  )
})
export type NewUser = typeof NewUser.Type

/** `POST /api/auth/password`: the caller changes their own password. */
export const PasswordChange = Schema.Struct({
  currentPassword: Schema.String.pipe(Schema.maxLength(1024)),
  newPassword: NewUser.fields.password
})
export type PasswordChange = typeof PasswordChange.Type

/** `PATCH /api/auth/me`: what a user sets of their own account (their language). */
export const ProfileChange = Schema.Struct({ locale: Schema.Literal("pl", "en") })
export type ProfileChange = typeof ProfileChange.Type

/** `POST /api/users/:id/reset-password`: the one-time password, shown once, to be changed at the next sign-in. */
export const OneTimePassword = Schema.Struct({ password: Schema.String })
export type OneTimePassword = typeof OneTimePassword.Type

/** The path of an account's routes. */
export const UserPath = Schema.Struct({ id: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(64)) })
