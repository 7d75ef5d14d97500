import { type CallOptions, PatientCorrection } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import type { JSX } from "solid-js"
import { FormActions } from "../forms/field"
import { createForm, num, trimmed } from "../forms/form"
import { ReasonInput, SelectInput, TextInput } from "../forms/inputs"
import { versioned } from "./record-version"

/** Corrects a patient's sex, birth year or treated side, with the reason (kept in the history). */
export function PatientCorrectionForm(props: {
  readonly patient: Model.Patient
  readonly correct: (c: PatientCorrection, options: CallOptions) => Promise<unknown>
  /** The version of the record when the form was opened (`PatientDetail.versions`): a correction names it. */
  readonly version?: string | undefined
  readonly done: () => void
}): JSX.Element {
  const valuesOf = (p: Model.Patient) => ({
    sex: p.sex,
    birthYear: String(p.birthYear),
    treatedSide: p.treatedSide,
    reason: ""
  })
  const form = createForm("patient", valuesOf(props.patient))
  const send = versioned(props.version, props.patient, "patient", (current) =>
    form.replace({ ...valuesOf(current as unknown as Model.Patient), reason: form.text("reason") })
  )
  return (
    <form
      class="stack"
      novalidate
      aria-label="Correct the patient's data"
      onSubmit={form.onSubmit(
        PatientCorrection,
        (v) => ({
          sex: v.sex,
          birthYear: num(v.birthYear),
          treatedSide: v.treatedSide,
          reason: trimmed(v.reason)
        }),
        async (c) => {
          await send((options) => props.correct(c, options))
          props.done()
        }
      )}
    >
      <div class="fields">
        <SelectInput form={form} name="sex" label="Sex" options={Model.Sex.literals} />
        <TextInput form={form} name="birthYear" label="Birth year" numeric />
        <SelectInput
          form={form}
          name="treatedSide"
          label="Treated side"
          options={Model.TreatedSide.literals}
        />
      </div>
      <ReasonInput form={form} />
      <FormActions
        message={form.message()}
        busy={form.busy()}
        submit="Save the correction"
        onCancel={() => props.done()}
      />
    </form>
  )
}
