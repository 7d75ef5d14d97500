import { Api } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Context, Hono } from "hono"
import { deleteCookie, setCookie } from "hono/cookie"
import { Auth } from "../Auth.js"
import { RequestSession } from "../CurrentUser.js"
import { TooManyRequests } from "../Errors.js"
import { type Runtime, router, sessionCookie, tokenOf } from "../http/Route.js"
import { client } from "../http/Security/Client.js"
import { Today } from "../Today.js"
import { Accounts } from "./Accounts.js"

// A throttled attempt says when to come back.
const retryAfter =
  (c: Context) =>
  (error: { readonly _tag: string }): Effect.Effect<void> =>
    Effect.sync(() => {
      if (error instanceof TooManyRequests) c.header("retry-after", String(error.retryAfter))
    })

/** `/api/auth/*` and `/api/users`: sign in and out, the caller, passwords, accounts. */
export const authRoutes = (app: Hono, runtime: Runtime) => {
  const r = router(app, runtime)
  r.mount(Api.login, ({ body }, c) =>
    Effect.flatMap(Auth, (auth) => auth.login(body.username, body.password, client(c).address)).pipe(
      Effect.tap((session) =>
        setCookie(c, sessionCookie, session.token, {
          httpOnly: true,
          sameSite: "Strict",
          path: "/",
          secure: client(c).https,
          expires: new Date(session.expiresAt)
        })
      ),
      Effect.tapError(retryAfter(c))
    )
  )
  r.mount(Api.logout, (_, c) =>
    Effect.flatMap(Auth, (auth) => auth.logout(tokenOf(c) ?? "")).pipe(
      Effect.tap(() => deleteCookie(c, sessionCookie, { path: "/" }))
    )
  )
  r.mount(Api.me, () =>
    Effect.all([RequestSession, Today]).pipe(
      Effect.map(([{ user, expiresAt }, today]) => ({ user, expiresAt, timeZone: today.timeZone }))
    )
  )
  r.mount(Api.changePassword, ({ body }, c) =>
    Effect.flatMap(Auth, (auth) => auth.changePassword(body.currentPassword, body.newPassword)).pipe(
      Effect.tap(() => deleteCookie(c, sessionCookie, { path: "/" })),
      Effect.tapError(retryAfter(c))
    )
  )
  r.mount(Api.listUsers, () =>
    Effect.map(
      Effect.flatMap(Auth, (auth) => auth.listUsers),
      (items) => ({ items })
    )
  )
  // An administrator chose the password: its owner changes it at the first sign-in (as after a reset).
  r.mount(Api.createUser, ({ body }) =>
    Effect.flatMap(Auth, (auth) => auth.createUser(body, { mustChangePassword: true }))
  )
  r.mount(Api.revokeSessions, ({ params }) => Effect.flatMap(Auth, (auth) => auth.revokeSessions(params.id)))
  r.mount(Api.unlockUser, ({ params }) => Effect.flatMap(Auth, (auth) => auth.unlock(params.id)))
  r.mount(Api.updateProfile, ({ body }) => Effect.flatMap(Accounts, (a) => a.setOwnLocale(body.locale)))
  r.mount(Api.deactivateUser, ({ params }) => Effect.flatMap(Accounts, (a) => a.deactivate(params.id)))
  r.mount(Api.reactivateUser, ({ params }) => Effect.flatMap(Accounts, (a) => a.reactivate(params.id)))
  r.mount(Api.resetPassword, ({ params }) => Effect.flatMap(Accounts, (a) => a.resetPassword(params.id)))
}
