import { AdverseEventCorrection, AdverseEventInput } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { type JSX, Show } from "solid-js"
import { num, numOrNull, str, type Values } from "../forms/form"
import { CheckInput, SelectInput, TextInput } from "../forms/inputs"
import { createRecordForm, RecordForm, type RecordFormProps } from "../forms/record-form"
import { YesNoInput, yesNo, yesNoValue } from "../forms/yes-no-input"
import { t } from "../i18n"
import { adverseEventDatesText } from "./adverse-event-dates"
import { adverseEventRules } from "./record-rules"
import { wordedChanges } from "./record-version"

/** The request the values make: "related to the procedure" only when answered (it has no default). */
const request = (v: Values) => {
  const description = str(v.description)
  return {
    type: v.type,
    ...(description === undefined ? {} : { description }),
    severity: v.severity,
    serious: v.serious === true,
    onsetDays: num(v.onsetDays),
    resolutionDays: numOrNull(v.resolutionDays),
    ...yesNo("relatedToProcedure", v.relatedToProcedure)
  }
}

/** The form's values for a reported event (a correction starts from them). */
const valuesOf = (e: Model.AdverseEvent): Values => ({
  type: e.type,
  severity: e.severity,
  serious: e.serious,
  onsetDays: String(e.onsetDays),
  resolutionDays: e.resolutionDays === null ? "" : String(e.resolutionDays),
  relatedToProcedure: yesNoValue(e.relatedToProcedure),
  description: e.description ?? ""
})

const shape = {
  id: "ae",
  blanks: {},
  valuesOf,
  request,
  input: AdverseEventInput,
  correction: AdverseEventCorrection,
  changes: wordedChanges("adverseEvent")
}

/**
 * Reports an adverse event: type, severity, onset and resolution (days after the procedure), and
 * whether it is related to the procedure (yes or no, never assumed). With `initial`, the form starts
 * from that event, any field can change, and it asks for the reason.
 */
export function AdverseEventForm(
  props: RecordFormProps<Model.AdverseEvent, AdverseEventInput, typeof AdverseEventCorrection.Type> & {
    /** The procedure's date: the form shows the dates the days fall on. */
    readonly procedureDate?: string | null | undefined
  }
): JSX.Element {
  const record = createRecordForm(props, { ...shape, rules: adverseEventRules(props.procedureDate) })
  const form = record.form
  return (
    <RecordForm
      of={record}
      label={record.correcting ? t("patients.eventForm.correct") : t("patients.eventForm.record")}
      save={t("patients.eventForm.save")}
      done={props.done}
    >
      <div class="fields">
        <SelectInput
          form={form}
          name="type"
          label={t("fields.adverseEvent.type")}
          options={Model.AdverseEventType.literals.map((value) => ({
            value,
            label: t(`study.adverseEventType.${value}`)
          }))}
        />
        <SelectInput
          form={form}
          name="severity"
          label={t("fields.adverseEvent.severity")}
          options={Model.Severity.literals.map((value) => ({ value, label: t(`study.severity.${value}`) }))}
        />
        <TextInput form={form} name="onsetDays" label={t("fields.adverseEvent.onsetDays")} numeric />
        <TextInput
          form={form}
          name="resolutionDays"
          label={t("fields.adverseEvent.resolutionDays")}
          hint={t("patients.eventForm.ongoingHint")}
          numeric
        />
        <Show
          when={adverseEventDatesText(
            props.procedureDate ?? null,
            props.initial === undefined ? form.text("onsetDays") : String(props.initial.onsetDays),
            form.text("resolutionDays")
          )}
        >
          {(text) => (
            <output class="computed-note" aria-live="polite">
              {text()}
            </output>
          )}
        </Show>
        <TextInput
          form={form}
          name="description"
          label={t("fields.adverseEvent.description")}
          hint={t("patients.eventForm.descriptionHint")}
        />
        <CheckInput form={form} name="serious" label={t("fields.adverseEvent.serious")} />
        <YesNoInput
          form={form}
          name="relatedToProcedure"
          legend={t("fields.adverseEvent.relatedToProcedure")}
        />
      </div>
    </RecordForm>
  )
}
