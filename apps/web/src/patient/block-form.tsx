import { BlockCorrection, BlockInput } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import type { JSX } from "solid-js"
import { DateInput } from "../forms/date-input"
import { num, type Values } from "../forms/form"
import { CheckInput, SelectInput, TextInput } from "../forms/inputs"
import { createRecordForm, RecordForm, type RecordFormProps } from "../forms/record-form"
import { t } from "../i18n"
import { blockRules } from "./record-rules"
import { wordedChanges } from "./record-version"

const defaults: Values = { agent: "lidocaine", concentrationPercent: "2", contrastConfirmed: true }

/** The form's values for a stored block (a correction starts from them). */
const valuesOf = (b: Model.DiagnosticBlock): Values => ({
  date: b.date,
  agent: b.agent,
  concentrationPercent: String(b.concentrationPercent),
  volumeMl: String(b.volumeMl),
  contrastConfirmed: b.contrastConfirmed,
  nrsBefore: String(b.nrsBefore),
  nrsAfter: String(b.nrsAfter),
  minutesAfter: String(b.minutesAfter),
  reliefDurationHours: b.reliefDurationHours === undefined ? "" : String(b.reliefDurationHours)
})

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

const shape = {
  id: "block",
  blanks: defaults,
  valuesOf,
  request,
  input: BlockInput,
  correction: BlockCorrection,
  changes: wordedChanges("diagnosticBlock"),
  rules: blockRules
}

/**
 * A diagnostic SIJ block: the injection and the NRS before and 30–60 minutes after it. With `initial`, the
 * form starts from that block and asks for the reason of the correction.
 */
export function BlockForm(
  props: RecordFormProps<Model.DiagnosticBlock, BlockInput, typeof BlockCorrection.Type>
): JSX.Element {
  const record = createRecordForm(props, shape)
  const form = record.form
  return (
    <RecordForm
      of={record}
      label={record.correcting ? t("patients.blockForm.correct") : t("patients.blockForm.record")}
      save={t("patients.blockForm.save")}
      done={props.done}
    >
      <div class="fields">
        <DateInput form={form} name="date" label={t("fields.diagnosticBlock.date")} />
        <SelectInput
          form={form}
          name="agent"
          label={t("fields.diagnosticBlock.agent")}
          options={Model.LocalAnesthetic.literals.map((value) => ({
            value,
            label: t(`study.anesthetic.${value}`)
          }))}
        />
        <TextInput
          form={form}
          name="concentrationPercent"
          label={t("fields.diagnosticBlock.concentrationPercent")}
          numeric
        />
        <TextInput form={form} name="volumeMl" label={t("fields.diagnosticBlock.volumeMl")} numeric />
        <CheckInput
          form={form}
          name="contrastConfirmed"
          label={t("fields.diagnosticBlock.contrastConfirmed")}
        />
        <TextInput form={form} name="nrsBefore" label={t("fields.diagnosticBlock.nrsBefore")} numeric />
        <TextInput form={form} name="nrsAfter" label={t("fields.diagnosticBlock.nrsAfter")} numeric />
        <TextInput form={form} name="minutesAfter" label={t("fields.diagnosticBlock.minutesAfter")} numeric />
        <TextInput
          form={form}
          name="reliefDurationHours"
          label={t("fields.diagnosticBlock.reliefDurationHours")}
          hint={t("patients.blockForm.optional")}
          numeric
        />
      </div>
    </RecordForm>
  )
}
