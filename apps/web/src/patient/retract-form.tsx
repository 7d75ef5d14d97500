import { RetractionRequest } from "@cryoreg/contract"
import type { JSX } from "solid-js"
import { FormActions } from "../forms/field"
import { createForm, trimmed } from "../forms/form"
import { TextInput } from "../forms/inputs"
import { t } from "../i18n"

/** The button that opens the retraction of one record; `what` names it for screen readers. */
export function RetractButton(props: { readonly what: string; readonly onClick: () => void }): JSX.Element {
  return (
    <button type="button" class="secondary" onClick={() => props.onClick()}>
      {t("patients.retract.button")}
      <span class="visually-hidden"> {props.what}</span>
    </button>
  )
}

/**
 * Retracts a record entered in error, with the reason: the record leaves the patient's file and the
 * analysis, and stays in the history with the reason.
 */
export function RetractForm(props: {
  /** Unique on the page: the record's id. */
  readonly id: string
  /** The record in the clinic's words: "the 3-month visit". */
  readonly what: string
  readonly retract: (body: RetractionRequest) => Promise<unknown>
  readonly done: () => void
}): JSX.Element {
  const form = createForm(`retract-${props.id}`, { reason: "" })
  const submit = form.onSubmit(
    RetractionRequest,
    (v) => ({ reason: trimmed(v.reason) }),
    async (body) => {
      await props.retract(body)
      props.done()
    }
  )
  return (
    <div class="step-form">
      <h3>{t("patients.retract.title", { what: props.what })}</h3>
      <form
        class="stack"
        novalidate
        aria-label={t("patients.retract.title", { what: props.what })}
        onSubmit={submit}
      >
        <p>{t("patients.retract.explain")}</p>
        <TextInput
          form={form}
          name="reason"
          label={t("patients.retract.reason")}
          hint={t("patients.form.reasonHint")}
        />
        <FormActions
          message={form.message()}
          busy={form.busy()}
          submit={t("patients.retract.submit")}
          onCancel={() => props.done()}
        />
      </form>
    </div>
  )
}
