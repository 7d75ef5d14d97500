import { AbortRequest } from "@cryoreg/contract"
import type { JSX } from "solid-js"
import { TextInput } from "../forms/inputs"
import { createReasonForm, RecordForm } from "../forms/record-form"
import { t } from "../i18n"

/** Aborts an open live procedure with the reason (kept in the history); its device token stops working. */
export function AbortProcedureForm(props: {
  readonly submit: (request: AbortRequest) => Promise<unknown>
  readonly done: () => void
}): JSX.Element {
  const reason = createReasonForm("abort", AbortRequest, props)
  return (
    <RecordForm
      of={reason}
      label={t("procedure.live.abort")}
      save={t("procedure.abort.submit")}
      done={props.done}
    >
      <TextInput
        form={reason.form}
        name="reason"
        label={t("procedure.abort.reason")}
        hint={t("procedure.abort.hint")}
      />
    </RecordForm>
  )
}
