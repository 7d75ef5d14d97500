import {
  type CallOptions,
  VisitCorrection,
  type VisitInput,
  VisitInput as VisitInputSchema,
  type VisitView
} from "@cryoreg/contract"
import { Odi } from "@cryoreg/domain"
import { type JSX, Show } from "solid-js"
import { DateInput } from "../forms/date-input"
import { FormActions } from "../forms/field"
import { createForm, num, str, trimmed, type Values } from "../forms/form"
import { ReasonInput, SelectInput, TextInput } from "../forms/inputs"
import { t } from "../i18n"
import { AnalgesicFields } from "./analgesic-fields"
import { OdiSections, odiAnswers } from "./odi-sections"
import { versioned } from "./record-version"
import { visitTimingText } from "./visit-timing"

const timepoints = ["baseline", "month3", "month6"] as const
const timepointOptions = () => timepoints.map((value) => ({ value, label: t(`study.timepoint.${value}`) }))

/** The form's values for a stored visit (a correction starts from them). */
export const valuesOf = (v: VisitView["visit"]): Values => ({
  timepoint: v.timepoint,
  date: v.date ?? "",
  nrs: String(v.nrs),
  vasMm: String(v.vasMm),
  ...Object.fromEntries(v.odiAnswers.map((a, i) => [`odiAnswers.${i}`, a === null ? "" : String(a)])),
  "analgesics.drugs": v.analgesics.drugs.join(", "),
  "analgesics.nsaids": v.analgesics.nsaids === true,
  "analgesics.combinationAnalgesics": v.analgesics.combinationAnalgesics === true,
  "analgesics.opioidContaining": v.analgesics.opioidContaining === true,
  reason: ""
})

const empty: Values = { ...Object.fromEntries(Odi.sections.map((_, i) => [`odiAnswers.${i}`, ""])) }

/** The request the values make, before the schema decodes it. */
export const visitRequest = (v: Values) => {
  const date = str(v.date)
  return {
    timepoint: v.timepoint,
    ...(date === undefined ? {} : { date }),
    nrs: num(v.nrs),
    vasMm: num(v.vasMm),
    odiAnswers: odiAnswers(v),
    analgesics: {
      drugs: (str(v["analgesics.drugs"]) ?? "")
        .split(",")
        .map((d) => d.trim())
        .filter((d) => d !== ""),
      nsaids: v["analgesics.nsaids"] === true,
      combinationAnalgesics: v["analgesics.combinationAnalgesics"] === true,
      opioidContaining: v["analgesics.opioidContaining"] === true
    }
  }
}

/**
 * A follow-up visit: its date, NRS, VAS, the ODI section by section (scored as it is filled in) and analgesics.
 * The days after the procedure are not typed: they follow from the two dates (shown as the date is entered,
 * with the protocol window). With `correcting`, the form starts from that visit and asks for the reason.
 */
export function VisitForm(props: {
  readonly correcting?: VisitView["visit"] | undefined
  /** The procedure's date, when there is one: the form shows the visit's days after it. */
  readonly procedureDate?: string | null | undefined
  readonly create: (visit: VisitInput) => Promise<unknown>
  readonly correct: (
    visitId: VisitView["visit"]["id"],
    correction: typeof VisitCorrection.Type,
    options: CallOptions
  ) => Promise<unknown>
  /** The version of the visit when the form was opened (`PatientDetail.versions`): a correction names it. */
  readonly version?: string | undefined
  readonly done: () => void
}): JSX.Element {
  const form = createForm(
    props.correcting ? `visit-${props.correcting.id}` : "visit-new",
    props.correcting ? valuesOf(props.correcting) : empty
  )
  const timing = () => {
    const timepoint = timepoints.find((tp) => tp === form.text("timepoint"))
    return timepoint === undefined
      ? null
      : visitTimingText(
          timepoint as VisitView["visit"]["timepoint"],
          str(form.text("date")),
          props.procedureDate ?? null
        )
  }
  const send = versioned(props.version, props.correcting ?? {}, "visit", (current) =>
    form.replace({ ...valuesOf(current as unknown as VisitView["visit"]), reason: form.text("reason") })
  )
  const submit = props.correcting
    ? form.onSubmit(
        VisitCorrection,
        (v) => ({ ...visitRequest(v), reason: trimmed(v.reason) }),
        async (c) => {
          await send((options) => props.correct(props.correcting!.id, c, options))
          props.done()
        }
      )
    : form.onSubmit(VisitInputSchema, visitRequest, async (visit) => {
        await props.create(visit)
        props.done()
      })
  return (
    <form
      class="stack"
      onSubmit={submit}
      novalidate
      aria-label={props.correcting ? t("patients.visit.correct") : t("patients.visit.record")}
    >
      <div class="fields">
        <SelectInput
          form={form}
          name="timepoint"
          label={t("fields.visit.timepoint")}
          options={timepointOptions()}
        />
        <DateInput
          form={form}
          name="date"
          label={t("fields.visit.date")}
          hint={t("patients.visit.dateHint")}
        />
        <Show when={timing()}>
          {(text) => (
            <output class="computed-note" for={`${form.id}-date`} aria-live="polite">
              {text()}
            </output>
          )}
        </Show>
        <TextInput form={form} name="nrs" label={`${t("fields.visit.nrs")} (0–10)`} numeric />
        <TextInput form={form} name="vasMm" label={`${t("fields.visit.vasMm")} (mm, 0–100)`} numeric />
      </div>
      <OdiSections form={form} />
      <AnalgesicFields form={form} />
      <Show when={props.correcting}>
        <ReasonInput form={form} />
      </Show>
      <FormActions
        message={form.message()}
        busy={form.busy()}
        submit={props.correcting ? t("patients.form.saveCorrection") : t("patients.visit.save")}
        onCancel={() => props.done()}
      />
    </form>
  )
}
