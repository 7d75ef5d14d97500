import type { User } from "@cryoreg/contract"

/*
 * Whether the registry may be read yet: by a signed-in user whose password is their own. Until the session
 * is known, a read waits for it; a user who must change a password set for them reads nothing but that
 * page, so nothing else is asked for (the API would refuse it).
 */

let settle: (user: User | null) => void = () => undefined
let known: Promise<User | null> = new Promise((resolve) => {
  settle = resolve
})

/** The session as the provider came to know it (from the server, a sign-in, a sign-out). */
export const knowUser = (user: User | null): void => {
  settle(user)
  known = Promise.resolve(user)
}

/** Whether `user` may read the registry: signed in, with no password change owed. */
export const mayRead = (user: User | null | undefined): user is User =>
  user !== null && user !== undefined && !user.mustChangePassword

/** Runs `read` once the session is known, if its user may read the registry. */
export const whenReadable = (read: () => void): void => {
  void known.then((user) => {
    if (mayRead(user)) read()
  })
}
