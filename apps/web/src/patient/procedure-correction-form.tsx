import { ProcedureCorrection } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import type { JSX } from "solid-js"
import { DateInput } from "../forms/date-input"
import { num, str, type Values } from "../forms/form"
import { TextInput } from "../forms/inputs"
import { type CorrectionProps, createRecordForm, RecordForm } from "../forms/record-form"
import { t } from "../i18n"
import { wordedChanges } from "./record-version"

const shape = {
  id: "procedure-correction",
  valuesOf: (p: Model.Procedure) => ({
    date: p.date,
    operator: p.operator,
    deviceSerial: p.deviceSerial,
    durationMinutes: String(p.durationMinutes)
  }),
  request: (v: Values) => ({
    date: v.date,
    operator: str(v.operator),
    deviceSerial: str(v.deviceSerial),
    durationMinutes: num(v.durationMinutes)
  }),
  correction: ProcedureCorrection,
  changes: wordedChanges("procedure")
}

/**
 * Corrects a procedure's date, operator, device serial and duration, with the reason. Its lesions and freeze
 * cycles are not sent, so they stay exactly as recorded (the form could not give back every cycle's thaw
 * time and coldest tip); the API corrects those too (`PATCH …/procedure` with `lesions`).
 */
export function ProcedureCorrectionForm(
  props: CorrectionProps<Model.Procedure, typeof ProcedureCorrection.Type>
): JSX.Element {
  const record = createRecordForm(props, shape)
  const form = record.form
  return (
    <RecordForm of={record} label={t("procedure.correction.title")} done={props.done}>
      <div class="fields">
        <DateInput form={form} name="date" label={t("fields.procedure.date")} />
        <TextInput form={form} name="operator" label={t("fields.procedure.operator")} />
        <TextInput form={form} name="deviceSerial" label={t("fields.procedure.deviceSerial")} />
        <TextInput form={form} name="durationMinutes" label={t("fields.procedure.durationMinutes")} numeric />
      </div>
    </RecordForm>
  )
}
