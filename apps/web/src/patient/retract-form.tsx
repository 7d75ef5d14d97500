import { RetractionRequest } from "@cryoreg/contract"
import type { JSX } from "solid-js"
import { TextInput } from "../forms/inputs"
import { createReasonForm, RecordForm } from "../forms/record-form"
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
  readonly submit: (body: RetractionRequest) => Promise<unknown>
  readonly done: () => void
}): JSX.Element {
  const reason = createReasonForm(`retract-${props.id}`, RetractionRequest, props)
  return (
    <div class="step-form">
      <h3>{t("patients.retract.title", { what: props.what })}</h3>
      <RecordForm
        of={reason}
        label={t("patients.retract.title", { what: props.what })}
        save={t("patients.retract.submit")}
        done={props.done}
      >
        <p>{t("patients.retract.explain")}</p>
        <TextInput
          form={reason.form}
          name="reason"
          label={t("patients.retract.reason")}
          hint={t("patients.form.reasonHint")}
        />
      </RecordForm>
    </div>
  )
}
