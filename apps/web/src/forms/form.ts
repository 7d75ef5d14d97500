import { Either, type Schema } from "effect"
import { type Accessor, createSignal } from "solid-js"
import { type FieldErrors, fromApiError, validate } from "./issues"

/** A form's values: flat, keyed by the dotted path the schema reports errors at ("exclusions.pregnancy"). */
export type Values = Readonly<Record<string, string | boolean>>

/** The state of one form: values, field errors, the form-level message, whether it is being sent. */
export interface Form {
  readonly id: string
  readonly values: Accessor<Values>
  readonly text: (key: string) => string
  readonly checked: (key: string) => boolean
  readonly set: (key: string, value: string | boolean) => void
  readonly replace: (values: Values) => void
  /** The error of a field, or of anything inside it ("analgesics.drugs" shows "analgesics.drugs.0"). */
  readonly error: (key: string) => string | undefined
  /** Every field error, by its exact key. */
  readonly errors: Accessor<FieldErrors>
  readonly message: Accessor<string | undefined>
  readonly busy: Accessor<boolean>
  /**
   * A submit handler: builds the request from the values, decodes it with the API's schema (showing the
   * issues next to the fields), sends it, and shows the API's issues the same way when it refuses.
   * `check` adds the form's own errors of the values, shown with the schema's (over them for the same field).
   */
  readonly onSubmit: <A, I>(
    schema: Schema.Schema<A, I, never>,
    build: (values: Values) => unknown,
    send: (request: A) => Promise<unknown>,
    check?: (values: Values) => FieldErrors
  ) => (event: SubmitEvent) => Promise<void>
}

/** Makes the state of a form whose controls' ids start with `id`. */
export const createForm = (id: string, initial: Values): Form => {
  const [values, setValues] = createSignal<Values>(initial)
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [message, setMessage] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  return {
    id,
    values,
    text: (key) => String(values()[key] ?? ""),
    checked: (key) => values()[key] === true,
    set: (key, value) => setValues({ ...values(), [key]: value }),
    replace: (next) => {
      setValues(next)
      setErrors({})
      setMessage(undefined)
    },
    error: (key) => {
      const all = errors()
      if (all[key] !== undefined) return all[key]
      const inner = Object.keys(all).find((k) => k.startsWith(`${key}.`))
      return inner === undefined ? undefined : all[inner]
    },
    errors,
    message,
    busy,
    onSubmit: (schema, build, send, check) => async (event) => {
      event.preventDefault()
      setMessage(undefined)
      const decoded = validate(schema, build(values()))
      const own = check?.(values()) ?? {}
      if (Either.isLeft(decoded) || Object.keys(own).length > 0) {
        setErrors({ ...(Either.isLeft(decoded) ? decoded.left : {}), ...own })
        setMessage("Some fields need attention: nothing was saved.")
        return
      }
      setErrors({})
      setBusy(true)
      try {
        await send(decoded.right)
      } catch (error) {
        const failed = fromApiError(error)
        setErrors(failed.fields)
        setMessage(failed.message)
      } finally {
        setBusy(false)
      }
    }
  }
}

/** A number typed into a field: undefined when empty (so the schema says it is missing). */
export const num = (v: string | boolean | undefined): number | undefined =>
  typeof v !== "string" || v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))

/** A number or null when empty (for the schema's nullable fields). */
export const numOrNull = (v: string | boolean | undefined): number | null => num(v) ?? null

/** Text typed into a field: undefined when empty. */
export const str = (v: string | boolean | undefined): string | undefined =>
  typeof v !== "string" || v.trim() === "" ? undefined : v.trim()

/** Text typed into a field, trimmed ("" when empty): for a required text such as a correction's reason. */
export const trimmed = (v: string | boolean | undefined): string => (typeof v === "string" ? v.trim() : "")
