import { NewPatient } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { Either } from "effect"
import { createEffect, createMemo, createSignal, For, type JSX, on, Show } from "solid-js"
import { errorId, Field, FormError } from "../forms/field"
import { type FieldErrors, fromApiError, validate } from "../forms/issues"
import { type FieldLabels, wordIssue } from "../forms/words"
import { t } from "../i18n"
import { sideOptions, sideWord } from "../i18n/study-words"
import { birthYearIssue } from "./birth-year"

/** What the new-patient form sends. */
export type NewPatientInput = typeof NewPatient.Type

/**
 * Registers a pseudonymous patient: id, sex, birth year, center, treated side (validated as the API does). The
 * id is prefilled with the next free id of the center (the API's answer) and stays editable.
 */
export function NewPatientForm(props: {
  readonly centers: ReadonlyArray<Model.Center>
  /** The center of a center-bound user: fixed, not chosen. */
  readonly fixedCenter: Model.CenterId | null
  /** The next free patient id of a center. */
  readonly nextId: (centerId: Model.CenterId) => Promise<string>
  readonly submit: (patient: NewPatientInput) => Promise<unknown>
}): JSX.Element {
  const [values, setValues] = createSignal({ id: "", sex: "", birthYear: "", centerId: "", treatedSide: "" })
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [message, setMessage] = createSignal<string>()
  const set = (k: keyof ReturnType<typeof values>) => (e: { currentTarget: { value: string } }) =>
    setValues({ ...values(), [k]: e.currentTarget.value })
  // The id last offered: replaced by the next center's offer unless the user has typed another id.
  const [offered, setOffered] = createSignal("")
  // a memo: the offer is asked again when the center changes, not on every keystroke
  const center = createMemo(() => props.fixedCenter ?? values().centerId)
  createEffect(
    on(center, async (asked) => {
      if (asked === "") return
      const id = await props.nextId(Model.CenterId.make(asked)).catch(() => undefined)
      if (id === undefined || center() !== asked) return
      if (values().id === "" || values().id === offered()) setValues({ ...values(), id })
      setOffered(id)
    })
  )
  // how the form names its fields and their choices, for its error messages
  const labels = (): FieldLabels => ({
    id: t("fields.patient.id"),
    centerId: t("fields.patient.centerId"),
    birthYear: t("fields.patient.birthYear"),
    sex: {
      label: t("fields.patient.sex"),
      options: { female: t("study.sex.female"), male: t("study.sex.male") }
    },
    treatedSide: {
      label: t("fields.patient.treatedSide"),
      options: Object.fromEntries(Model.TreatedSide.literals.map((side) => [side, sideWord(side)]))
    }
  })
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    const v = values()
    const decoded = validate(
      NewPatient,
      {
        id: v.id.trim(),
        sex: v.sex,
        birthYear: v.birthYear.trim() === "" ? undefined : Number(v.birthYear),
        centerId: props.fixedCenter ?? (v.centerId === "" ? undefined : v.centerId),
        treatedSide: v.treatedSide
      },
      labels()
    )
    setMessage(undefined)
    const year = birthYearIssue(v.birthYear)
    if (Either.isLeft(decoded) || year !== undefined) {
      const own = year === undefined ? {} : { birthYear: wordIssue(year, labels()) }
      setErrors({ ...(Either.isLeft(decoded) ? decoded.left : {}), ...own })
      return setMessage(t("errors.formNeedsAttention"))
    }
    setErrors({})
    try {
      await props.submit(decoded.right)
    } catch (error) {
      const failed = fromApiError(error, labels())
      setErrors(failed.fields)
      setMessage(failed.message)
    }
  }
  return (
    <form class="stack" onSubmit={onSubmit} novalidate aria-labelledby="new-patient-title">
      <h2 id="new-patient-title">{t("patients.newPatient.title")}</h2>
      <p class="hint">{t("patients.newPatient.pseudonym")}</p>
      <div class="fields">
        <Show when={props.fixedCenter === null}>
          <Field id="np-center" label={t("fields.patient.centerId")} error={errors().centerId}>
            <select
              id="np-center"
              value={values().centerId}
              onChange={set("centerId")}
              aria-describedby={errorId("np-center")}
              aria-invalid={errors().centerId !== undefined}
            >
              <option value="">{t("patients.form.choose")}</option>
              <For each={props.centers}>{(c) => <option value={c.id}>{`${c.name} (${c.city})`}</option>}</For>
            </select>
          </Field>
        </Show>
        <Field
          id="np-id"
          label={t("fields.patient.id")}
          error={errors().id}
          hint={offered() === "" ? "" : t("patients.newPatient.nextId", { id: offered() })}
        >
          <input
            id="np-id"
            value={values().id}
            onInput={set("id")}
            aria-describedby={errorId("np-id")}
            aria-invalid={errors().id !== undefined}
          />
        </Field>
        <Field id="np-sex" label={t("fields.patient.sex")} error={errors().sex}>
          <select
            id="np-sex"
            value={values().sex}
            onChange={set("sex")}
            aria-describedby={errorId("np-sex")}
            aria-invalid={errors().sex !== undefined}
          >
            <option value="">{t("patients.form.choose")}</option>
            <option value="female">{t("study.sex.female")}</option>
            <option value="male">{t("study.sex.male")}</option>
          </select>
        </Field>
        <Field id="np-birth" label={t("fields.patient.birthYear")} error={errors().birthYear}>
          <input
            id="np-birth"
            inputmode="numeric"
            value={values().birthYear}
            onInput={set("birthYear")}
            aria-describedby={errorId("np-birth")}
            aria-invalid={errors().birthYear !== undefined}
          />
        </Field>
        <Field id="np-side" label={t("fields.patient.treatedSide")} error={errors().treatedSide}>
          <select
            id="np-side"
            value={values().treatedSide}
            onChange={set("treatedSide")}
            aria-describedby={errorId("np-side")}
            aria-invalid={errors().treatedSide !== undefined}
          >
            <option value="">{t("patients.form.choose")}</option>
            <For each={sideOptions(Model.TreatedSide.literals)}>
              {(o) => <option value={o.value}>{o.label}</option>}
            </For>
          </select>
        </Field>
      </div>
      <FormError message={message()} />
      <div>
        <button type="submit">{t("patients.newPatient.submit")}</button>
      </div>
    </form>
  )
}
