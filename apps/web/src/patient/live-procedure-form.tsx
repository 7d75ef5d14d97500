import { type LiveProcedureCreated, NewLiveProcedure } from "@cryoreg/contract"
import { Model, Protocol } from "@cryoreg/domain"
import { createSignal, type JSX, Show } from "solid-js"
import { DateInput } from "../forms/date-input"
import { FormError } from "../forms/field"
import { createForm, num, str } from "../forms/form"
import { SelectInput, TextInput } from "../forms/inputs"
import { t } from "../i18n"
import { sideOptions } from "../i18n/study-words"
import { today } from "../i18n/today"
import { DeviceConnection } from "./device-connection"
import { liveProcedureRules } from "./record-rules"

/**
 * Opens a procedure that the probe drives as it happens; then shows once how to connect the probe (the
 * device token and the simulator's command) and the way to the live page.
 */
export function LiveProcedureForm(props: {
  readonly side: string
  readonly submit: (p: NewLiveProcedure) => Promise<LiveProcedureCreated>
  readonly opened: (p: LiveProcedureCreated) => void
}): JSX.Element {
  const form = createForm("live", {
    side: props.side,
    lesionsPerSide: String(Protocol.study.cryo.lesionsPerSide.max),
    // the registry's day, not UTC's (between midnight and 01:00 in Warsaw UTC still says yesterday)
    date: today()
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
      const c = await props.submit(p)
      setCreated(c)
      props.opened(c)
    },
    undefined,
    liveProcedureRules
  )
  return (
    <Show
      when={created()}
      fallback={
        <form class="stack" novalidate aria-label={t("procedure.live.start")} onSubmit={start}>
          <div class="fields">
            <SelectInput
              form={form}
              name="side"
              label={t("fields.procedure.side")}
              options={sideOptions(Model.TreatedSide.literals)}
            />
            <TextInput form={form} name="lesionsPerSide" label={t("procedure.live.lesionsPerSide")} numeric />
            <TextInput form={form} name="deviceSerial" label={t("fields.procedure.deviceSerial")} />
            <TextInput form={form} name="operator" label={t("fields.procedure.operator")} />
            <DateInput form={form} name="date" label={t("procedure.live.date")} />
          </div>
          <FormError message={form.message()} />
          <div>
            <button type="submit" disabled={form.busy()}>
              {t("procedure.live.submit")}
            </button>
          </div>
        </form>
      }
    >
      {(c) => <DeviceConnection created={c()} />}
    </Show>
  )
}
