import { type CallOptions, ScreeningCorrection, ScreeningInput, type ScreeningView } from "@cryoreg/contract"
import { For, type JSX, Show } from "solid-js"
import { DateInput } from "../forms/date-input"
import { FormActions } from "../forms/field"
import { createForm, num, trimmed, type Values } from "../forms/form"
import { CheckInput, ReasonInput, SelectInput, TextInput } from "../forms/inputs"
import { t } from "../i18n"
import { versioned } from "./record-version"

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

const valuesOf = (s: ScreeningView["screening"] | undefined): Values =>
  s === undefined
    ? Object.fromEntries(exclusionQuestions.map(([k]) => [`exclusions.${k}`, "unknown"]))
    : {
        date: s.date,
        painDurationMonths: String(s.painDurationMonths),
        baselineNrs: String(s.baselineNrs),
        conservativeCareFailedMonths: String(s.conservativeCareFailedMonths),
        imagingDone: s.imagingDone,
        ...Object.fromEntries(exclusionQuestions.map(([k]) => [`exclusions.${k}`, s.exclusions[k]])),
        reason: ""
      }

const request = (v: Values) => ({
  date: v.date,
  painDurationMonths: num(v.painDurationMonths),
  baselineNrs: num(v.baselineNrs),
  conservativeCareFailedMonths: num(v.conservativeCareFailedMonths),
  imagingDone: v.imagingDone === true,
  exclusions: Object.fromEntries(exclusionQuestions.map(([k]) => [k, v[`exclusions.${k}`]]))
})

/** The screening: inclusion measurements and the eight exclusion answers; a correction asks for the reason. */
export function ScreeningForm(props: {
  readonly correcting?: ScreeningView["screening"] | undefined
  readonly create: (s: ScreeningInput) => Promise<unknown>
  readonly correct: (c: typeof ScreeningCorrection.Type, options: CallOptions) => Promise<unknown>
  /** The version of the record when the form was opened (`PatientDetail.versions`): a correction names it. */
  readonly version?: string | undefined
  readonly done: () => void
}): JSX.Element {
  const form = createForm("screening", valuesOf(props.correcting))
  const send = versioned(props.version, props.correcting ?? {}, "screening", (current) =>
    form.replace({
      ...valuesOf(current as unknown as ScreeningView["screening"]),
      reason: form.text("reason")
    })
  )
  const submit = props.correcting
    ? form.onSubmit(
        ScreeningCorrection,
        (v) => ({ ...request(v), reason: trimmed(v.reason) }),
        async (c) => {
          await send((options) => props.correct(c, options))
          props.done()
        }
      )
    : form.onSubmit(ScreeningInput, request, async (s) => {
        await props.create(s)
        props.done()
      })
  return (
    <form
      class="stack"
      onSubmit={submit}
      novalidate
      aria-label={props.correcting ? t("patients.screening.correct") : t("patients.screening.record")}
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
                placeholder="—"
              />
            )}
          </For>
        </div>
      </fieldset>
      <Show when={props.correcting}>
        <ReasonInput form={form} />
      </Show>
      <FormActions
        message={form.message()}
        busy={form.busy()}
        submit={props.correcting ? t("patients.form.saveCorrection") : t("patients.screening.save")}
        onCancel={() => props.done()}
      />
    </form>
  )
}
