import { AbortRequest } from "@cryoreg/contract"
import type { JSX } from "solid-js"
import { FormActions } from "../forms/field"
import { createForm, trimmed } from "../forms/form"
import { TextInput } from "../forms/inputs"

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
      aria-label="Abort the live procedure"
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
        label="Reason for aborting"
        hint="Required; kept in the history. The probe's token stops working and the patient can have a new procedure."
      />
      <FormActions
        message={form.message()}
        busy={form.busy()}
        submit="Abort the procedure"
        onCancel={() => props.done()}
      />
    </form>
  )
}
