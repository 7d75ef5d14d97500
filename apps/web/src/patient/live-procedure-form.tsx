import { type LiveProcedureCreated, NewLiveProcedure } from "@cryoreg/contract"
import type { JSX } from "solid-js"
import { FormError } from "../forms/field"
import { createForm, num, str } from "../forms/form"
import { SelectInput, TextInput } from "../forms/inputs"

/** Opens a procedure that the probe drives as it happens; the answer carries the device's token. */
export function LiveProcedureForm(props: {
  readonly side: string
  readonly open: (p: NewLiveProcedure) => Promise<LiveProcedureCreated>
  readonly opened: (p: LiveProcedureCreated) => void
}): JSX.Element {
  const form = createForm("live", {
    side: props.side,
    lesionsPerSide: "6",
    date: new Date().toISOString().slice(0, 10)
  })
  return (
    <form
      class="stack"
      novalidate
      aria-label="Start a live procedure"
      onSubmit={form.onSubmit(
        NewLiveProcedure,
        (v) => ({
          side: v.side,
          lesionsPerSide: num(v.lesionsPerSide),
          deviceSerial: str(v.deviceSerial),
          operator: str(v.operator),
          date: v.date
        }),
        async (p) => props.opened(await props.open(p))
      )}
    >
      <div class="fields">
        <SelectInput form={form} name="side" label="Side" options={["left", "right", "bilateral"]} />
        <TextInput form={form} name="lesionsPerSide" label="Lesions planned per side" numeric />
        <TextInput form={form} name="deviceSerial" label="Device serial" />
        <TextInput form={form} name="operator" label="Operator" />
        <TextInput form={form} name="date" label="Date" type="date" />
      </div>
      <FormError message={form.message()} />
      <div>
        <button type="submit" disabled={form.busy()}>
          Start the live procedure
        </button>
      </div>
    </form>
  )
}
