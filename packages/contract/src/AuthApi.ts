import { Model, ServerStatus } from "@cryoreg/domain"
import { Schema } from "effect"
import * as Auth from "./Auth.js"
import * as E from "./Endpoint.js"
import { Items } from "./Page.js"

// Sign-in, the caller, centers and accounts; Api.ts re-exports every endpoint here.
const { readerRoles } = Auth
const admin = ["admin"] as const

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
  roles: [...readerRoles, "device"],
  status: 204
})

/** `GET /api/auth/me`. */
export const me = E.get("me", {
  path: "/api/auth/me",
  tag: "Auth",
  summary: "The caller and when the session expires",
  roles: [...readerRoles, "device"],
  success: Auth.SessionInfo
})

/** `POST /api/auth/password`. */
export const changePassword = E.post("changePassword", {
  path: "/api/auth/password",
  tag: "Auth",
  summary: "Change the caller's password (ends every session of the account)",
  roles: readerRoles,
  errors: ["InvalidCredentials"],
  body: Auth.PasswordChange,
  status: 204
})

/** `GET /api/centers`. */
export const listCenters = E.get("listCenters", {
  path: "/api/centers",
  tag: "Centers",
  summary: "Participating centers (a center-bound user sees its own)",
  roles: readerRoles,
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
  params: Schema.Struct({ id: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(64)) }),
  status: 204
})

/** `POST /api/users/:id/unlock`: lifts the account's sign-in throttling from every address, audited (404 `NotFound`). */
export const unlockUser = E.post("unlockUser", {
  path: "/api/users/:id/unlock",
  tag: "Users",
  summary: "Lift the sign-in throttling of an account (after failed sign-ins)",
  roles: admin,
  errors: ["NotFound"],
  params: Schema.Struct({ id: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(64)) }),
  status: 204
})
