import { ProcedureInput } from "@cryoreg/contract"
import { createSignal, For, Index, type JSX } from "solid-js"
import { FormActions } from "../forms/field"
import { createForm } from "../forms/form"
import { SelectInput, TextInput } from "../forms/inputs"
import { protocolErrors, typingErrors } from "./procedure-form-errors"
import { LesionFields } from "./procedure-form-lesion"
import {
  firstLesion,
  nextCycle,
  nextLesion,
  procedureRequest,
  withoutCycle,
  withoutLesion
} from "./procedure-form-values"

const sides = [
  { value: "left", label: "Left" },
  { value: "right", label: "Right" },
  { value: "bilateral", label: "Both sides" }
]

/**
 * A procedure entered after it was done: its lesions with their stimulation test and freeze-thaw cycles. The
 * protocol fills a typical lesion; "Add a lesion" carries the previous one to the next level. Before sending,
 * the form shows every error at once beside its field: the schema's, its own, and the freeze protocol's.
 */
export function ProcedureForm(props: {
  readonly side: string
  readonly create: (p: ProcedureInput) => Promise<unknown>
  readonly done: () => void
}): JSX.Element {
  const [shape, setShape] = createSignal<ReadonlyArray<number>>([1])
  const form = createForm("procedure", { side: props.side, ...firstLesion(props.side) })
  const addLesion = () => {
    form.replace({ ...form.values(), ...nextLesion(form.values(), shape()) })
    setShape([...shape(), shape().at(-1) ?? 1])
  }
  const removeLesion = (i: number) => {
    form.replace(withoutLesion(form.values(), i))
    setShape(shape().filter((_, n) => n !== i))
  }
  const addCycle = (i: number) => {
    form.replace({ ...form.values(), ...nextCycle(form.values(), shape(), i) })
    setShape(shape().map((c, n) => (n === i ? c + 1 : c)))
  }
  const removeCycle = (i: number, k: number) => {
    form.replace(withoutCycle(form.values(), i, k))
    setShape(shape().map((c, n) => (n === i ? c - 1 : c)))
  }
  return (
    <form
      class="stack"
      novalidate
      aria-label="Enter a procedure already done"
      onSubmit={form.onSubmit(
        ProcedureInput,
        (v) => procedureRequest(v, shape()),
        async (p) => {
          await props.create(p)
          props.done()
        },
        (v) => ({ ...typingErrors(v, shape()), ...protocolErrors(v, shape()) })
      )}
    >
      <div class="fields">
        <TextInput form={form} name="date" label="Procedure date" type="date" />
        <TextInput form={form} name="operator" label="Operator" />
        <SelectInput form={form} name="side" label="Side" options={sides} />
        <TextInput form={form} name="deviceSerial" label="Device serial" />
        <TextInput form={form} name="durationMinutes" label="Duration (minutes)" numeric />
      </div>
      <p class="hint" id="procedure-times">
        Times are minutes:seconds from the start of the procedure (5:00 is five minutes in; seconds such as
        300 work too). Each new lesion starts from the previous one: its side, its test and its cycles, at the
        next level, a minute after it.
      </p>
      <Index each={shape()}>
        {(cycles, i) => (
          <LesionFields
            form={form}
            index={i}
            cycles={cycles()}
            lesions={shape().length}
            addCycle={() => addCycle(i)}
            removeCycle={(k) => removeCycle(i, k)}
            remove={() => removeLesion(i)}
          />
        )}
      </Index>
      <div class="toolbar">
        <button type="button" class="secondary" onClick={addLesion}>
          Add a lesion
        </button>
        <span aria-live="polite">
          {shape().length} {shape().length === 1 ? "lesion" : "lesions"}
        </span>
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
