import type { CallOptions, Issue } from "@cryoreg/contract"
import type { Schema } from "effect"
import { type JSX, Show } from "solid-js"
import { t } from "../i18n"
import { FormActions } from "./field"
import { createForm, type Form, trimmed, type Values } from "./form"
import { ReasonInput } from "./inputs"
import type { FieldErrors } from "./issues"
import { versioned } from "./versioned"

/** A form for a new record: it starts blank, and `submit` sends what it records. */
export interface NewRecordProps<I> {
  readonly initial?: undefined
  readonly submit: (body: I) => Promise<unknown>
  readonly done: () => void
}

/**
 * A form that corrects a stored record: it starts from `initial`, asks for the reason, and `submit` sends the
 * correction against `version`, the record's version when the form was opened (`PatientDetail.versions`).
 */
export interface CorrectionProps<R, C> {
  readonly initial: R
  readonly version: string | undefined
  readonly submit: (body: C, options: CallOptions) => Promise<unknown>
  readonly done: () => void
}

/** A record's form: `initial` is the record it corrects, or nothing for a new record. */
export type RecordFormProps<R, I, C> = NewRecordProps<I> | CorrectionProps<R, C>

/** What one kind of record's form is made of. */
export interface RecordShape<R, I, C, IE = unknown, CE = unknown> {
  /** The prefix of the controls' ids; a correction's adds the record's id. */
  readonly id: string
  /** The values of a new record (a form that only corrects has none). */
  readonly blanks?: Values
  readonly valuesOf: (record: R) => Values
  /** The request the values make, before the schema decodes it; a correction adds the reason. */
  readonly request: (values: Values) => object
  readonly input?: Schema.Schema<I, IE, never>
  readonly correction: Schema.Schema<C, CE, never>
  /** What changed between two versions of the record, in the form's words (a colleague's correction). */
  readonly changes: (before: R, after: R) => string
  /** The form's own errors of the values (a rule of the domain the schema does not hold), already worded. */
  readonly check?: (values: Values) => FieldErrors
  /** The study's rules the form can judge before sending (the domain's, as the API words them). */
  readonly rules?: (values: Values) => ReadonlyArray<Issue>
}

/** A record's form as it runs: its state, whether it corrects, and its submit handler. */
export interface RecordFormState {
  readonly form: Form
  readonly correcting: boolean
  readonly submit: (event: SubmitEvent) => Promise<void>
}

/**
 * The one pattern of the record forms: the values start from the record (or blanks), the schema is the
 * new record's or the correction's (with the reason), a correction is sent against the version it was
 * opened with (a colleague's newer correction refreshes the form and says what changed), and a saved form
 * is done. Refusals reach the fields through `createForm`.
 */
export const createRecordForm = <R extends { readonly id: string }, I, C, IE, CE>(
  props: RecordFormProps<R, I, C>,
  shape: RecordShape<R, I, C, IE, CE>
): RecordFormState => {
  const initial = props.initial
  if (initial === undefined) {
    const form = createForm(shape.id, shape.blanks ?? {})
    if (shape.input === undefined) throw new Error(`The ${shape.id} form only corrects a record`)
    const create = props as NewRecordProps<I>
    const submit = form.onSubmit(
      shape.input,
      shape.request,
      async (body) => {
        await create.submit(body)
        create.done()
      },
      shape.check,
      shape.rules
    )
    return { form, correcting: false, submit }
  }
  const correct = props as CorrectionProps<R, C>
  const form = createForm(`${shape.id}-${initial.id}`, { ...shape.valuesOf(initial), reason: "" })
  const send = versioned(correct.version, initial, shape.changes, (current) =>
    form.replace({ ...shape.valuesOf(current), reason: form.text("reason") })
  )
  const submit = form.onSubmit(
    shape.correction,
    (v) => ({ ...shape.request(v), reason: trimmed(v.reason) }),
    async (body) => {
      await send((options) => correct.submit(body, options))
      correct.done()
    },
    shape.check,
    shape.rules
  )
  return { form, correcting: true, submit }
}

/** A form whose one field is the reason of an act (a retraction, an abort): `submit` sends `{ reason }`. */
export const createReasonForm = <A, E>(
  id: string,
  schema: Schema.Schema<A, E, never>,
  props: { readonly submit: (body: A) => Promise<unknown>; readonly done: () => void }
): RecordFormState => {
  const form = createForm(id, { reason: "" })
  const submit = form.onSubmit(
    schema,
    (v) => ({ reason: trimmed(v.reason) }),
    async (body) => {
      await props.submit(body)
      props.done()
    }
  )
  return { form, correcting: false, submit }
}

/**
 * A record form's frame: its fields (children), the reason when it corrects, the refusal, save and cancel.
 */
export function RecordForm(props: {
  readonly of: RecordFormState
  readonly label: string
  /** The button of a new record (a correction's is "Save the correction"). */
  readonly save?: string
  readonly done: () => void
  readonly children: JSX.Element
}): JSX.Element {
  return (
    <form class="stack" novalidate aria-label={props.label} onSubmit={(e) => props.of.submit(e)}>
      {props.children}
      <Show when={props.of.correcting}>
        <ReasonInput form={props.of.form} />
      </Show>
      <FormActions
        message={props.of.form.message()}
        busy={props.of.form.busy()}
        submit={props.of.correcting ? t("patients.form.saveCorrection") : (props.save ?? "")}
        onCancel={() => props.done()}
      />
    </form>
  )
}
