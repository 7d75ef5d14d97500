import { AbortRequest } from "@cryoreg/contract"
import type { JSX } from "solid-js"
import { FormActions } from "../forms/field"
import { createForm, trimmed } from "../forms/form"
import { TextInput } from "../forms/inputs"
import { t } from "../i18n"

/** Aborts an open live procedure with the reason (kept in the history); its device token stops working. */
export function AbortProcedureForm(props: {
  readonly abort: (request: AbortRequest) => Promise<unknown>
  readonly done: () => void
}): JSX.Element {
  const form = createForm("abort", { reason: "" })
  return (
    <form
      class="stack"
      novalidate
      aria-label={t("procedure.live.abort")}
      onSubmit={form.onSubmit(
        AbortRequest,
        (v) => ({ reason: trimmed(v.reason) }),
        async (request) => {
          await props.abort(request)
          props.done()
        }
      )}
    >
      <TextInput
        form={form}
        name="reason"
        label={t("procedure.abort.reason")}
        hint={t("procedure.abort.hint")}
      />
      <FormActions
        message={form.message()}
        busy={form.busy()}
        submit={t("procedure.abort.submit")}
        onCancel={() => props.done()}
      />
    </form>
  )
}
