import { NewPatient } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { Either } from "effect"
import { createSignal, For, type JSX, Show } from "solid-js"
import { errorId, Field, FormError } from "../forms/field"
import { type FieldErrors, fromApiError, validate } from "../forms/issues"

/** What the new-patient form sends. */
export type NewPatientInput = typeof NewPatient.Type

/** Registers a pseudonymous patient: id, sex, birth year, center, treated side (validated as the API does). */
export function NewPatientForm(props: {
  readonly centers: ReadonlyArray<Model.Center>
  /** The center of a center-bound user: fixed, not chosen. */
  readonly fixedCenter: Model.CenterId | null
  readonly submit: (patient: NewPatientInput) => Promise<unknown>
}): JSX.Element {
  const [values, setValues] = createSignal({ id: "", sex: "", birthYear: "", centerId: "", treatedSide: "" })
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [message, setMessage] = createSignal<string>()
  const set = (k: keyof ReturnType<typeof values>) => (e: { currentTarget: { value: string } }) =>
    setValues({ ...values(), [k]: e.currentTarget.value })
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    const v = values()
    const decoded = validate(NewPatient, {
      id: v.id.trim(),
      sex: v.sex,
      birthYear: v.birthYear.trim() === "" ? undefined : Number(v.birthYear),
      centerId: props.fixedCenter ?? v.centerId,
      treatedSide: v.treatedSide
    })
    setMessage(undefined)
    if (Either.isLeft(decoded)) return setErrors(decoded.left)
    setErrors({})
    try {
      await props.submit(decoded.right)
    } catch (error) {
      const failed = fromApiError(error)
      setErrors(failed.fields)
      setMessage(failed.message)
    }
  }
  return (
    <form class="stack" onSubmit={onSubmit} novalidate aria-labelledby="new-patient-title">
      <h2 id="new-patient-title">Register a patient</h2>
      <p class="hint">A pseudonymous id only (e.g. WAW-0042): never a name or a national id number.</p>
      <div class="fields">
        <Field id="np-id" label="Patient id" error={errors().id}>
          <input
            id="np-id"
            value={values().id}
            onInput={set("id")}
            aria-describedby={errorId("np-id")}
            aria-invalid={errors().id !== undefined}
          />
        </Field>
        <Field id="np-sex" label="Sex" error={errors().sex}>
          <select id="np-sex" value={values().sex} onChange={set("sex")} aria-describedby={errorId("np-sex")}>
            <option value="">Choose…</option>
            <option value="female">female</option>
            <option value="male">male</option>
          </select>
        </Field>
        <Field id="np-birth" label="Birth year" error={errors().birthYear}>
          <input
            id="np-birth"
            inputmode="numeric"
            value={values().birthYear}
            onInput={set("birthYear")}
            aria-describedby={errorId("np-birth")}
            aria-invalid={errors().birthYear !== undefined}
          />
        </Field>
        <Show when={props.fixedCenter === null}>
          <Field id="np-center" label="Center" error={errors().centerId}>
            <select
              id="np-center"
              value={values().centerId}
              onChange={set("centerId")}
              aria-describedby={errorId("np-center")}
            >
              <option value="">Choose…</option>
              <For each={props.centers}>{(c) => <option value={c.id}>{`${c.name} (${c.city})`}</option>}</For>
            </select>
          </Field>
        </Show>
        <Field id="np-side" label="Treated side" error={errors().treatedSide}>
          <select
            id="np-side"
            value={values().treatedSide}
            onChange={set("treatedSide")}
            aria-describedby={errorId("np-side")}
          >
            <option value="">Choose…</option>
            <option value="left">left</option>
            <option value="right">right</option>
            <option value="bilateral">bilateral</option>
          </select>
        </Field>
      </div>
      <FormError message={message()} />
      <div>
        <button type="submit">Register patient</button>
      </div>
    </form>
  )
}
