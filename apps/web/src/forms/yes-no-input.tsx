import type { JSX } from "solid-js"
import { t } from "../i18n"
import { errorId } from "./field"
import type { Form } from "./form"

/** The answer of a yes/no pair as the request carries it: true, false, or no key when unanswered. */
export const yesNo = (name: string, v: string | boolean | undefined) =>
  v === "yes" ? { [name]: true } : v === "no" ? { [name]: false } : {}

/** A form value for a stored answer. */
export const yesNoValue = (answer: boolean | undefined): string =>
  answer === undefined ? "" : answer ? "yes" : "no"

/**
 * A question answered yes or no, with no default: two radios in a fieldset, the error beside them.
 * The form value is "yes", "no" or "" (unanswered).
 */
export function YesNoInput(props: {
  readonly form: Form
  readonly name: string
  readonly legend: string
}): JSX.Element {
  const id = () => `${props.form.id}-${props.name.replace(/\./g, "-")}`
  props.form.label(props.name, () => ({ label: props.legend }))
  const invalid = () => props.form.error(props.name) !== undefined
  return (
    <fieldset class="field yes-no" classList={{ invalid: invalid() }} aria-describedby={errorId(id())}>
      <legend>{props.legend}</legend>
      <div class="radios">
        {(["yes", "no"] as const).map((answer) => (
          <label>
            <input
              type="radio"
              name={id()}
              value={answer}
              checked={props.form.text(props.name) === answer}
              onChange={() => props.form.set(props.name, answer)}
              aria-invalid={invalid()}
            />
            {answer === "yes" ? t("patients.form.yes") : t("patients.form.no")}
          </label>
        ))}
      </div>
      <small id={errorId(id())} class="field-error" aria-live="polite">
        {props.form.error(props.name) ?? ""}
      </small>
    </fieldset>
  )
}
