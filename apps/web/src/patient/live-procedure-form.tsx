import { type LiveProcedureCreated, NewLiveProcedure } from "@cryoreg/contract"
import { Model, Protocol } from "@cryoreg/domain"
import { createSignal, type JSX, Show } from "solid-js"
import { FormError } from "../forms/field"
import { createForm, num, str } from "../forms/form"
import { SelectInput, TextInput } from "../forms/inputs"
import { DeviceConnection } from "./device-connection"

/**
 * Opens a procedure that the probe drives as it happens; then shows once how to connect the probe (the
 * device token and the simulator's command) and the way to the live page.
 */
export function LiveProcedureForm(props: {
  readonly side: string
  readonly open: (p: NewLiveProcedure) => Promise<LiveProcedureCreated>
  readonly opened: (p: LiveProcedureCreated) => void
}): JSX.Element {
  const form = createForm("live", {
    side: props.side,
    lesionsPerSide: String(Protocol.study.cryo.lesionsPerSide.max),
    date: new Date().toISOString().slice(0, 10)
  })
  const [created, setCreated] = createSignal<LiveProcedureCreated>()
  const start = form.onSubmit(
    NewLiveProcedure,
    (v) => ({
      side: v.side,
      lesionsPerSide: num(v.lesionsPerSide),
      deviceSerial: str(v.deviceSerial),
      operator: str(v.operator),
      date: v.date
    }),
    async (p) => {
      const c = await props.open(p)
      setCreated(c)
      props.opened(c)
    }
  )
  return (
    <Show
      when={created()}
      fallback={
        <form class="stack" novalidate aria-label="Start a live procedure" onSubmit={start}>
          <div class="fields">
            <SelectInput form={form} name="side" label="Side" options={Model.TreatedSide.literals} />
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
      }
    >
      {(c) => <DeviceConnection created={c()} />}
    </Show>
  )
}
