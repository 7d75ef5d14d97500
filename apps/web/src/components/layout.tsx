import type { User } from "@cryoreg/contract"
import { A, useNavigate } from "@solidjs/router"
import { type JSX, Show } from "solid-js"
import { useCenters } from "../api/centers"
import { t } from "../i18n"
import { LanguageSwitch } from "../i18n/language-switch"
import { useSession } from "../session/session"
import { DemoBanner } from "./demo-banner"
import { SiteNav } from "./site-nav"

function UserBox(props: { readonly user: User }): JSX.Element {
  const session = useSession()
  const navigate = useNavigate()
  const { centerName } = useCenters()
  return (
    <div class="user-box">
      <span>
        <strong>{props.user.displayName}</strong>
        <span class="muted">
          {" · "}
          {t(`shell.roles.${props.user.role}`)}
          <Show when={props.user.centerId}>
            {/* A JSX child, not a returned string: the name follows the centers once they arrive. */}
            {(c) => <>{` · ${t("shell.center", { center: centerName(c()) })}`}</>}
          </Show>
        </span>
      </span>
      <A href="/account/password">{t("admin.password.link")}</A>
      <button
        type="button"
        class="secondary"
        onClick={async () => {
          await session.logout()
          navigate("/login", { replace: true })
        }}
      >
        {t("shell.signOut")}
      </button>
    </div>
  )
}

/** The frame of every signed-in page: skip link, header with the user, navigation, demo banner. */
export function Layout(props: { readonly demo: boolean | undefined; readonly children?: JSX.Element }) {
  const session = useSession()
  return (
    <>
      <a class="skip-link" href="#main">
        {t("shell.skipLink")}
      </a>
      <header class="site-header">
        <div class="brand">
          <span class="logo">cryoreg</span>
          <span class="muted">{t("shell.brand")}</span>
        </div>
        <LanguageSwitch />
        <Show when={session.user()}>{(u) => <UserBox user={u()} />}</Show>
      </header>
      <SiteNav role={session.user()?.role} />
      <DemoBanner demo={props.demo} />
      <main id="main" tabindex="-1">
        {props.children}
      </main>
    </>
  )
}
