import { ScreeningCorrection, ScreeningInput, type ScreeningView } from "@cryoreg/contract"
import { For, type JSX } from "solid-js"
import { DateInput } from "../forms/date-input"
import { num, type Values } from "../forms/form"
import { CheckInput, SelectInput, TextInput } from "../forms/inputs"
import { createRecordForm, RecordForm, type RecordFormProps } from "../forms/record-form"
import { t } from "../i18n"
import { screeningRules } from "./record-rules"
import { wordedChanges } from "./record-version"

type Screening = ScreeningView["screening"]

/** The eight exclusion questions in the study's order. */
export const exclusionQuestions = [
  ["acuteOrProgressiveRadiculopathy"],
  ["nerveRootCompressionRequiringSurgery"],
  ["inflammatorySacroiliitis"],
  ["priorSijFusion"],
  ["coagulationDisorder"],
  ["activeInfection"],
  ["pregnancy"],
  ["severeSystemicDisease"]
] as const

const answers = () =>
  (["no", "yes", "unknown"] as const).map((value) => ({ value, label: t(`study.answer.${value}`) }))

const blanks: Values = Object.fromEntries(exclusionQuestions.map(([k]) => [`exclusions.${k}`, "unknown"]))

const valuesOf = (s: Screening): Values => ({
  date: s.date,
  painDurationMonths: String(s.painDurationMonths),
  baselineNrs: String(s.baselineNrs),
  conservativeCareFailedMonths: String(s.conservativeCareFailedMonths),
  imagingDone: s.imagingDone,
  ...Object.fromEntries(exclusionQuestions.map(([k]) => [`exclusions.${k}`, s.exclusions[k]]))
})

const request = (v: Values) => ({
  date: v.date,
  painDurationMonths: num(v.painDurationMonths),
  baselineNrs: num(v.baselineNrs),
  conservativeCareFailedMonths: num(v.conservativeCareFailedMonths),
  imagingDone: v.imagingDone === true,
  exclusions: Object.fromEntries(exclusionQuestions.map(([k]) => [k, v[`exclusions.${k}`]]))
})

const shape = {
  id: "screening",
  blanks,
  valuesOf,
  request,
  input: ScreeningInput,
  correction: ScreeningCorrection,
  changes: wordedChanges("screening"),
  rules: screeningRules
}

/** The screening: inclusion measurements and the eight exclusion answers; a correction asks for the reason. */
export function ScreeningForm(
  props: RecordFormProps<Screening, ScreeningInput, typeof ScreeningCorrection.Type>
): JSX.Element {
  const record = createRecordForm(props, shape)
  const form = record.form
  return (
    <RecordForm
      of={record}
      label={record.correcting ? t("patients.screening.correct") : t("patients.screening.record")}
      save={t("patients.screening.save")}
      done={props.done}
    >
      <div class="fields">
        <DateInput form={form} name="date" label={t("fields.screening.date")} />
        <TextInput
          form={form}
          name="painDurationMonths"
          label={t("fields.screening.painDurationMonths")}
          numeric
        />
        <TextInput
          form={form}
          name="baselineNrs"
          label={`${t("fields.screening.baselineNrs")} (0–10)`}
          numeric
        />
        <TextInput
          form={form}
          name="conservativeCareFailedMonths"
          label={t("fields.screening.conservativeCareFailedMonths")}
          numeric
        />
        <CheckInput form={form} name="imagingDone" label={t("fields.screening.imagingDone")} />
      </div>
      <fieldset>
        <legend>{t("fields.screening.exclusions")}</legend>
        <div class="toolbar">
          <button
            type="button"
            class="secondary"
            onClick={() => {
              for (const [key] of exclusionQuestions) form.set(`exclusions.${key}`, "no")
            }}
          >
            {t("patients.screening.noneApplies")}
          </button>
          <span class="hint">{t("patients.screening.noneAppliesHint")}</span>
        </div>
        <div class="fields">
          <For each={exclusionQuestions}>
            {([key]) => (
              <SelectInput
                form={form}
                name={`exclusions.${key}`}
                label={t(`study.exclusion.${key}`)}
                options={answers()}
                placeholder={t("patients.form.choose")}
              />
            )}
          </For>
        </div>
      </fieldset>
    </RecordForm>
  )
}
