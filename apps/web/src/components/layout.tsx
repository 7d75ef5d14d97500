import type { User } from "@cryoreg/contract"
import { useNavigate } from "@solidjs/router"
import { type JSX, Show } from "solid-js"
import { roleLabel } from "../session/roles"
import { useSession } from "../session/session"
import { DemoBanner } from "./demo-banner"
import { SiteNav } from "./site-nav"

function UserBox(props: { readonly user: User }): JSX.Element {
  const session = useSession()
  const navigate = useNavigate()
  return (
    <div class="user-box">
      <span>
        <strong>{props.user.displayName}</strong>
        <span class="muted">
          {" · "}
          {roleLabel[props.user.role]}
          <Show when={props.user.centerId}>{(c) => ` · center ${c()}`}</Show>
        </span>
      </span>
      <button
        type="button"
        class="secondary"
        onClick={async () => {
          await session.logout()
          navigate("/login", { replace: true })
        }}
      >
        Sign out
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
        Skip to content
      </a>
      <header class="site-header">
        <div class="brand">
          <span class="logo">cryoreg</span>
          <span class="muted">Cryoneurolysis of the sacral lateral branches — registry</span>
        </div>
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
