import { AdverseEventCorrection, AdverseEventInput, type CallOptions } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { type JSX, Show } from "solid-js"
import { FormActions } from "../forms/field"
import { createForm, num, numOrNull, str, trimmed, type Values } from "../forms/form"
import { CheckInput, ReasonInput, SelectInput, TextInput } from "../forms/inputs"
import { YesNoInput, yesNo, yesNoValue } from "../forms/yes-no-input"
import { t } from "../i18n"
import { adverseEventDatesText } from "./adverse-event-dates"
import { versioned } from "./record-version"

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
  description: e.description ?? "",
  reason: ""
})

/**
 * Reports an adverse event: type, severity, onset and resolution (days after the procedure), and
 * whether it is related to the procedure (yes or no, never assumed). With `correcting`, the form starts
 * from that event, any field can change, and it asks for the reason.
 */
export function AdverseEventForm(props: {
  readonly correcting?: Model.AdverseEvent | undefined
  readonly create: (e: AdverseEventInput) => Promise<unknown>
  readonly correct?:
    | ((
        eventId: Model.AdverseEventId,
        c: typeof AdverseEventCorrection.Type,
        options: CallOptions
      ) => Promise<unknown>)
    | undefined
  /** The version of the record when the form was opened (`PatientDetail.versions`): a correction names it. */
  readonly version?: string | undefined
  readonly done: () => void
  /** The procedure's date: the form shows the dates the days fall on. */
  readonly procedureDate?: string | null | undefined
}): JSX.Element {
  const correcting = props.correcting
  const form = createForm(
    correcting === undefined ? "ae" : `ae-${correcting.id}`,
    correcting === undefined ? {} : valuesOf(correcting)
  )
  const send = versioned(props.version, correcting ?? {}, "adverseEvent", (current) =>
    form.replace({ ...valuesOf(current as unknown as Model.AdverseEvent), reason: form.text("reason") })
  )
  const submit =
    correcting === undefined
      ? form.onSubmit(AdverseEventInput, request, async (e) => {
          await props.create(e)
          props.done()
        })
      : form.onSubmit(
          AdverseEventCorrection,
          (v) => ({ ...request(v), reason: trimmed(v.reason) }),
          async (c) => {
            await send((options) => props.correct!(correcting.id, c, options))
            props.done()
          }
        )
  return (
    <form
      class="stack"
      novalidate
      aria-label={correcting === undefined ? t("patients.eventForm.record") : t("patients.eventForm.correct")}
      onSubmit={submit}
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
            correcting === undefined ? form.text("onsetDays") : String(correcting.onsetDays),
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
      <Show when={correcting !== undefined}>
        <ReasonInput form={form} />
      </Show>
      <FormActions
        message={form.message()}
        busy={form.busy()}
        submit={correcting === undefined ? t("patients.eventForm.save") : t("patients.form.saveCorrection")}
        onCancel={() => props.done()}
      />
    </form>
  )
}
