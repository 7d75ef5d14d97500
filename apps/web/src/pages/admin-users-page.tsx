import { Access, type User } from "@cryoreg/contract"
import { A, createAsync, useAction } from "@solidjs/router"
import { createSignal, For, type JSX, Show } from "solid-js"
import { NewUserForm } from "../admin/new-user-form"
import { deactivateUser, getUsers, reactivateUser, resetPassword, revokeSessions } from "../api/admin"
import { useCenters } from "../api/centers"
import { ScrollBox } from "../components/scroll-box"
import { FormError } from "../forms/field"
import { fromApiError } from "../forms/issues"
import { t } from "../i18n"
import { useSession } from "../session/session"

/**
 * The registry's accounts: staff accounts with their acts (deactivate, reactivate, reset the password, end
 * the sessions), and apart from them the device accounts of the procedures under way (a device's account
 * ends with its procedure, and is not listed after).
 */
type Action = "reactivate" | "reset" | "revoke" | "deactivate"

/** One act on an account: its button, named with the account for assistive technology. */
function Act(props: {
  readonly act: Action
  readonly user: User
  readonly run: (u: User) => void
}): JSX.Element {
  return (
    <button
      type="button"
      class="secondary"
      aria-label={t("admin.users.actionsFor", {
        action: t(`admin.users.${props.act}`),
        user: props.user.username
      })}
      onClick={() => props.run(props.user)}
    >
      {t(`admin.users.${props.act}`)}
    </button>
  )
}

export default function AdminUsersPage(): JSX.Element {
  const session = useSession()
  const { centers, centerName } = useCenters()
  const users = createAsync(() => getUsers())
  const deactivateAccount = useAction(deactivateUser)
  const reactivateAccount = useAction(reactivateUser)
  const endSessions = useAction(revokeSessions)
  const resetAccount = useAction(resetPassword)
  // each role's accounts together, the roles in the order the new account's role list offers them
  const staff = () =>
    (users()?.items ?? [])
      .filter((u) => !Access.isProbe(u.role))
      .toSorted((a, b) => Access.staffRoles.indexOf(a.role) - Access.staffRoles.indexOf(b.role))
  const devices = () => (users()?.items ?? []).filter((u) => Access.isProbe(u.role) && u.active)
  const [creating, setCreating] = createSignal(false)
  const [notice, setNotice] = createSignal<string>()
  const [error, setError] = createSignal<string>()
  const [oneTime, setOneTime] = createSignal<{ user: string; password: string }>()
  // each act replaces what the last one showed, a one-time password too (it was for the act before)
  const act = async (run: () => Promise<unknown>, done: string) => {
    setNotice(undefined)
    setError(undefined)
    setOneTime(undefined)
    try {
      await run()
      setNotice(done)
    } catch (e) {
      setError(fromApiError(e).message)
    }
  }
  const deactivate = (u: User) => {
    if (!window.confirm(t("admin.users.confirmDeactivate", { user: u.displayName }))) return
    void act(() => deactivateAccount(u.id), t("admin.users.deactivatedDone", { user: u.displayName }))
  }
  const reactivate = (u: User) =>
    act(() => reactivateAccount(u.id), t("admin.users.reactivatedDone", { user: u.displayName }))
  const revoke = (u: User) =>
    act(() => endSessions(u.id), t("admin.users.revokedDone", { user: u.displayName }))
  const reset = (u: User) => {
    if (!window.confirm(t("admin.users.confirmReset", { user: u.displayName }))) return
    void act(async () => {
      const { password } = await resetAccount(u.id)
      setOneTime({ user: u.displayName, password })
    }, "")
  }
  const roleText = (u: User) => t(`shell.roles.${u.role}`)
  const centerText = (u: User) => (u.centerId === null ? t("admin.users.allCenters") : centerName(u.centerId))
  const self = (u: User) => session.user()?.id === u.id
  return (
    <section data-page="admin-users">
      <h1>{t("admin.users.title")}</h1>
      <p class="muted">{t("admin.users.intro")}</p>
      <Show when={oneTime()}>
        {(o) => (
          <div class="card one-time" role="alert">
            <h2>{t("admin.users.resetDone", { user: o().user })}</h2>
            <p>
              <code class="one-time-password">{o().password}</code>
            </p>
            <p>{t("admin.users.resetNote", { user: o().user })}</p>
            <button type="button" onClick={() => setOneTime(undefined)}>
              {t("admin.users.dismiss")}
            </button>
          </div>
        )}
      </Show>
      <Show when={notice()}>
        <p class="good" role="status">
          {notice()}
        </p>
      </Show>
      <FormError message={error()} />
      <Show
        when={creating()}
        fallback={
          <div class="toolbar">
            <button type="button" onClick={() => setCreating(true)}>
              {t("admin.users.create.open")}
            </button>
          </div>
        }
      >
        <NewUserForm
          centers={centers()}
          onCancel={() => setCreating(false)}
          onCreated={(u) => {
            setCreating(false)
            setNotice(t("admin.users.create.created", { user: u.username }))
          }}
        />
      </Show>
      <h2>{t("admin.users.staff")}</h2>
      <ScrollBox label={t("admin.users.staff")} class="card">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.users.username")}</th>
              <th scope="col">{t("admin.users.displayName")}</th>
              <th scope="col">{t("admin.users.role")}</th>
              <th scope="col">{t("admin.users.center")}</th>
              <th scope="col">{t("admin.users.status")}</th>
              <th scope="col" class="row-acts">
                {t("admin.users.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={staff()}>
              {(u) => (
                <tr data-user={u.username}>
                  <td class="words">{u.username}</td>
                  <td class="words">{u.displayName}</td>
                  <td>{roleText(u)}</td>
                  <td>{centerText(u)}</td>
                  {/* names and the state's words wrap on a tablet: the columns stay beside the acts pinned on the row */}
                  <td class="words">
                    <span class="badge" classList={{ good: u.active, bad: !u.active }}>
                      {u.active ? t("admin.users.active") : t("admin.users.deactivated")}
                    </span>
                    <Show when={u.mustChangePassword}>
                      {" "}
                      <span class="muted">{t("admin.users.mustChange")}</span>
                    </Show>
                  </td>
                  <td class="row-acts">
                    <Show when={!self(u)}>
                      <div class="row-actions">
                        <Show when={u.active} fallback={<Act act="reactivate" user={u} run={reactivate} />}>
                          <Act act="reset" user={u} run={reset} />
                          <Act act="revoke" user={u} run={revoke} />
                          <Act act="deactivate" user={u} run={deactivate} />
                        </Show>
                      </div>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </ScrollBox>
      <h2>{t("admin.users.devices")}</h2>
      <p class="muted">{t("admin.users.devicesIntro")}</p>
      <Show when={devices().length > 0} fallback={<p>{t("admin.users.noDevices")}</p>}>
        <ScrollBox label={t("admin.users.devices")} class="card">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.users.probeSerial")}</th>
                <th scope="col">{t("admin.users.center")}</th>
                <th scope="col">{t("admin.users.probeProcedure")}</th>
                <th scope="col" class="row-acts">
                  {t("admin.users.actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={devices()}>
                {(u) => (
                  <tr data-user={u.username}>
                    <td>{u.displayName}</td>
                    <td>{centerText(u)}</td>
                    <td>
                      <Show when={u.procedureId} fallback="—">
                        {(id) => (
                          <A href={`/procedures/${encodeURIComponent(id())}/live`}>
                            {t("admin.users.openLive")}
                          </A>
                        )}
                      </Show>
                    </td>
                    <td class="row-acts">
                      <Act act="revoke" user={u} run={revoke} />
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </ScrollBox>
      </Show>
    </section>
  )
}
