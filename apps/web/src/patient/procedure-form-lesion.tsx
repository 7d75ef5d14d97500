import { Protocol } from "@cryoreg/domain"
import { Index, type JSX, Show } from "solid-js"
import type { Form } from "../forms/form"
import { SelectInput, TextInput } from "../forms/inputs"

const { cryo } = Protocol.study
const sides = [
  { value: "left", label: "Left" },
  { value: "right", label: "Right" }
]
const motor = [
  { value: "none", label: "No motor response" },
  { value: "response", label: "Motor response at a voltage" }
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
      <legend>Lesion {props.index + 1}</legend>
      <GroupError form={props.form} name={`lesions.${props.index}`} />
      <div class="fields">
        <SelectInput form={props.form} name={key("side")} label="Side" options={sides} />
        <SelectInput form={props.form} name={key("level")} label="Level" options={[...cryo.levels]} />
        <TextInput form={props.form} name={key("stimulation.frequencyHz")} label="Stimulation (Hz)" numeric />
        <TextInput
          form={props.form}
          name={key("stimulation.voltagesTried")}
          label="Voltages tried (V)"
          hint="In the order tried, e.g. 0.5, 1, 1.5, 2"
        />
        <SelectInput
          form={props.form}
          name={key("stimulation.motor")}
          label="Motor response"
          options={motor}
        />
        <Show when={props.form.text(key("stimulation.motor")) !== "none"}>
          <TextInput
            form={props.form}
            name={key("stimulation.motorResponseAtVoltage")}
            label="Motor response at (V)"
            numeric
          />
        </Show>
      </div>
      <GroupError form={props.form} name={key("freezeCycles")} />
      <Index each={Array.from({ length: props.cycles })}>
        {(_, k) => (
          <fieldset class="cycle">
            <legend>Freeze-thaw cycle {k + 1}</legend>
            <div class="fields">
              <TextInput form={props.form} name={cycleKey(k, "startedAt")} label="Freeze start" />
              <TextInput form={props.form} name={cycleKey(k, "endedAt")} label="Freeze end" />
              <TextInput
                form={props.form}
                name={cycleKey(k, "thawCompletedAt")}
                label="Thaw end"
                hint="Leave empty if not recorded"
              />
              <TextInput
                form={props.form}
                name={cycleKey(k, "reachedTemperatureC")}
                label="Coldest tip (°C)"
                numeric
                hint="Leave empty if not recorded"
              />
            </div>
            <Show when={props.cycles > 1}>
              <button type="button" class="secondary" onClick={() => props.removeCycle(k)}>
                Remove this cycle
              </button>
            </Show>
          </fieldset>
        )}
      </Index>
      <div class="toolbar">
        <button type="button" class="secondary" onClick={() => props.addCycle()}>
          Add a cycle
        </button>
        <Show when={props.lesions > 1}>
          <button type="button" class="secondary" onClick={() => props.remove()}>
            Remove this lesion
          </button>
        </Show>
      </div>
    </fieldset>
  )
}
