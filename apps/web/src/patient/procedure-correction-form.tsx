import { type CallOptions, ProcedureCorrection } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import type { JSX } from "solid-js"
import { DateInput } from "../forms/date-input"
import { FormActions } from "../forms/field"
import { createForm, num, str, trimmed } from "../forms/form"
import { ReasonInput, TextInput } from "../forms/inputs"
import { t } from "../i18n"
import { versioned } from "./record-version"

/**
 * Corrects a procedure's date, operator, device serial and duration, with the reason. Its lesions and freeze
 * cycles are not sent, so they stay exactly as recorded (the form could not give back every cycle's thaw
 * time and coldest tip); the API corrects those too (`PATCH …/procedure` with `lesions`).
 */
export function ProcedureCorrectionForm(props: {
  readonly procedure: Model.Procedure
  readonly correct: (c: typeof ProcedureCorrection.Type, options: CallOptions) => Promise<unknown>
  /** The version of the record when the form was opened (`PatientDetail.versions`): a correction names it. */
  readonly version?: string | undefined
  readonly done: () => void
}): JSX.Element {
  const valuesOf = (p: Model.Procedure) => ({
    date: p.date,
    operator: p.operator,
    deviceSerial: p.deviceSerial,
    durationMinutes: String(p.durationMinutes),
    reason: ""
  })
  const form = createForm("procedure-correction", valuesOf(props.procedure))
  const send = versioned(props.version, props.procedure, "procedure", (current) =>
    form.replace({ ...valuesOf(current as unknown as Model.Procedure), reason: form.text("reason") })
  )
  return (
    <form
      class="stack"
      novalidate
      aria-label={t("procedure.correction.title")}
      onSubmit={form.onSubmit(
        ProcedureCorrection,
        (v) => ({
          date: v.date,
          operator: str(v.operator),
          deviceSerial: str(v.deviceSerial),
          durationMinutes: num(v.durationMinutes),
          reason: trimmed(v.reason)
        }),
        async (c) => {
          await send((options) => props.correct(c, options))
          props.done()
        }
      )}
    >
      <div class="fields">
        <DateInput form={form} name="date" label={t("fields.procedure.date")} />
        <TextInput form={form} name="operator" label={t("fields.procedure.operator")} />
        <TextInput form={form} name="deviceSerial" label={t("fields.procedure.deviceSerial")} />
        <TextInput form={form} name="durationMinutes" label={t("fields.procedure.durationMinutes")} numeric />
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
