import { PatientCorrection } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import type { JSX } from "solid-js"
import { FormActions } from "../forms/field"
import { createForm, num, trimmed } from "../forms/form"
import { ReasonInput, SelectInput, TextInput } from "../forms/inputs"

/** Corrects a patient's sex, birth year or treated side, with the reason (kept in the history). */
export function PatientCorrectionForm(props: {
  readonly patient: Model.Patient
  readonly correct: (c: PatientCorrection) => Promise<unknown>
  readonly done: () => void
}): JSX.Element {
  const form = createForm("patient", {
    sex: props.patient.sex,
    birthYear: String(props.patient.birthYear),
    treatedSide: props.patient.treatedSide,
    reason: ""
  })
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
          await props.correct(c)
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
