import { ApiError } from "@cryoreg/contract"
import { revalidate, useNavigate } from "@solidjs/router"
import { createSignal, type JSX, Show } from "solid-js"
import { passwordProblem } from "../admin/password-rules"
import { client } from "../api/client"
import { errorId, Field, FormError } from "../forms/field"
import { type FieldErrors, fromApiError } from "../forms/issues"
import { t } from "../i18n"
import { useSession } from "../session/session"

/**
 * Every user changes their own password here (the header's user box links to it). A password the server
 * chose (first start, an administrator's reset) brings the user here before any other page. The API ends
 * every session of the account on a change, so the user is signed in again with the new password.
 */
export default function AccountPasswordPage(): JSX.Element {
  const session = useSession()
  const navigate = useNavigate()
  const [current, setCurrent] = createSignal("")
  const [next, setNext] = createSignal("")
  const [repeat, setRepeat] = createSignal("")
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [message, setMessage] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const [done, setDone] = createSignal(false)
  const user = () => session.user()
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setMessage(undefined)
    setDone(false)
    const username = user()?.username ?? ""
    const found: Record<string, string> = {}
    if (current() === "") found.currentPassword = t("admin.password.currentMissing")
    const weak = passwordProblem(next(), username)
    if (next() === "") found.newPassword = t("admin.password.nextMissing")
    else if (weak !== undefined) found.newPassword = weak
    else if (next() !== repeat()) found.repeat = t("admin.password.mismatch")
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const forced = user()?.mustChangePassword ?? false
    setBusy(true)
    try {
      await client.changePassword({ body: { currentPassword: current(), newPassword: next() } })
      await session.login({ username, password: next() })
      // What was read while the registry refused everything but this change is read again.
      await revalidate()
      setCurrent("")
      setNext("")
      setRepeat("")
      setDone(true)
      // Once the password set for them is replaced, the user goes on to the registry.
      if (forced) navigate("/cohort", { replace: true })
    } catch (error) {
      // The only refusal of the sign-in kind here is the current password: it is said beside its field.
      if (error instanceof ApiError && error.error === "InvalidCredentials")
        return setErrors({ currentPassword: t("admin.password.currentWrong") })
      const failed = fromApiError(error)
      setErrors(failed.fields)
      setMessage(failed.message)
    } finally {
      setBusy(false)
    }
  }
  const input = (
    id: string,
    key: string,
    value: () => string,
    set: (v: string) => void,
    autocomplete: string
  ) => (
    <input
      id={id}
      type="password"
      autocomplete={autocomplete}
      value={value()}
      onInput={(e) => set(e.currentTarget.value)}
      aria-invalid={errors()[key] !== undefined}
      aria-describedby={errorId(id)}
    />
  )
  return (
    <section data-page="account-password">
      <h1>{t("admin.password.title")}</h1>
      <Show when={user()?.mustChangePassword}>
        <p class="warn" role="alert">
          {t("admin.password.forced")}
        </p>
      </Show>
      <Show when={done()}>
        <p class="good" role="status">
          {t("admin.password.done")}
        </p>
      </Show>
      <form class="card stack" onSubmit={submit} novalidate aria-labelledby="password-title">
        <h2 id="password-title" class="visually-hidden">
          {t("admin.password.title")}
        </h2>
        <Field id="pw-current" label={t("admin.password.current")} error={errors().currentPassword}>
          {input("pw-current", "currentPassword", current, setCurrent, "current-password")}
        </Field>
        <Field
          id="pw-new"
          label={t("admin.password.next")}
          error={errors().newPassword}
          hint={t("admin.password.hint")}
        >
          {input("pw-new", "newPassword", next, setNext, "new-password")}
        </Field>
        <Field id="pw-repeat" label={t("admin.password.repeat")} error={errors().repeat}>
          {input("pw-repeat", "repeat", repeat, setRepeat, "new-password")}
        </Field>
        <FormError message={message()} />
        <div class="toolbar">
          <button type="submit" disabled={busy()}>
            {busy() ? t("admin.common.saving") : t("admin.password.submit")}
          </button>
        </div>
      </form>
    </section>
  )
}
