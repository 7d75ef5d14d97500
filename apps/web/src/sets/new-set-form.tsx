import { type AnalysisSetId, NewAnalysisSet, type PatientStatus } from "@cryoreg/contract"
import { createAsync, revalidate } from "@solidjs/router"
import { createSignal, For, type JSX, Show } from "solid-js"
import { client } from "../api/client"
import { getAnalysisSets, getCenters } from "../api/queries"
import { FormActions } from "../forms/field"
import { createForm, str, trimmed, type Values } from "../forms/form"
import { CheckInput, TextInput } from "../forms/inputs"

const statuses: ReadonlyArray<{ value: PatientStatus; label: string }> = [
  { value: "treated", label: "Treated, not yet seen at 3 months" },
  { value: "month3", label: "Seen at 3 months, not yet at 6" },
  { value: "month6", label: "Seen at 6 months" }
]

const chosen = (values: Values, prefix: string) =>
  Object.keys(values).flatMap((k) =>
    k.startsWith(prefix) && values[k] === true ? [k.slice(prefix.length)] : []
  )

const build = (values: Values) => {
  const centers = chosen(values, "center.")
  const picked = chosen(values, "status.")
  const from = str(values["selection.treatedFrom"])
  const to = str(values["selection.treatedTo"])
  return {
    name: trimmed(values.name),
    selection: {
      ...(centers.length > 0 ? { centers } : {}),
      ...(from === undefined ? {} : { treatedFrom: from }),
      ...(to === undefined ? {} : { treatedTo: to }),
      ...(picked.length > 0 ? { statuses: picked } : {})
    }
  }
}

/** Freezes the study rows of the patients a selection takes as a new analysis set. */
export function NewSetForm(props: { readonly made: (id: AnalysisSetId) => void }): JSX.Element {
  const [open, setOpen] = createSignal(false)
  const centers = createAsync(() =>
    getCenters().then(
      (r) => r.items,
      () => []
    )
  )
  const form = createForm("new-set", { name: "" })
  const submit = form.onSubmit(NewAnalysisSet, build, async (body) => {
    const made = await client.createAnalysisSet({ body })
    await revalidate(getAnalysisSets.key)
    form.replace({ name: "" })
    setOpen(false)
    props.made(made.id)
  })
  return (
    <Show
      when={open()}
      fallback={
        <button type="button" class="secondary" onClick={() => setOpen(true)}>
          Freeze a new analysis set
        </button>
      }
    >
      <form class="stack" novalidate aria-label="Freeze a new analysis set" onSubmit={submit}>
        <p>
          A copy of the selected treated patients' study rows is kept as they are now, with its SHA-256: later
          entries and corrections do not change it. Leave a criterion empty to take every patient.
        </p>
        <TextInput
          form={form}
          name="name"
          label="Name of the set"
          hint="For instance: Submission, June 2027."
        />
        <fieldset>
          <legend>Centers</legend>
          <For each={centers() ?? []}>
            {(c) => <CheckInput form={form} name={`center.${c.id}`} label={`${c.name}, ${c.city}`} />}
          </For>
        </fieldset>
        <TextInput form={form} name="selection.treatedFrom" label="Treated from" type="date" />
        <TextInput form={form} name="selection.treatedTo" label="Treated to" type="date" />
        <fieldset>
          <legend>Follow-up reached</legend>
          <For each={statuses}>
            {(s) => <CheckInput form={form} name={`status.${s.value}`} label={s.label} />}
          </For>
        </fieldset>
        <FormActions
          message={form.message()}
          busy={form.busy()}
          submit="Freeze the set"
          onCancel={() => setOpen(false)}
        />
      </form>
    </Show>
  )
}
