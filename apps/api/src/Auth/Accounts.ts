import { Access, Issues, type User } from "@cryoreg/contract"
import { Effect, Option } from "effect"
import { Audit } from "../Audit.js"
import { CurrentUser } from "../CurrentUser.js"
import { InvalidRequest, NotFound } from "../Errors.js"
import * as Passwords from "./Passwords.js"
import { AuthRepo } from "./Repo.js"

const now = () => new Date().toISOString()

/**
 * The administrator's acts on an account (and the one thing a user sets of their own: the language): deactivate it (it signs in no more, its sessions end at once),
 * reactivate it, reset its password to a one-time password it must change at the next sign-in. Each is
 * audited; an administrator cannot deactivate their own account (the registry would lose its last key).
 */
export class Accounts extends Effect.Service<Accounts>()("api/Accounts", {
  effect: Effect.gen(function* () {
    const repo = yield* AuthRepo
    const audit = yield* Audit

    const found = (userId: string) =>
      Effect.flatMap(repo.byId(userId), (user) =>
        Option.match(user, {
          onNone: () => Effect.fail(new NotFound({ message: `no user ${userId}` })),
          onSome: Effect.succeed
        })
      )

    const notSelf = (user: User, act: "deactivate" | "resetPassword") =>
      Effect.flatMap(CurrentUser, (caller) => {
        const message = `you cannot ${act === "deactivate" ? "deactivate" : "reset the password of"} your own account`
        return caller.id === user.id
          ? Effect.fail(
              new InvalidRequest({ message, issues: [Issues.rule("ownAccount", ["id"], message, { act })] })
            )
          : Effect.void
      })

    const deactivate = (userId: string) =>
      Effect.gen(function* () {
        const user = yield* found(userId)
        yield* notSelf(user, "deactivate")
        if (!user.active) return user
        const at = now()
        yield* repo.setDeactivated(user.id, at)
        yield* repo.revokeUserSessions(user.id, at)
        yield* audit.append({
          action: "deactivate",
          entity: "user",
          entityId: user.id,
          before: { active: true },
          after: { active: false, sessions: "revoked" }
        })
        return yield* found(userId)
      })

    const reactivate = (userId: string) =>
      Effect.gen(function* () {
        const user = yield* found(userId)
        if (user.active) return user
        if (Access.isProbe(user.role))
          return yield* new InvalidRequest({
            message: "a device account ends with its procedure and cannot be reactivated",
            issues: [
              Issues.rule("deviceAccount", ["id"], "a device account cannot be reactivated", {
                act: "reactivate"
              })
            ]
          })
        yield* repo.setDeactivated(user.id, null)
        yield* audit.append({
          action: "reactivate",
          entity: "user",
          entityId: user.id,
          before: { active: false },
          after: { active: true }
        })
        return yield* found(userId)
      })

    /** A one-time password, returned once (only its hash is kept); the account's sessions end. */
    const resetPassword = (userId: string) =>
      Effect.gen(function* () {
        const user = yield* found(userId)
        yield* notSelf(user, "resetPassword")
        if (Access.isProbe(user.role))
          return yield* new InvalidRequest({
            message: "a device account signs in by token only: it has no password",
            issues: [
              Issues.rule("deviceAccount", ["id"], "a device account has no password", {
                act: "resetPassword"
              })
            ]
          })
        const password = Passwords.generatePassword()
        const hash = yield* Effect.promise(() => Passwords.hash(password))
        const at = now()
        yield* repo.setPassword(user.id, hash, at, true)
        yield* repo.revokeUserSessions(user.id, at)
        yield* audit.append({
          action: "reset",
          entity: "user",
          entityId: user.id,
          after: { password: "one-time, to be changed at the next sign-in", sessions: "revoked" }
        })
        return { password }
      })

    /** The caller's own choice of language (not audited: it changes no record and no access). */
    const setOwnLocale = (locale: "pl" | "en") =>
      Effect.gen(function* () {
        const caller = yield* CurrentUser
        yield* repo.setLocale(caller.id, locale)
        return yield* found(caller.id)
      })

    return { deactivate, reactivate, resetPassword, setOwnLocale } as const
  }),
  dependencies: [AuthRepo.Default]
}) {}
