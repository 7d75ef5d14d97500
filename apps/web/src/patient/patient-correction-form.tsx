import { PatientCorrection } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import type { JSX } from "solid-js"
import { num, type Values } from "../forms/form"
import { SelectInput, TextInput } from "../forms/inputs"
import type { FieldErrors } from "../forms/issues"
import { type CorrectionProps, createRecordForm, RecordForm } from "../forms/record-form"
import { wordIssue } from "../forms/words"
import { t } from "../i18n"
import { sideOptions } from "../i18n/study-words"
import { birthYearIssue } from "./birth-year"
import { wordedChanges } from "./record-version"

const shape = {
  id: "patient",
  valuesOf: (p: Model.Patient) => ({
    sex: p.sex,
    birthYear: String(p.birthYear),
    treatedSide: p.treatedSide
  }),
  request: (v: Values) => ({
    sex: v.sex,
    birthYear: num(v.birthYear),
    treatedSide: v.treatedSide
  }),
  correction: PatientCorrection,
  changes: wordedChanges("patient"),
  // the years allowed, up to this year (the domain's range), before the API would refuse a year to come
  check: (v: Values): FieldErrors => {
    const year = birthYearIssue(typeof v.birthYear === "string" ? v.birthYear : "")
    return year === undefined
      ? {}
      : { birthYear: wordIssue(year, { birthYear: t("fields.patient.birthYear") }) }
  }
}

/** Corrects a patient's sex, birth year or treated side, with the reason (kept in the history). */
export function PatientCorrectionForm(props: CorrectionProps<Model.Patient, PatientCorrection>): JSX.Element {
  const record = createRecordForm(props, shape)
  const form = record.form
  return (
    <RecordForm of={record} label={t("patients.page.correctPatient")} done={props.done}>
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
    </RecordForm>
  )
}
