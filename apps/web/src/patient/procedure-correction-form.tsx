import { ProcedureCorrection, type ProcedureView } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { type JSX, Show } from "solid-js"
import { DateInput } from "../forms/date-input"
import { num, str, type Values } from "../forms/form"
import { TextInput } from "../forms/inputs"
import { type CorrectionProps, createRecordForm, RecordForm } from "../forms/record-form"
import { t } from "../i18n"
import { LesionList } from "./lesion-list"
import { lesionTypingErrors, protocolErrors } from "./procedure-form-errors"
import { exact, lesionsRequest, lesionValues, shapeOf } from "./procedure-form-values"
import { wordedChanges } from "./record-version"

const details = {
  valuesOf: (p: Model.Procedure) => ({
    date: p.date,
    operator: p.operator,
    deviceSerial: p.deviceSerial,
    durationMinutes: exact(p.durationMinutes)
  }),
  request: (v: Values) => ({
    date: v.date,
    operator: str(v.operator),
    deviceSerial: str(v.deviceSerial),
    durationMinutes: num(v.durationMinutes)
  })
}

/** The form of a procedure entered after the fact: its details and its lesions, checked as when typed in. */
const recorded = {
  id: "procedure-correction",
  // the procedure's side is kept among the values: "Add a lesion" on a procedure without any starts from it
  valuesOf: (p: Model.Procedure) => ({ ...details.valuesOf(p), side: p.side, ...lesionValues(p.lesions) }),
  request: (v: Values) => ({ ...details.request(v), lesions: lesionsRequest(v, shapeOf(v)) }),
  correction: ProcedureCorrection,
  changes: wordedChanges("procedure"),
  check: (v: Values) => ({ ...lesionTypingErrors(v, shapeOf(v)), ...protocolErrors(v, shapeOf(v)) })
}

/** The form of a procedure followed live: its details only; its lesions are the probe's record. */
const live = {
  id: "procedure-correction",
  valuesOf: details.valuesOf,
  request: details.request,
  correction: ProcedureCorrection,
  changes: wordedChanges("procedure")
}

/**
 * Corrects a procedure with the reason: its date, operator, device serial and duration, and, for one entered
 * after the fact, its lesions with the fields and checks they were typed in with (every value shown exactly as
 * stored, so untouched lesions are sent back unchanged). A live procedure's lesions are the probe's record:
 * the form says so and does not send them.
 */
export function ProcedureCorrectionForm(
  props: CorrectionProps<Model.Procedure, typeof ProcedureCorrection.Type> & {
    readonly mode: ProcedureView["mode"]
  }
): JSX.Element {
  const editsLesions = props.mode === "recorded"
  const record = createRecordForm(props, editsLesions ? recorded : live)
  const form = record.form
  return (
    <RecordForm of={record} label={t("procedure.correction.title")} done={props.done}>
      <div class="fields">
        <DateInput form={form} name="date" label={t("fields.procedure.date")} />
        <TextInput form={form} name="operator" label={t("fields.procedure.operator")} />
        <TextInput form={form} name="deviceSerial" label={t("fields.procedure.deviceSerial")} />
        <TextInput form={form} name="durationMinutes" label={t("fields.procedure.durationMinutes")} numeric />
      </div>
      <Show
        when={editsLesions}
        fallback={
          <p class="hint" id={`${form.id}-lesions`}>
            {t("procedure.correction.liveLesions")}
          </p>
        }
      >
        <p class="hint" id={`${form.id}-times`}>
          {t("procedure.form.times")}
        </p>
        <LesionList form={form} />
      </Show>
    </RecordForm>
  )
}
