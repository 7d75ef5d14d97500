import { For, type JSX } from "solid-js"
import { t } from "../i18n"
import { errorId, Field } from "./field"
import type { Form } from "./form"

/** The id of a form's control for a field ("visit-date" for "date" of the form "visit"). */
export const idOf = (form: Form, name: string): string => `${form.id}-${name.replace(/\./g, "-")}`

/** A labelled text or number input bound to a form value. */
export function TextInput(props: {
  readonly form: Form
  readonly name: string
  readonly label: string
  readonly type?: "text" | "password"
  readonly numeric?: boolean
  readonly hint?: string
}): JSX.Element {
  const id = () => idOf(props.form, props.name)
  props.form.label(props.name, () => ({ label: props.label }))
  return (
    <Field
      id={id()}
      label={props.label}
      error={props.form.error(props.name)}
      {...(props.hint ? { hint: props.hint } : {})}
    >
      <input
        id={id()}
        name={props.name}
        type={props.type ?? "text"}
        inputmode={props.numeric ? "decimal" : undefined}
        value={props.form.text(props.name)}
        onInput={(e) => props.form.set(props.name, e.currentTarget.value)}
        aria-invalid={props.form.error(props.name) !== undefined}
        aria-describedby={errorId(id())}
      />
    </Field>
  )
}

/** A labelled select bound to a form value. */
export function SelectInput(props: {
  readonly form: Form
  readonly name: string
  readonly label: string
  readonly options: ReadonlyArray<string | { value: string; label: string }>
  readonly placeholder?: string
}): JSX.Element {
  const id = () => idOf(props.form, props.name)
  // the options' words name the allowed values in an error ("Choose sex: female or male")
  props.form.label(props.name, () => ({
    label: props.label,
    options: Object.fromEntries(
      props.options.map((o) => (typeof o === "string" ? [o, o] : [o.value, o.label]))
    )
  }))
  return (
    <Field id={id()} label={props.label} error={props.form.error(props.name)}>
      <select
        id={id()}
        name={props.name}
        value={props.form.text(props.name)}
        onChange={(e) => props.form.set(props.name, e.currentTarget.value)}
        aria-invalid={props.form.error(props.name) !== undefined}
        aria-describedby={errorId(id())}
      >
        <option value="">{props.placeholder ?? t("patients.form.choose")}</option>
        <For each={props.options}>
          {(o) =>
            typeof o === "string" ? (
              <option value={o}>{o}</option>
            ) : (
              <option value={o.value}>{o.label}</option>
            )
          }
        </For>
      </select>
    </Field>
  )
}

/** A labelled checkbox bound to a form value. */
export function CheckInput(props: {
  readonly form: Form
  readonly name: string
  readonly label: string
}): JSX.Element {
  const id = () => idOf(props.form, props.name)
  props.form.label(props.name, () => ({ label: props.label }))
  return (
    <div class="field">
      <label class="checkbox" for={id()}>
        <input
          id={id()}
          type="checkbox"
          checked={props.form.checked(props.name)}
          onChange={(e) => props.form.set(props.name, e.currentTarget.checked)}
          aria-describedby={errorId(id())}
        />
        {props.label}
      </label>
      <small id={errorId(id())} class="field-error" aria-live="polite">
        {props.form.error(props.name) ?? ""}
      </small>
    </div>
  )
}

/** The reason a correction needs (kept in the audit trail). */
export function ReasonInput(props: { readonly form: Form }): JSX.Element {
  return (
    <TextInput
      form={props.form}
      name="reason"
      label={t("patients.form.reason")}
      hint={t("patients.form.reasonHint")}
    />
  )
}
