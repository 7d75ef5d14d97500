import { BlockCorrection, BlockInput, type CallOptions } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { type JSX, Show } from "solid-js"
import { DateInput } from "../forms/date-input"
import { FormActions } from "../forms/field"
import { createForm, num, trimmed, type Values } from "../forms/form"
import { CheckInput, ReasonInput, SelectInput, TextInput } from "../forms/inputs"
import { t } from "../i18n"
import { versioned } from "./record-version"

const defaults: Values = { agent: "lidocaine", concentrationPercent: "2", contrastConfirmed: true }

/** The form's values for a stored block (a correction starts from them). */
const valuesOf = (b: Model.DiagnosticBlock): Values => ({
  date: b.date,
  agent: b.agent,
  concentrationPercent: String(b.concentrationPercent),
  volumeMl: String(b.volumeMl),
  contrastConfirmed: b.contrastConfirmed,
  nrsBefore: String(b.nrsBefore),
  nrsAfter: String(b.nrsAfter),
  minutesAfter: String(b.minutesAfter),
  reliefDurationHours: b.reliefDurationHours === undefined ? "" : String(b.reliefDurationHours),
  reason: ""
})

const request = (v: Values) => {
  const hours = num(v.reliefDurationHours)
  return {
    date: v.date,
    agent: v.agent,
    concentrationPercent: num(v.concentrationPercent),
    volumeMl: num(v.volumeMl),
    contrastConfirmed: v.contrastConfirmed === true,
    nrsBefore: num(v.nrsBefore),
    nrsAfter: num(v.nrsAfter),
    minutesAfter: num(v.minutesAfter),
    ...(hours === undefined ? {} : { reliefDurationHours: hours })
  }
}

/**
 * A diagnostic SIJ block: the injection and the NRS before and 30–60 minutes after it. With `correcting`,
 * the form starts from that block and asks for the reason of the correction.
 */
export function BlockForm(props: {
  readonly correcting?: Model.DiagnosticBlock | undefined
  readonly create: (b: BlockInput) => Promise<unknown>
  readonly correct?:
    | ((
        blockId: Model.DiagnosticBlockId,
        c: typeof BlockCorrection.Type,
        options: CallOptions
      ) => Promise<unknown>)
    | undefined
  /** The version of the record when the form was opened (`PatientDetail.versions`): a correction names it. */
  readonly version?: string | undefined
  readonly done: () => void
}): JSX.Element {
  const correcting = props.correcting
  const form = createForm("block", correcting === undefined ? defaults : valuesOf(correcting))
  const send = versioned(props.version, correcting ?? {}, "diagnosticBlock", (current) =>
    form.replace({ ...valuesOf(current as unknown as Model.DiagnosticBlock), reason: form.text("reason") })
  )
  const submit =
    correcting === undefined
      ? form.onSubmit(BlockInput, request, async (b) => {
          await props.create(b)
          props.done()
        })
      : form.onSubmit(
          BlockCorrection,
          (v) => ({ ...request(v), reason: trimmed(v.reason) }),
          async (c) => {
            await send((options) => props.correct!(correcting.id, c, options))
            props.done()
          }
        )
  return (
    <form
      class="stack"
      onSubmit={submit}
      novalidate
      aria-label={correcting === undefined ? t("patients.blockForm.record") : t("patients.blockForm.correct")}
    >
      <div class="fields">
        <DateInput form={form} name="date" label={t("fields.diagnosticBlock.date")} />
        <SelectInput
          form={form}
          name="agent"
          label={t("fields.diagnosticBlock.agent")}
          options={Model.LocalAnesthetic.literals.map((value) => ({
            value,
            label: t(`study.anesthetic.${value}`)
          }))}
        />
        <TextInput
          form={form}
          name="concentrationPercent"
          label={t("fields.diagnosticBlock.concentrationPercent")}
          numeric
        />
        <TextInput form={form} name="volumeMl" label={t("fields.diagnosticBlock.volumeMl")} numeric />
        <CheckInput
          form={form}
          name="contrastConfirmed"
          label={t("fields.diagnosticBlock.contrastConfirmed")}
        />
        <TextInput form={form} name="nrsBefore" label={t("fields.diagnosticBlock.nrsBefore")} numeric />
        <TextInput form={form} name="nrsAfter" label={t("fields.diagnosticBlock.nrsAfter")} numeric />
        <TextInput form={form} name="minutesAfter" label={t("fields.diagnosticBlock.minutesAfter")} numeric />
        <TextInput
          form={form}
          name="reliefDurationHours"
          label={t("fields.diagnosticBlock.reliefDurationHours")}
          hint={t("patients.blockForm.optional")}
          numeric
        />
      </div>
      <Show when={correcting !== undefined}>
        <ReasonInput form={form} />
      </Show>
      <FormActions
        message={form.message()}
        busy={form.busy()}
        submit={correcting === undefined ? t("patients.blockForm.save") : t("patients.form.saveCorrection")}
        onCancel={() => props.done()}
      />
    </form>
  )
}
