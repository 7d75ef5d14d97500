import { type CallOptions, PatientCorrection } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import type { JSX } from "solid-js"
import { FormActions } from "../forms/field"
import { createForm, num, trimmed } from "../forms/form"
import { ReasonInput, SelectInput, TextInput } from "../forms/inputs"
import { t } from "../i18n"
import { sideOptions } from "../i18n/study-words"
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
      aria-label={t("patients.page.correctPatient")}
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
        <SelectInput
          form={form}
          name="sex"
          label={t("fields.patient.sex")}
          options={Model.Sex.literals.map((value) => ({ value, label: t(`study.sex.${value}`) }))}
        />
        <TextInput form={form} name="birthYear" label={t("fields.patient.birthYear")} numeric />
        <SelectInput
          form={form}
          name="treatedSide"
          label={t("fields.patient.treatedSide")}
          options={sideOptions(Model.TreatedSide.literals)}
        />
      </div>
      <ReasonInput form={form} />
      <FormActions
        message={form.message()}
        busy={form.busy()}
        submit={t("patients.form.saveCorrection")}
        onCancel={() => props.done()}
      />
    </form>
  )
}
