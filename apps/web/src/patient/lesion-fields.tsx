import { Model, Protocol } from "@cryoreg/domain"
import { Index, type JSX, Show } from "solid-js"
import type { Form } from "../forms/form"
import { SelectInput, TextInput } from "../forms/inputs"
import { t } from "../i18n"
import { sideOptions } from "../i18n/study-words"

const { cryo } = Protocol.study
const motor = () => [
  { value: "none", label: t("procedure.lesion.motorNone") },
  { value: "response", label: t("procedure.lesion.motorResponse") }
]

/** An error of a whole lesion or of its list of cycles (e.g. too many cycles), which no single field shows. */
function GroupError(props: { readonly form: Form; readonly name: string }): JSX.Element {
  return (
    <Show when={props.form.errors()[props.name]}>
      {(message) => (
        <p class="field-error" role="alert">
          {message()}
        </p>
      )}
    </Show>
  )
}

/** One lesion of a procedure entered after the fact: position, stimulation test, freeze-thaw cycles. */
export function LesionFields(props: {
  readonly form: Form
  readonly index: number
  readonly cycles: number
  readonly lesions: number
  readonly addCycle: () => void
  readonly removeCycle: (k: number) => void
  readonly remove: () => void
}): JSX.Element {
  const key = (field: string) => `lesions.${props.index}.${field}`
  const cycleKey = (k: number, field: string) => key(`freezeCycles.${k}.${field}`)
  return (
    <fieldset class="lesion">
      <legend>{t("procedure.lesion.title", { n: props.index + 1 })}</legend>
      <GroupError form={props.form} name={`lesions.${props.index}`} />
      <div class="fields">
        <SelectInput
          form={props.form}
          name={key("side")}
          label={t("fields.procedure.side")}
          options={sideOptions(Model.Side.literals)}
        />
        <SelectInput
          form={props.form}
          name={key("level")}
          label={t("patients.procedure.level")}
          options={[...cryo.levels]}
        />
        <TextInput
          form={props.form}
          name={key("stimulation.frequencyHz")}
          label={t("procedure.lesion.frequency")}
          numeric
        />
        <TextInput
          form={props.form}
          name={key("stimulation.voltagesTried")}
          label={t("procedure.lesion.voltages")}
          hint={t("procedure.lesion.voltagesHint")}
        />
        <SelectInput
          form={props.form}
          name={key("stimulation.motor")}
          label={t("procedure.lesion.motor")}
          options={motor()}
        />
        <Show when={props.form.text(key("stimulation.motor")) !== "none"}>
          <TextInput
            form={props.form}
            name={key("stimulation.motorResponseAtVoltage")}
            label={t("procedure.lesion.motorAt")}
            numeric
          />
        </Show>
      </div>
      <GroupError form={props.form} name={key("freezeCycles")} />
      <Index each={Array.from({ length: props.cycles })}>
        {(_, k) => (
          <fieldset class="cycle">
            <legend>{t("procedure.lesion.cycle", { n: k + 1 })}</legend>
            <div class="fields">
              <TextInput
                form={props.form}
                name={cycleKey(k, "startedAt")}
                label={t("procedure.lesion.freezeStart")}
              />
              <TextInput
                form={props.form}
                name={cycleKey(k, "endedAt")}
                label={t("procedure.lesion.freezeEnd")}
              />
              <TextInput
                form={props.form}
                name={cycleKey(k, "thawCompletedAt")}
                label={t("procedure.lesion.thawEnd")}
                hint={t("procedure.lesion.notRecorded")}
              />
              <TextInput
                form={props.form}
                name={cycleKey(k, "reachedTemperatureC")}
                label={t("procedure.lesion.coldest")}
                numeric
                hint={t("procedure.lesion.notRecorded")}
              />
            </div>
            <Show when={props.cycles > 1}>
              <button type="button" class="secondary" onClick={() => props.removeCycle(k)}>
                {t("procedure.lesion.removeCycle")}
              </button>
            </Show>
          </fieldset>
        )}
      </Index>
      <div class="toolbar">
        <button type="button" class="secondary" onClick={() => props.addCycle()}>
          {t("procedure.lesion.addCycle")}
        </button>
        <Show when={props.lesions > 1}>
          <button type="button" class="secondary" onClick={() => props.remove()}>
            {t("procedure.lesion.remove")}
          </button>
        </Show>
      </div>
    </fieldset>
  )
}
