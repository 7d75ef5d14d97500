import type { LoginRequest, User } from "@cryoreg/contract"
import {
  createContext,
  createEffect,
  createResource,
  type JSX,
  on,
  type Resource,
  untrack,
  useContext
} from "solid-js"
import { ApiError, client } from "../api/client"
import { type Locale, locale, setLocale, setTimeZone } from "../i18n"
import { knowUser } from "./readable"

/** The signed-in user (null when there is no session) and the ways to start and end a session. */
export interface Session {
  readonly user: Resource<User | null>
  readonly login: (credentials: LoginRequest) => Promise<User>
  readonly logout: () => Promise<void>
}

const SessionContext = createContext<Session>()

/** How the session is read and changed: the API by default, a fixture in component tests. */
export interface SessionSource {
  readonly me: () => Promise<User | null>
  readonly login: (credentials: LoginRequest) => Promise<User>
  readonly logout: () => Promise<void>
  /** Keeps the signed-in user's choice of language on the server (absent: kept in this browser only). */
  readonly saveLocale?: (locale: Locale) => Promise<User>
}

/** The session as the API keeps it: `GET /api/auth/me` answers 401 when the cookie is missing or expired. */
export const apiSession: SessionSource = {
  // the sign-in page has no session to ask about (asking would only be refused)
  me: () =>
    globalThis.location?.pathname === "/login"
      ? Promise.resolve(null)
      : client.me({}).then(
          (info) => {
            setTimeZone(info.timeZone)
            return info.user
          },
          (error: unknown) => {
            if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null
            throw error
          }
        ),
  login: (credentials) => client.login({ body: credentials }).then((r) => r.user),
  logout: () => client.logout({}),
  saveLocale: (l) => client.updateProfile({ body: { locale: l } })
}

// The user's language as the server keeps it wins over this browser's at sign-in.
const applyLocale = (user: User | null): User | null => {
  knowUser(user)
  if (user?.locale !== null && user?.locale !== undefined) setLocale(user.locale)
  return user
}

/** Provides the session to the pages below it. */
export function SessionProvider(props: {
  readonly source?: SessionSource | undefined
  readonly children: JSX.Element
}) {
  const source = props.source ?? apiSession
  const [user, { mutate }] = createResource<User | null>(() => source.me().then(applyLocale))
  // A language the signed-in user switches to is kept on the server for every browser (only a switch: the
  // browser's own default is not a choice, and the server's choice applied at sign-in is already kept).
  createEffect(
    on(
      locale,
      (l) => {
        const u = untrack(user)
        if (u === null || u === undefined || u.locale === l || source.saveLocale === undefined) return
        source.saveLocale(l).then(mutate, () => undefined)
      },
      { defer: true }
    )
  )
  const session: Session = {
    user,
    login: async (credentials) => {
      const signedIn = await source.login(credentials)
      applyLocale(signedIn)
      mutate(signedIn)
      return signedIn
    },
    logout: async () => {
      await source.logout().catch(() => undefined)
      knowUser(null)
      mutate(null)
    }
  }
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>
}

/** The current session; only inside a `SessionProvider`. */
export const useSession = (): Session => {
  const session = useContext(SessionContext)
  if (session === undefined) throw new Error("useSession outside a SessionProvider")
  return session
}
