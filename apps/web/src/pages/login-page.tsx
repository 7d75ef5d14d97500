import { LoginRequest } from "@cryoreg/contract"
import { useNavigate, useSearchParams } from "@solidjs/router"
import { Either } from "effect"
import { createResource, createSignal, type JSX } from "solid-js"
import { client } from "../api/client"
import { DemoBanner } from "../components/demo-banner"
import { ServerStatus } from "../components/server-status"
import { errorId, Field, FormError } from "../forms/field"
import { type FieldErrors, fromApiError, validate } from "../forms/issues"
import { t } from "../i18n"
import { LanguageSwitch } from "../i18n/language-switch"
import { useSession } from "../session/session"

const safeNext = (next: string | string[] | undefined): string =>
  typeof next === "string" && next.startsWith("/") && !next.startsWith("//") && next !== "/login"
    ? next
    : "/cohort"

/** Sign in with a registry account; goes on to the page the user came for. */
export default function LoginPage(): JSX.Element {
  const session = useSession()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const [username, setUsername] = createSignal("")
  const [password, setPassword] = createSignal("")
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [message, setMessage] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const [health] = createResource(() => client.health({}).catch(() => undefined))
  const labels = () => ({ username: t("shell.login.username"), password: t("shell.login.password") })
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setMessage(undefined)
    const decoded = validate(LoginRequest, { username: username().trim(), password: password() }, labels())
    if (Either.isLeft(decoded)) return setErrors(decoded.left)
    setErrors({})
    setBusy(true)
    try {
      await session.login(decoded.right)
      navigate(safeNext(search.next), { replace: true })
    } catch (error) {
      const failed = fromApiError(error, labels())
      setErrors(failed.fields)
      setMessage(failed.message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <main id="main" class="login">
      <form class="card login-card" onSubmit={submit} novalidate aria-labelledby="login-title">
        <LanguageSwitch />
        <h1 id="login-title">{t("shell.login.title")}</h1>
        <p class="muted">{t("shell.login.subtitle")}</p>
        <Field id="login-username" label={t("shell.login.username")} error={errors().username}>
          <input
            id="login-username"
            name="username"
            autocomplete="username"
            value={username()}
            onInput={(e) => setUsername(e.currentTarget.value)}
            aria-invalid={errors().username !== undefined}
            aria-describedby={errorId("login-username")}
          />
        </Field>
        <Field id="login-password" label={t("shell.login.password")} error={errors().password}>
          <input
            id="login-password"
            name="password"
            type="password"
            autocomplete="current-password"
            value={password()}
            onInput={(e) => setPassword(e.currentTarget.value)}
            aria-invalid={errors().password !== undefined}
            aria-describedby={errorId("login-password")}
          />
        </Field>
        <FormError message={message()} />
        <button type="submit" disabled={busy()}>
          {busy() ? t("shell.login.busy") : t("shell.login.submit")}
        </button>
      </form>
      <DemoBanner demo={health()?.demo} />
      <ServerStatus load={() => client.health({})} />
    </main>
  )
}
