import { Access, NewUser, type User } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { useAction } from "@solidjs/router"
import { Either } from "effect"
import { createSignal, For, type JSX, Show } from "solid-js"
import { createUser } from "../api/admin"
import { errorId, Field, FormError } from "../forms/field"
import { type FieldErrors, fromApiError, validate } from "../forms/issues"
import type { FieldLabels } from "../forms/words"
import { t } from "../i18n"
import { passwordProblem } from "./password-rules"

const { staffRoles } = Access
const bound = (role: string) => staffRoles.some((r) => r === role && Access.isCenterBound(r))

/** A new account: user name, name, role, center (for the roles bound to one) and an initial password. */
export function NewUserForm(props: {
  readonly centers: ReadonlyArray<Model.Center>
  readonly onCreated: (user: User) => void
  readonly onCancel: () => void
}): JSX.Element {
  const create = useAction(createUser)
  const [values, setValues] = createSignal({
    username: "",
    displayName: "",
    role: "",
    centerId: "",
    password: ""
  })
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [message, setMessage] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  // how the form names its fields and the roles it offers, for its error messages
  const labels = (): FieldLabels => ({
    username: t("admin.users.username"),
    displayName: t("admin.users.displayName"),
    role: {
      label: t("admin.users.role"),
      options: Object.fromEntries(staffRoles.map((r) => [r, t(`shell.roles.${r}`)]))
    },
    centerId: t("admin.users.center"),
    password: t("admin.users.create.password")
  })
  const set = (key: keyof ReturnType<typeof values>) => (e: { currentTarget: { value: string } }) =>
    setValues({ ...values(), [key]: e.currentTarget.value })
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setMessage(undefined)
    const v = values()
    const decoded = validate(
      NewUser,
      {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        role: v.role === "" ? undefined : v.role,
        centerId: bound(v.role) ? (v.centerId === "" ? undefined : v.centerId) : null,
        password: v.password
      },
      labels()
    )
    const weak = passwordProblem(v.password, v.username.trim())
    if (Either.isLeft(decoded) || weak !== undefined) {
      const found = Either.isLeft(decoded) ? decoded.left : {}
      // an empty password is "fill in the initial password", not a weakness
      return setErrors(
        weak === undefined || found.password !== undefined ? found : { ...found, password: weak }
      )
    }
    setErrors({})
    setBusy(true)
    try {
      props.onCreated(await create({ body: decoded.right }))
    } catch (error) {
      const failed = fromApiError(error, labels())
      setErrors(failed.fields)
      setMessage(failed.message)
    } finally {
      setBusy(false)
    }
  }
  const text = (id: string, key: "username" | "displayName" | "password", type = "text") => (
    <input
      id={id}
      type={type}
      autocomplete={type === "password" ? "new-password" : "off"}
      value={values()[key]}
      onInput={set(key)}
      aria-invalid={errors()[key] !== undefined}
      aria-describedby={errorId(id)}
    />
  )
  return (
    <form class="card stack" onSubmit={submit} novalidate aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t("admin.users.create.title")}</h2>
      <div class="fields">
        <Field id="nu-username" label={t("admin.users.username")} error={errors().username}>
          {text("nu-username", "username")}
        </Field>
        <Field id="nu-name" label={t("admin.users.displayName")} error={errors().displayName}>
          {text("nu-name", "displayName")}
        </Field>
        <Field id="nu-role" label={t("admin.users.role")} error={errors().role}>
          <select
            id="nu-role"
            value={values().role}
            onChange={set("role")}
            aria-invalid={errors().role !== undefined}
            aria-describedby={errorId("nu-role")}
          >
            <option value="">{t("admin.users.create.choose")}</option>
            <For each={staffRoles}>{(r) => <option value={r}>{t(`shell.roles.${r}`)}</option>}</For>
          </select>
        </Field>
        <Show when={bound(values().role)}>
          <Field
            id="nu-center"
            label={t("admin.users.center")}
            error={errors().centerId}
            hint={t("admin.users.create.centerHint")}
          >
            <select
              id="nu-center"
              value={values().centerId}
              onChange={set("centerId")}
              aria-invalid={errors().centerId !== undefined}
              aria-describedby={errorId("nu-center")}
            >
              <option value="">{t("admin.users.create.choose")}</option>
              <For each={props.centers}>{(c) => <option value={c.id}>{c.name}</option>}</For>
            </select>
          </Field>
        </Show>
        <Field
          id="nu-password"
          label={t("admin.users.create.password")}
          error={errors().password}
          hint={t("admin.users.create.passwordHint")}
        >
          {text("nu-password", "password", "password")}
        </Field>
      </div>
      <FormError message={message()} />
      <div class="toolbar">
        <button type="submit" disabled={busy()}>
          {busy() ? t("admin.common.saving") : t("admin.users.create.submit")}
        </button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>
          {t("admin.common.cancel")}
        </button>
      </div>
    </form>
  )
}
