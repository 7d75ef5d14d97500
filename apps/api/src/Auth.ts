import { randomUUID } from "node:crypto"
import { Access, Issues, type LoginResponse, type NewUser, User } from "@cryoreg/contract"
import * as PasswordPolicy from "@cryoreg/contract/PasswordPolicy"
import { Model } from "@cryoreg/domain"
import { Duration, Effect, Either, Option } from "effect"
import * as AppConfig from "./AppConfig.js"
import { Audit } from "./Audit.js"
import * as Passwords from "./Auth/Passwords.js"
import { AuthRepo, type StoredUser } from "./Auth/Repo.js"
import { outside, SignInThrottle } from "./Auth/Throttle.js"
import { Centers } from "./Centers.js"
import { ClientAddress, CurrentUser, type Session } from "./CurrentUser.js"
import {
  AlreadyRecorded,
  InvalidCredentials,
  InvalidRequest,
  NotFound,
  type TooManyRequests
} from "./Errors.js"

const now = () => new Date().toISOString()

/** Refuses a weak password for the account `username` as a bad request naming the field and the rule. */
const acceptable = (password: string, username: string, field: string) =>
  PasswordPolicy.check(password, username).pipe(
    Effect.mapError(
      (weak) =>
        new InvalidRequest({
          message: `the password is too weak: ${weak.message}`,
          issues: [Issues.rule("password", [field], weak.message)]
        })
    )
  )
const promise = <A>(f: () => Promise<A>) => Effect.promise(f)

/** Accounts and sessions (the administrator's acts on an account are in Auth/Accounts.ts): login, token authentication, logout, password changes. */
export class Auth extends Effect.Service<Auth>()("api/Auth", {
  effect: Effect.gen(function* () {
    const repo = yield* AuthRepo
    const centers = yield* Centers
    const audit = yield* Audit
    const throttle = yield* SignInThrottle
    const sessionLength = yield* AppConfig.sessionLength

    // Every refused sign-in costs one scrypt verification: an unknown name, a device account (token only)
    // and a wrong password take the same time, so the answer's time tells nothing about which it was.
    const verified = (stored: Option.Option<StoredUser>, password: string) =>
      Effect.gen(function* () {
        const usable = Option.filter(
          stored,
          (s) => !Access.isProbe(s.user.role) && s.user.active && s.passwordHash.startsWith("scrypt$")
        )
        const hash = Option.isSome(usable) ? usable.value.passwordHash : yield* promise(() => Passwords.decoy)
        const ok = yield* promise(() => Passwords.verify(password, hash))
        return ok && Option.isSome(usable) ? Option.some(usable.value.user) : Option.none<User>()
      })

    // A sign-in's actor: the account tried when it exists, else only the name (never the password).
    const tried = (username: string, stored: Option.Option<StoredUser>) => ({
      id: Option.isSome(stored) ? stored.value.user.id : "",
      username
    })

    /** Signs in from `address`, throttled per (exact user name, address) and audited whatever the outcome. */
    const login = (
      username: string,
      password: string,
      address: string
    ): Effect.Effect<LoginResponse, InvalidCredentials | TooManyRequests> =>
      Effect.gen(function* () {
        const throttled = yield* Effect.either(throttle.attempt(username, address))
        const stored = yield* repo.byUsername(username)
        const event = { action: "login", entity: "user", entityId: tried(username, stored).id } as const
        if (Either.isLeft(throttled)) {
          yield* audit.appendAs(tried(username, stored), { ...event, outcome: "throttled" })
          return yield* throttled.left
        }
        const user = yield* verified(stored, password)
        if (Option.isNone(user)) {
          yield* audit.appendAs(tried(username, stored), {
            ...event,
            outcome: "refused: unknown user name or wrong password"
          })
          return yield* new InvalidCredentials({ message: "unknown user name or wrong password" })
        }
        yield* throttle.succeeded(username, address)
        const token = Passwords.newToken()
        const at = now()
        const expiresAt = new Date(Date.now() + Duration.toMillis(sessionLength)).toISOString()
        yield* repo.insertSession(Passwords.tokenHash(token), user.value.id, at, expiresAt)
        yield* audit.appendAs(user.value, event)
        return { token, user: user.value, expiresAt }
      }).pipe(Effect.provideService(ClientAddress, address))

    /** The session of a token, if it is valid and not expired or revoked. */
    const authenticate = (token: string): Effect.Effect<Option.Option<Session>> =>
      token.length > 200 ? Effect.succeedNone : repo.sessionUser(Passwords.tokenHash(token), now())

    /** The procedure that ended (completed or aborted) of a device token that no longer authenticates. */
    const endedProcedure = (token: string) =>
      token.length > 200 ? Effect.succeedNone : repo.endedProcedureOf(Passwords.tokenHash(token))

    /** Ends the caller's session, audited. */
    const logout = (token: string) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        yield* repo.revokeSession(Passwords.tokenHash(token), now())
        yield* audit.append({ action: "logout", entity: "user", entityId: user.id })
      })

    /** Changes the caller's password, throttled like a sign-in (a stolen session cannot guess the current one). */
    const changePassword = (currentPassword: string, newPassword: string) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const address = Option.getOrElse(yield* Effect.serviceOption(ClientAddress), () => "unknown")
        const event = { action: "password", entity: "user", entityId: user.id } as const
        // Audited outside the request's transaction: a refusal rolls that back, the audit row stays.
        const refused = (outcome: string) => audit.append({ ...event, outcome }).pipe(Effect.orDie, outside)
        const throttled = yield* Effect.either(throttle.attempt(user.username, address))
        if (Either.isLeft(throttled)) {
          yield* refused("throttled")
          return yield* throttled.left
        }
        const ok = Option.isSome(yield* verified(yield* repo.byUsername(user.username), currentPassword))
        if (!ok) {
          yield* refused("refused: the current password is wrong")
          return yield* new InvalidCredentials({ message: "the current password is wrong" })
        }
        yield* throttle.succeeded(user.username, address)
        yield* acceptable(newPassword, user.username, "newPassword")
        const hash = yield* promise(() => Passwords.hash(newPassword))
        const at = now()
        yield* repo.setPassword(user.id, hash, at)
        yield* repo.revokeUserSessions(user.id, at)
        yield* audit.append({ ...event, after: { password: "changed", sessions: "revoked" } })
      })

    /** Ends every session of an account (an admin's act, audited): its tokens stop working at once. */
    const revokeSessions = (userId: string) =>
      Effect.gen(function* () {
        const users = yield* repo.listUsers
        if (!users.some((u) => u.id === userId)) return yield* new NotFound({ message: `no user ${userId}` })
        yield* repo.revokeUserSessions(userId, now())
        yield* audit.append({
          action: "revoke",
          entity: "user",
          entityId: userId,
          after: { sessions: "revoked" }
        })
      })

    /** Lifts every sign-in lock of an account, from every address (an admin's act, audited). */
    const unlock = (userId: string) =>
      Effect.gen(function* () {
        const user = (yield* repo.listUsers).find((u) => u.id === userId)
        if (user === undefined) return yield* new NotFound({ message: `no user ${userId}` })
        yield* throttle.unlock(user.username)
        yield* audit.append({
          action: "unlock",
          entity: "user",
          entityId: userId,
          after: { signIn: "unlocked" }
        })
      })

    /** Creates an account (admin, or the first start); its password is hashed here. */
    const createUser = (input: NewUser, options: { readonly mustChangePassword?: boolean } = {}) =>
      Effect.gen(function* () {
        if (Option.isSome(yield* repo.byUsername(input.username)))
          return yield* new AlreadyRecorded({
            message: `a user named "${input.username}" already exists`,
            record: "user",
            issues: [
              Issues.rule("taken", ["username"], `the user name "${input.username}" is taken`, {
                value: input.username,
                record: "user"
              })
            ]
          })
        yield* acceptable(input.password, input.username, "password")
        const bound = Access.isCenterBound(input.role)
        if (bound && (input.centerId === null || !(yield* centers.exists(input.centerId))))
          return yield* new InvalidRequest({
            message: `a ${input.role} is bound to one center`,
            issues: [
              Issues.rule(
                input.centerId === null ? "required" : "unknown",
                ["centerId"],
                `a ${input.role} needs the id of an existing center; got ${JSON.stringify(input.centerId)}`,
                { value: input.centerId }
              )
            ]
          })
        const user = new User({
          id: randomUUID(),
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          centerId: Access.centerOf(input),
          mustChangePassword: options.mustChangePassword === true
        })
        const hash = yield* promise(() => Passwords.hash(input.password))
        yield* repo.insertUser(user, hash, now())
        yield* audit.append({ action: "create", entity: "user", entityId: user.id, after: user })
        return user
      })

    /**
     * A `device` token bound to one procedure. A device caller binds a session of its own account; for a
     * clinical caller a device account of the procedure's center is created (it signs in by token only).
     */
    const deviceToken = (procedure: {
      readonly id: string
      readonly centerId: string
      readonly deviceSerial: string
    }) =>
      Effect.gen(function* () {
        const caller = yield* CurrentUser
        const at = now()
        let device = caller
        // A new token for the same procedure (a reissue) is a session of the device account it already has.
        const existing = Access.isProbe(caller.role)
          ? Option.none()
          : yield* repo.byUsername(`device.${procedure.id}`)
        if (Option.isSome(existing)) device = existing.value.user
        else if (!Access.isProbe(caller.role)) {
          device = new User({
            id: randomUUID(),
            username: `device.${procedure.id}`,
            // the probe's serial number: the dashboard names the account in words beside its procedure
            displayName: procedure.deviceSerial,
            role: "device",
            centerId: Model.CenterId.make(procedure.centerId)
          })
          yield* repo.insertUser(device, "token-only", at)
          yield* audit.append({ action: "create", entity: "user", entityId: device.id, after: device })
        }
        const token = Passwords.newToken()
        const expiresAt = new Date(Date.now() + Duration.toMillis(sessionLength)).toISOString()
        yield* repo.insertSession(Passwords.tokenHash(token), device.id, at, expiresAt, procedure.id)
        return { token, expiresAt }
      })

    return {
      deviceToken,
      login,
      authenticate,
      endedProcedure,
      logout,
      changePassword,
      revokeSessions,
      unlock,
      createUser,
      listUsers: repo.listUsers,
      countUsers: repo.countUsers
    } as const
  }),
  dependencies: [AuthRepo.Default, Centers.Default, SignInThrottle.Default]
}) {}
