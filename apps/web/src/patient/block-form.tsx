import { BlockInput } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import type { JSX } from "solid-js"
import { FormActions } from "../forms/field"
import { createForm, num, type Values } from "../forms/form"
import { CheckInput, SelectInput, TextInput } from "../forms/inputs"

const request = (v: Values) => {
  const hours = num(v.reliefDurationHours)
  return {
    date: v.date,
    agent: v.agent,
    concentrationPercent: num(v.concentrationPercent),
    volumeMl: num(v.volumeMl),
    contrastConfirmed: v.contrastConfirmed === true,
    nrsBefore: num(v.nrsBefore),
    nrsAfter: num(v.nrsAfter),
    minutesAfter: num(v.minutesAfter),
    ...(hours === undefined ? {} : { reliefDurationHours: hours })
  }
}

/** A diagnostic SIJ block: the injection and the NRS before and 30–60 minutes after it. */
export function BlockForm(props: {
  readonly create: (b: BlockInput) => Promise<unknown>
  readonly done: () => void
}): JSX.Element {
  const form = createForm("block", { agent: "lidocaine", concentrationPercent: "2", contrastConfirmed: true })
  return (
    <form
      class="stack"
      onSubmit={form.onSubmit(BlockInput, request, async (b) => {
        await props.create(b)
        props.done()
      })}
      novalidate
      aria-label="Record a diagnostic block"
    >
      <div class="fields">
        <TextInput form={form} name="date" label="Block date" type="date" />
        <SelectInput
          form={form}
          name="agent"
          label="Local anesthetic"
          options={Model.LocalAnesthetic.literals}
        />
        <TextInput form={form} name="concentrationPercent" label="Concentration (%)" numeric />
        <TextInput form={form} name="volumeMl" label="Volume (ml)" numeric />
        <CheckInput
          form={form}
          name="contrastConfirmed"
          label="Intra-articular spread confirmed with contrast"
        />
        <TextInput form={form} name="nrsBefore" label="NRS before the block" numeric />
        <TextInput form={form} name="nrsAfter" label="NRS after the block" numeric />
        <TextInput form={form} name="minutesAfter" label="Minutes after the injection" numeric />
        <TextInput form={form} name="reliefDurationHours" label="Relief lasted (hours, optional)" numeric />
      </div>
      <FormActions
        message={form.message()}
        busy={form.busy()}
        submit="Save the block"
        onCancel={() => props.done()}
      />
    </form>
  )
}
