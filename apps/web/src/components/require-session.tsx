import type { Role } from "@cryoreg/contract"
import { Navigate, useLocation } from "@solidjs/router"
import { type JSX, Match, Switch } from "solid-js"
import { t } from "../i18n"
import { useSession } from "../session/session"

/** Renders its children for a signed-in user; sends everyone else to /login, remembering where they were. */
export function RequireSession(props: { readonly children?: JSX.Element }): JSX.Element {
  const session = useSession()
  const location = useLocation()
  const next = () => encodeURIComponent(`${location.pathname}${location.search}`)
  return (
    <Switch>
      <Match when={session.user.error}>
        <p role="alert" class="bad">
          {t("shell.session.unreachable", { reason: String((session.user.error as Error).message) })}
        </p>
      </Match>
      <Match when={session.user.loading}>
        <p class="loading">{t("shell.session.checking")}</p>
      </Match>
      <Match when={session.user() === null}>
        <Navigate href={`/login?next=${next()}`} />
      </Match>
      <Match when={session.user()}>{props.children}</Match>
    </Switch>
  )
}

/** Renders its children only for the given roles; tells the others plainly that the page is not theirs. */
export function RequireRole(props: {
  readonly roles: ReadonlyArray<Role>
  readonly children?: JSX.Element
}): JSX.Element {
  const session = useSession()
  const allowed = () => {
    const role = session.user()?.role
    return role !== undefined && props.roles.includes(role)
  }
  return (
    <Switch>
      <Match when={allowed()}>{props.children}</Match>
      <Match when={!allowed()}>
        <section>
          <h1>{t("shell.session.notForRole")}</h1>
          <p>{t("shell.session.notForRoleBody")}</p>
        </section>
      </Match>
    </Switch>
  )
}
