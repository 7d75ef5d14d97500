import type { User } from "@cryoreg/contract"
import { Context, Effect } from "effect"
import { Forbidden } from "./Errors.js"

/** Who is asking: every repository reads it, so no query can forget the caller's center. */
export class CurrentUser extends Context.Tag("api/CurrentUser")<CurrentUser, User>() {}

/** A valid session as one statement read it: the caller, when the session ends, and the data version then. */
export interface Session {
  readonly user: User
  readonly expiresAt: string
  readonly dataVersion: string
}

/** The session the request was authenticated with (its data version is what cached reads are checked against). */
export class RequestSession extends Context.Tag("api/RequestSession")<RequestSession, Session>() {}

/** The address a request came from (the proxy's client address with `CRYOREG_TRUST_PROXY=1`): for the audit trail. */
export class ClientAddress extends Context.Tag("api/ClientAddress")<ClientAddress, string>() {}

/** The center the caller is bound to, or null for the all-center roles (admin, statistician). */
export const centerScope = (user: User): string | null =>
  user.role === "admin" || user.role === "statistician" ? null : user.centerId

/** Fails unless the caller may write clinical records (admin, coordinator, clinician). */
export const requireWriter = Effect.flatMap(CurrentUser, (user) =>
  user.role === "admin" || user.role === "coordinator" || user.role === "clinician"
    ? Effect.succeed(user)
    : Effect.fail(
        new Forbidden({ message: `the ${user.role} role may not change clinical records`, role: user.role })
      )
)
