import { type AnalysisSetId, NewAnalysisSet, type PatientStatus, selectionIssues } from "@cryoreg/contract"
import { createAsync, useAction } from "@solidjs/router"
import { createSignal, For, type JSX, Show } from "solid-js"
import { createAnalysisSet } from "../api/actions"
import { getCenters } from "../api/queries"
import { DateInput } from "../forms/date-input"
import { FormActions } from "../forms/field"
import { createForm, str, trimmed, type Values } from "../forms/form"
import { CheckInput, TextInput } from "../forms/inputs"
import { t } from "../i18n"

const statuses = ["treated", "month3", "month6"] as const satisfies ReadonlyArray<PatientStatus>

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
  // The selection as a whole (no patient matches it) has no field of its own: its words are the form's message.
  form.label("selection", () => ({ label: t("analysis.sets.selection") }))
  const message = () => form.errors().selection ?? form.message()
  const freeze = useAction(createAnalysisSet)
  const submit = form.onSubmit(
    NewAnalysisSet,
    build,
    async (body) => {
      const made = await freeze({ body })
      form.replace({ name: "" })
      setOpen(false)
      props.made(made.id)
    },
    undefined,
    // the dates' order, as the API judges it, with the name's error on the same submit
    (v) =>
      selectionIssues({
        treatedFrom: str(v["selection.treatedFrom"]),
        treatedTo: str(v["selection.treatedTo"])
      })
  )
  return (
    <Show
      when={open()}
      fallback={
        <button type="button" class="secondary" onClick={() => setOpen(true)}>
          {t("analysis.sets.new")}
        </button>
      }
    >
      <form class="stack" novalidate aria-label={t("analysis.sets.new")} onSubmit={submit}>
        <p>{t("analysis.sets.explain")}</p>
        <TextInput
          form={form}
          name="name"
          label={t("analysis.sets.name")}
          hint={t("analysis.sets.nameHint")}
        />
        <fieldset>
          <legend>{t("analysis.sets.centers")}</legend>
          <For each={centers() ?? []}>
            {(c) => <CheckInput form={form} name={`center.${c.id}`} label={`${c.name}, ${c.city}`} />}
          </For>
        </fieldset>
        <DateInput form={form} name="selection.treatedFrom" label={t("analysis.sets.treatedFrom")} />
        <DateInput form={form} name="selection.treatedTo" label={t("analysis.sets.treatedTo")} />
        <fieldset>
          <legend>{t("analysis.sets.reached")}</legend>
          <For each={statuses}>
            {(s) => <CheckInput form={form} name={`status.${s}`} label={t(`analysis.sets.status.${s}`)} />}
          </For>
        </fieldset>
        <FormActions
          message={message()}
          busy={form.busy()}
          submit={t("analysis.sets.submit")}
          onCancel={() => setOpen(false)}
        />
      </form>
    </Show>
  )
}
