import { Model, ServerStatus } from "@cryoreg/domain"
import { Schema } from "effect"
import * as Access from "./Access.js"
import * as Auth from "./Auth.js"
import * as E from "./Endpoint.js"
import { Items } from "./Page.js"

// Sign-in, the caller, centers and accounts; Api.ts re-exports every endpoint here.
const { adminRoles: admin, roles } = Access

/** `GET /api/health`: version, database and whether the demo cohort is loaded (no session needed). */
export const health = E.get("health", {
  path: "/api/health",
  tag: "System",
  summary: "Server status",
  roles: "public",
  success: ServerStatus
})

/** `POST /api/auth/login`. */
export const login = E.post("login", {
  path: "/api/auth/login",
  tag: "Auth",
  summary: "Sign in: a bearer token and an httpOnly session cookie",
  roles: "public",
  errors: ["InvalidCredentials", "TooManyRequests"],
  body: Auth.LoginRequest,
  success: Auth.LoginResponse,
  status: 200
})

/** `POST /api/auth/logout`. */
export const logout = E.post("logout", {
  path: "/api/auth/logout",
  tag: "Auth",
  summary: "End the caller's session",
  roles: roles,
  beforePasswordChange: true,
  status: 204
})

/** `GET /api/auth/me`. */
export const me = E.get("me", {
  path: "/api/auth/me",
  tag: "Auth",
  summary: "The caller and when the session expires",
  roles: roles,
  beforePasswordChange: true,
  success: Auth.SessionInfo
})

/** `PATCH /api/auth/me`: the caller's own profile (the dashboard's language). */
export const updateProfile = E.patch("updateProfile", {
  path: "/api/auth/me",
  tag: "Auth",
  summary: "Keep the caller's choice of language",
  roles: Access.readerRoles,
  beforePasswordChange: true,
  body: Auth.ProfileChange,
  success: Auth.User,
  errors: ["NotFound"]
})

/** `POST /api/auth/password`. */
export const changePassword = E.post("changePassword", {
  path: "/api/auth/password",
  tag: "Auth",
  summary: "Change the caller's password (ends every session of the account)",
  roles: Access.readerRoles,
  beforePasswordChange: true,
  errors: ["InvalidCredentials"],
  body: Auth.PasswordChange,
  status: 204
})

/** `GET /api/centers`. */
export const listCenters = E.get("listCenters", {
  path: "/api/centers",
  tag: "Centers",
  summary: "Participating centers (a center-bound user sees its own)",
  roles: Access.readerRoles,
  beforePasswordChange: true,
  success: Items(Model.Center)
})

/** `POST /api/centers`. */
export const createCenter = E.post("createCenter", {
  path: "/api/centers",
  tag: "Centers",
  summary: "Add a participating center",
  roles: admin,
  errors: ["AlreadyRecorded"],
  body: Schema.Struct(Model.Center.fields),
  success: Model.Center
})

/** `PATCH /api/centers/:id`: renames a center (its id, the prefix of its patients' ids, stays). */
export const renameCenter = E.patch("renameCenter", {
  path: "/api/centers/:id",
  tag: "Centers",
  summary: "Rename a participating center",
  roles: admin,
  params: Schema.Struct({ id: Model.CenterId }),
  body: Schema.Struct({ name: Model.Center.fields.name, city: Model.Center.fields.city }),
  success: Model.Center,
  errors: ["NotFound"]
})

/** `GET /api/users`. */
export const listUsers = E.get("listUsers", {
  path: "/api/users",
  tag: "Users",
  summary: "Accounts",
  roles: admin,
  success: Items(Auth.User)
})

/** `POST /api/users`. */
export const createUser = E.post("createUser", {
  path: "/api/users",
  tag: "Users",
  summary: "Create an account",
  roles: admin,
  errors: ["AlreadyRecorded"],
  body: Auth.NewUser,
  success: Auth.User
})

/** `POST /api/users/:id/revoke-sessions`: ends every session of an account, device tokens included (404 `NotFound`). */
export const revokeSessions = E.post("revokeSessions", {
  path: "/api/users/:id/revoke-sessions",
  tag: "Users",
  summary: "End every session of an account (its tokens stop working at once)",
  roles: admin,
  errors: ["NotFound"],
  params: Auth.UserPath,
  status: 204
})

/** `POST /api/users/:id/unlock`: lifts the account's sign-in throttling from every address, audited (404 `NotFound`). */
export const unlockUser = E.post("unlockUser", {
  path: "/api/users/:id/unlock",
  tag: "Users",
  summary: "Lift the sign-in throttling of an account (after failed sign-ins)",
  roles: admin,
  errors: ["NotFound"],
  params: Auth.UserPath,
  status: 204
})

/** `POST /api/users/:id/deactivate`: the account signs in no more and its sessions end (404 `NotFound`). */
export const deactivateUser = E.post("deactivateUser", {
  path: "/api/users/:id/deactivate",
  tag: "Users",
  summary: "Deactivate an account (it signs in no more; its sessions end)",
  roles: admin,
  params: Auth.UserPath,
  success: Auth.User,
  status: 200,
  errors: ["NotFound"]
})

/** `POST /api/users/:id/reactivate`: a deactivated account may sign in again (404 `NotFound`). */
export const reactivateUser = E.post("reactivateUser", {
  path: "/api/users/:id/reactivate",
  tag: "Users",
  summary: "Reactivate an account",
  roles: admin,
  params: Auth.UserPath,
  success: Auth.User,
  status: 200,
  errors: ["NotFound"]
})

/** `POST /api/users/:id/reset-password`: a one-time password, to be changed at the next sign-in. */
export const resetPassword = E.post("resetPassword", {
  path: "/api/users/:id/reset-password",
  tag: "Users",
  summary: "Reset an account's password to a one-time password (its sessions end)",
  roles: admin,
  params: Auth.UserPath,
  success: Auth.OneTimePassword,
  status: 200,
  errors: ["NotFound"]
})
