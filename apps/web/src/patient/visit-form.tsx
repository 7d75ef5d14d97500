import {
  VisitCorrection,
  type VisitInput,
  VisitInput as VisitInputSchema,
  type VisitView
} from "@cryoreg/contract"
import { Analgesics, Model, Odi } from "@cryoreg/domain"
import { type JSX, Show } from "solid-js"
import { DateInput } from "../forms/date-input"
import { num, str, type Values } from "../forms/form"
import { SelectInput, TextInput } from "../forms/inputs"
import { createRecordForm, RecordForm, type RecordFormProps } from "../forms/record-form"
import { t } from "../i18n"
import { timepointOptions } from "../i18n/study-words"
import { AnalgesicFields, analgesicErrors, impliedCategories } from "./analgesic-fields"
import { OdiSections, odiAnswers, odiErrors } from "./odi-sections"
import { visitRules } from "./record-rules"
import { wordedChanges } from "./record-version"
import { visitTimingText } from "./visit-timing"

type Visit = VisitView["visit"]

// The category boxes a stored visit leaves unsaid (absent: an API client's or an import's visit), kept among
// the values so that a box still as the drugs named imply it is sent back unsaid: an untouched form changes nothing.
const unstatedKey = "analgesics.unstated"

/** The form's values for a stored visit (a correction starts from them). */
export const valuesOf = (v: Visit): Values => {
  const implied = impliedCategories(v.analgesics.drugs.join(", "))
  const unstated = Analgesics.categories.filter((c) => v.analgesics[c] === undefined)
  return {
    timepoint: v.timepoint,
    date: v.date ?? "",
    nrs: String(v.nrs),
    vasMm: String(v.vasMm),
    ...Object.fromEntries(v.odiAnswers.map((a, i) => [`odiAnswers.${i}`, a === null ? "" : String(a)])),
    "analgesics.drugs": v.analgesics.drugs.join(", "),
    // an unsaid box shows what the drugs named say (a named drug is taken in its category)
    ...Object.fromEntries(
      Analgesics.categories.map((c) => [`analgesics.${c}`, v.analgesics[c] ?? implied.has(c)])
    ),
    ...(unstated.length === 0 ? {} : { [unstatedKey]: unstated.join(",") })
  }
}

const empty: Values = { ...Object.fromEntries(Odi.sections.map((_, i) => [`odiAnswers.${i}`, ""])) }

/** The request the values make, before the schema decodes it. */
export const visitRequest = (v: Values) => {
  const date = str(v.date)
  const drugs = (str(v["analgesics.drugs"]) ?? "")
    .split(",")
    .map((d) => d.trim())
    .filter((d) => d !== "")
  const implied = impliedCategories(drugs.join(", "))
  const unstated = String(v[unstatedKey] ?? "").split(",")
  const boxes = Analgesics.categories.flatMap((c) => {
    const ticked = v[`analgesics.${c}`] === true
    return unstated.includes(c) && ticked === implied.has(c) ? [] : [[c, ticked] as const]
  })
  return {
    timepoint: v.timepoint,
    ...(date === undefined ? {} : { date }),
    nrs: num(v.nrs),
    vasMm: num(v.vasMm),
    odiAnswers: odiAnswers(v),
    analgesics: { drugs, ...Object.fromEntries(boxes) }
  }
}

const shape = {
  id: "visit",
  blanks: empty,
  valuesOf,
  request: visitRequest,
  input: VisitInputSchema,
  correction: VisitCorrection,
  changes: wordedChanges("visit"),
  check: (v: Values) => ({ ...odiErrors(v), ...analgesicErrors(v) })
}

/**
 * A follow-up visit: its date, NRS, VAS, the ODI section by section (scored as it is filled in) and analgesics.
 * The days after the procedure are not typed: they follow from the two dates (shown as the date is entered,
 * with the protocol window). With `initial`, the form starts from that visit and asks for the reason.
 */
export function VisitForm(
  props: RecordFormProps<Visit, VisitInput, typeof VisitCorrection.Type> & {
    /** The procedure's date, when there is one: the form shows the visit's days after it. */
    readonly procedureDate?: string | null | undefined
  }
): JSX.Element {
  const record = createRecordForm(props, { ...shape, rules: visitRules(props.procedureDate) })
  const form = record.form
  const timing = () => {
    const timepoint = Model.Timepoint.literals.find((tp) => tp === form.text("timepoint"))
    return timepoint === undefined
      ? null
      : visitTimingText(timepoint, str(form.text("date")), props.procedureDate ?? null)
  }
  return (
    <RecordForm
      of={record}
      label={record.correcting ? t("patients.visit.correct") : t("patients.visit.record")}
      save={t("patients.visit.save")}
      done={props.done}
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
    </RecordForm>
  )
}
