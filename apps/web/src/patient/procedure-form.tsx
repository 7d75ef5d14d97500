import { ProcedureInput } from "@cryoreg/contract"
import { Protocol } from "@cryoreg/domain"
import { createSignal, For, Index, type JSX } from "solid-js"
import { FormActions } from "../forms/field"
import { createForm, num, numOrNull, str, type Values } from "../forms/form"
import { SelectInput, TextInput } from "../forms/inputs"

const { cryo } = Protocol.study
const numbers = (v: string | boolean | undefined) =>
  (str(v) ?? "")
    .split(/[,;\s]+/)
    .filter((x) => x !== "")
    .map(Number)

/** Freeze cycles typed as "start–end" seconds from the procedure start, e.g. "300-420, 480-600". */
export const cyclesOf = (text: string | boolean | undefined, coldest: number | null) =>
  (str(text) ?? "")
    .split(/[,;]+/)
    .map((c) => c.trim())
    .filter((c) => c !== "")
    .map((c) => {
      const [start, end] = c.split(/[-–]/).map((x) => num(x))
      return {
        startedAt: start ?? Number.NaN,
        endedAt: end ?? Number.NaN,
        thawCompletedAt: null,
        targetTemperatureC: cryo.targetTemperatureC,
        reachedTemperatureC: coldest
      }
    })

/** The request the values make for `lesions` lesions. */
export const procedureRequest = (v: Values, lesions: number) => ({
  date: v.date,
  operator: str(v.operator),
  side: v.side,
  deviceSerial: str(v.deviceSerial),
  durationMinutes: num(v.durationMinutes),
  lesions: Array.from({ length: lesions }, (_, i) => ({
    side: v[`lesions.${i}.side`],
    level: v[`lesions.${i}.level`],
    stimulation: {
      frequencyHz: num(v[`lesions.${i}.stimulation.frequencyHz`]),
      voltagesTried: numbers(v[`lesions.${i}.stimulation.voltagesTried`]),
      motorResponseAtVoltage: numOrNull(v[`lesions.${i}.stimulation.motorResponseAtVoltage`])
    },
    freezeCycles: cyclesOf(v[`lesions.${i}.freezeCycles`], numOrNull(v[`lesions.${i}.coldest`]))
  }))
})

const lesionDefaults = (i: number, side: string): Values => ({
  [`lesions.${i}.side`]: side === "left" ? "left" : "right",
  [`lesions.${i}.level`]: cryo.levels[Math.min(i, cryo.levels.length - 1)] ?? "",
  [`lesions.${i}.stimulation.frequencyHz`]: String(cryo.stimulation.frequencyHz),
  [`lesions.${i}.stimulation.voltagesTried`]: "0.5, 1, 1.5, 2"
})

/** A procedure entered after the fact: lesions with their stimulation test and freeze cycles, checked by the API. */
export function ProcedureForm(props: {
  readonly side: string
  readonly create: (p: ProcedureInput) => Promise<unknown>
  readonly done: () => void
}): JSX.Element {
  const [lesions, setLesions] = createSignal(1)
  const form = createForm("procedure", { side: props.side, ...lesionDefaults(0, props.side) })
  const add = () => {
    form.replace({ ...form.values(), ...lesionDefaults(lesions(), form.text("side")) })
    setLesions(lesions() + 1)
  }
  return (
    <form
      class="stack"
      novalidate
      aria-label="Record a procedure"
      onSubmit={form.onSubmit(
        ProcedureInput,
        (v) => procedureRequest(v, lesions()),
        async (p) => {
          await props.create(p)
          props.done()
        }
      )}
    >
      <div class="fields">
        <TextInput form={form} name="date" label="Procedure date" type="date" />
        <TextInput form={form} name="operator" label="Operator" />
        <SelectInput form={form} name="side" label="Side" options={["left", "right", "bilateral"]} />
        <TextInput form={form} name="deviceSerial" label="Device serial" />
        <TextInput form={form} name="durationMinutes" label="Duration (minutes)" numeric />
      </div>
      <Index each={Array.from({ length: lesions() })}>
        {(_, i) => (
          <fieldset>
            <legend>Lesion {i + 1}</legend>
            <div class="fields">
              <SelectInput form={form} name={`lesions.${i}.side`} label="Side" options={["left", "right"]} />
              <SelectInput form={form} name={`lesions.${i}.level`} label="Level" options={[...cryo.levels]} />
              <TextInput
                form={form}
                name={`lesions.${i}.stimulation.frequencyHz`}
                label="Stimulation (Hz)"
                numeric
              />
              <TextInput
                form={form}
                name={`lesions.${i}.stimulation.voltagesTried`}
                label="Voltages tried (V)"
              />
              <TextInput
                form={form}
                name={`lesions.${i}.stimulation.motorResponseAtVoltage`}
                label="Motor response at (V; empty if none)"
                numeric
              />
              <TextInput
                form={form}
                name={`lesions.${i}.freezeCycles`}
                label="Freeze cycles (start–end s)"
                hint="e.g. 300-420, 480-600"
              />
              <TextInput form={form} name={`lesions.${i}.coldest`} label="Coldest tip (°C)" numeric />
            </div>
          </fieldset>
        )}
      </Index>
      <div class="toolbar">
        <button type="button" class="secondary" onClick={add}>
          Add a lesion
        </button>
        <button
          type="button"
          class="secondary"
          disabled={lesions() === 1}
          onClick={() => setLesions(lesions() - 1)}
        >
          Remove the last lesion
        </button>
      </div>
      <FormActions
        message={form.message()}
        busy={form.busy()}
        submit="Save the procedure"
        onCancel={() => props.done()}
      />
    </form>
  )
}

/** The two ways to enter a procedure: after the fact, or live from the probe. */
export function ProcedureEntry(props: {
  readonly recorded: JSX.Element
  readonly live: JSX.Element
}): JSX.Element {
  const [mode, setMode] = createSignal<"recorded" | "live">("recorded")
  return (
    <div class="stack">
      <fieldset class="toolbar">
        <legend class="visually-hidden">How the procedure is entered</legend>
        <For each={["recorded", "live"] as const}>
          {(m) => (
            <button
              type="button"
              class={mode() === m ? "" : "secondary"}
              aria-pressed={mode() === m}
              onClick={() => setMode(m)}
            >
              {m === "recorded" ? "Enter a procedure already done" : "Follow a procedure live from the probe"}
            </button>
          )}
        </For>
      </fieldset>
      {mode() === "recorded" ? props.recorded : props.live}
    </div>
  )
}
