import { ProcedureInput } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { createSignal, For, type JSX } from "solid-js"
import { DateInput } from "../forms/date-input"
import { createForm } from "../forms/form"
import { SelectInput, TextInput } from "../forms/inputs"
import { RecordForm } from "../forms/record-form"
import { t } from "../i18n"
import { sideOptions } from "../i18n/study-words"
import { today } from "../i18n/today"
import { LesionList } from "./lesion-list"
import { protocolErrors, typingErrors } from "./procedure-form-errors"
import { type CourseBefore, procedureRuleIssues } from "./procedure-form-rules"
import { firstLesion, procedureRequest, shapeOf } from "./procedure-form-values"
import { emptyCourse } from "./record-rules"

/**
 * A procedure entered after it was done: its lesions with their stimulation test and freeze-thaw cycles. The
 * protocol fills a typical lesion; "Add a lesion" carries the previous one to the next level. Before sending,
 * the form shows every error at once beside its field: the schema's, its own, the freeze protocol's, and the
 * rules of the patient's course it can judge (the treated side, the date not after today and in order).
 */
export function ProcedureForm(props: {
  /** The patient's treated side: the form's first side, and the side the rules hold the procedure to. */
  readonly side: string
  /** The patient's screening, blocks and visits, for the date's order (none: its date is judged against today only). */
  readonly course?: CourseBefore
  readonly submit: (p: ProcedureInput) => Promise<unknown>
  readonly done: () => void
}): JSX.Element {
  const form = createForm("procedure", { side: props.side, ...firstLesion(props.side) })
  const submit = form.onSubmit(
    ProcedureInput,
    (v) => procedureRequest(v, shapeOf(v)),
    async (p) => {
      await props.submit(p)
      props.done()
    },
    (v) => ({ ...typingErrors(v, shapeOf(v)), ...protocolErrors(v, shapeOf(v)) }),
    (v) => procedureRuleIssues(v, shapeOf(v), props.side, props.course ?? emptyCourse, today())
  )
  return (
    <RecordForm
      of={{ form, correcting: false, submit }}
      label={t("procedure.entry.recorded")}
      save={t("procedure.form.save")}
      done={props.done}
    >
      <div class="fields">
        <DateInput form={form} name="date" label={t("fields.procedure.date")} />
        <TextInput form={form} name="operator" label={t("fields.procedure.operator")} />
        <SelectInput
          form={form}
          name="side"
          label={t("fields.procedure.side")}
          options={sideOptions(Model.TreatedSide.literals)}
        />
        <TextInput form={form} name="deviceSerial" label={t("fields.procedure.deviceSerial")} />
        <TextInput form={form} name="durationMinutes" label={t("fields.procedure.durationMinutes")} numeric />
      </div>
      <p class="hint" id="procedure-times">
        {t("procedure.form.times")}
      </p>
      <LesionList form={form} />
    </RecordForm>
  )
}

/** The two ways to enter a procedure: after the fact, or live from the probe. */
export function ProcedureEntry(props: {
  readonly recorded: JSX.Element
  readonly live: JSX.Element
}): JSX.Element {
  const [mode, setMode] = createSignal<"recorded" | "live">("recorded")
  return (
    <div class="stack">
      <fieldset class="toolbar">
        <legend class="visually-hidden">{t("procedure.entry.how")}</legend>
        <For each={["recorded", "live"] as const}>
          {(m) => (
            <button
              type="button"
              class={mode() === m ? "" : "secondary"}
              aria-pressed={mode() === m}
              onClick={() => setMode(m)}
            >
              {t(`procedure.entry.${m}`)}
            </button>
          )}
        </For>
      </fieldset>
      {mode() === "recorded" ? props.recorded : props.live}
    </div>
  )
}
