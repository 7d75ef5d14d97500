import { type JSX, Show } from "solid-js"
import { t } from "../i18n"

/** The id of a field's error element, for the control's `aria-describedby`. */
export const errorId = (id: string): string => `${id}-error`

/** The id of a field's hint (what the field takes), for the control's `aria-describedby` beside its error. */
export const hintId = (id: string): string => `${id}-hint`

/**
 * One labelled form field: the label, the control (children, which set `aria-describedby={errorId(id)}`)
 * and the error, announced politely as it appears.
 */
export function Field(props: {
  readonly id: string
  readonly label: string
  readonly error?: string | undefined
  readonly hint?: string
  readonly children: JSX.Element
}): JSX.Element {
  return (
    <div class="field" classList={{ invalid: props.error !== undefined }}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      <Show when={props.hint}>
        <small id={hintId(props.id)} class="hint">
          {props.hint}
        </small>
      </Show>
      <small id={errorId(props.id)} class="field-error" aria-live="polite">
        {props.error ?? ""}
      </small>
    </div>
  )
}

/** The form-level message of a failed submission (what no single field explains). */
export function FormError(props: { readonly message: string | undefined }): JSX.Element {
  return (
    <Show when={props.message}>
      <p class="form-error" role="alert">
        {props.message}
      </p>
    </Show>
  )
}

/** The end of a form: its failure message, the submit button, and Cancel. */
export function FormActions(props: {
  readonly message: string | undefined
  readonly busy: boolean
  readonly submit: string
  readonly onCancel: () => void
}): JSX.Element {
  return (
    <>
      <FormError message={props.message} />
      <div class="toolbar">
        <button type="submit" disabled={props.busy}>
          {props.submit}
        </button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>
          {t("patients.form.cancel")}
        </button>
      </div>
    </>
  )
}
