import { AdverseEventInput } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import type { JSX } from "solid-js"
import { FormActions } from "../forms/field"
import { createForm, num, numOrNull, str, type Values } from "../forms/form"
import { CheckInput, SelectInput, TextInput } from "../forms/inputs"

const request = (v: Values) => {
  const description = str(v.description)
  return {
    type: v.type,
    ...(description === undefined ? {} : { description }),
    severity: v.severity,
    serious: v.serious === true,
    onsetDays: num(v.onsetDays),
    resolutionDays: numOrNull(v.resolutionDays),
    relatedToProcedure: v.relatedToProcedure === true
  }
}

/** Reports an adverse event: type, severity, onset and resolution (days after the procedure). */
export function AdverseEventForm(props: {
  readonly create: (e: AdverseEventInput) => Promise<unknown>
  readonly done: () => void
}): JSX.Element {
  const form = createForm("ae", { relatedToProcedure: true })
  return (
    <form
      class="stack"
      novalidate
      aria-label="Report an adverse event"
      onSubmit={form.onSubmit(AdverseEventInput, request, async (e) => {
        await props.create(e)
        props.done()
      })}
    >
      <div class="fields">
        <SelectInput form={form} name="type" label="Type" options={Model.AdverseEventType.literals} />
        <SelectInput form={form} name="severity" label="Severity" options={Model.Severity.literals} />
        <TextInput form={form} name="onsetDays" label="Onset (days after the procedure)" numeric />
        <TextInput
          form={form}
          name="resolutionDays"
          label="Resolved (days after; empty if ongoing)"
          numeric
        />
        <TextInput form={form} name="description" label="Description (needed for “other”)" />
        <CheckInput form={form} name="serious" label="Serious adverse event" />
        <CheckInput form={form} name="relatedToProcedure" label="Related to the procedure" />
      </div>
      <FormActions
        message={form.message()}
        busy={form.busy()}
        submit="Report the event"
        onCancel={() => props.done()}
      />
    </form>
  )
}
