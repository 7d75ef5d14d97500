import { Access, type User } from "@cryoreg/contract"
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

/** The center the caller is bound to, or null for the all-center roles (the policy's `Access.centerOf`). */
export const centerScope = (user: User): string | null => Access.centerOf(user)

/** Fails unless the caller may write clinical records (the policy's `Access.mayWrite`). */
export const requireWriter = Effect.flatMap(CurrentUser, (user) =>
  Access.mayWrite(user.role)
    ? Effect.succeed(user)
    : Effect.fail(
        new Forbidden({ message: `the ${user.role} role may not change clinical records`, role: user.role })
      )
)
