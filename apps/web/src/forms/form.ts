import { type Issue, Problems } from "@cryoreg/contract"
import { Either, type Schema } from "effect"
import { type Accessor, createSignal } from "solid-js"
import { t } from "../i18n"
import { byField, check, type FieldErrors, type FieldIssues } from "./issues"
import { type FieldLabel, type FieldLabels, wordIssue, wordProblem } from "./words"

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
  /** Every field error, by its exact key, in the user's language. */
  readonly errors: Accessor<FieldErrors>
  /**
   * Names a field as the form labels it (its inputs do this): its errors name it so, and a select's
   * options give the words of the allowed values. Read when an error is shown, so it follows the language.
   */
  readonly label: (key: string, label: () => FieldLabel) => void
  readonly message: Accessor<string | undefined>
  readonly busy: Accessor<boolean>
  /**
   * A submit handler: builds the request from the values, decodes it with the API's schema (showing the
   * issues next to the fields), sends it, and shows the API's issues the same way when it refuses.
   * `check` adds the form's own errors of the values (already worded), shown with the schema's (over them
   * for the same field); `rules` adds the issues of the study's rules the form can judge before sending (the
   * domain's, as the API words them), under the schema's for the same field: every problem on one submit.
   * The API's issues, the schema's and the rules' are worded by `wordIssue` with the form's labels.
   */
  readonly onSubmit: <A, I>(
    schema: Schema.Schema<A, I, never>,
    build: (values: Values) => unknown,
    send: (request: A) => Promise<unknown>,
    check?: (values: Values) => FieldErrors,
    rules?: (values: Values) => ReadonlyArray<Issue>
  ) => (event: SubmitEvent) => Promise<void>
}

// A field's errors taken out: the field's own and those of anything inside it ("analgesics" and "analgesics.drugs.0").
const without = <T>(errors: Readonly<Record<string, T>>, key: string): Readonly<Record<string, T>> =>
  Object.keys(errors).some((k) => k === key || k.startsWith(`${key}.`))
    ? Object.fromEntries(Object.entries(errors).filter(([k]) => k !== key && !k.startsWith(`${key}.`)))
    : errors

/** Makes the state of a form whose controls' ids start with `id`. */
export const createForm = (id: string, initial: Values, labels: FieldLabels = {}): Form => {
  const [values, setValues] = createSignal<Values>(initial)
  // issues stay data until shown, so a change of language words them anew
  const [issues, setIssues] = createSignal<FieldIssues>({})
  const [own, setOwn] = createSignal<FieldErrors>({})
  const [message, setMessage] = createSignal<() => string>()
  const [busy, setBusy] = createSignal(false)
  const named = new Map<string, () => FieldLabel>()
  const labelsNow = (): FieldLabels => {
    const out: Record<string, FieldLabel | string> = { ...labels }
    for (const [key, label] of named) out[key] = label()
    return out
  }
  const errors = (): FieldErrors => {
    const all = labelsNow()
    const worded: Record<string, string> = {}
    for (const [key, issue] of Object.entries(issues())) worded[key] = wordIssue(issue, all)
    return { ...worded, ...own() }
  }
  const setErrors = (next: FieldIssues, mine: FieldErrors = {}) => {
    setIssues(next)
    setOwn(mine)
  }
  return {
    id,
    values,
    text: (key) => String(values()[key] ?? ""),
    checked: (key) => values()[key] === true,
    set: (key, value) => {
      setValues({ ...values(), [key]: value })
      // what was said of the field (or of anything inside it) no longer holds once it changes
      setIssues(without(issues(), key))
      setOwn(without(own(), key))
    },
    replace: (next) => {
      setValues(next)
      setErrors({})
      setMessage(undefined)
    },
    label: (key, label) => {
      named.set(key, label)
    },
    error: (key) => {
      const all = errors()
      if (all[key] !== undefined) return all[key]
      const inner = Object.keys(all).find((k) => k.startsWith(`${key}.`))
      return inner === undefined ? undefined : all[inner]
    },
    errors,
    message: () => message()?.(),
    busy,
    onSubmit: (schema, build, send, extra, rules) => async (event) => {
      event.preventDefault()
      setMessage(undefined)
      const decoded = check(schema, build(values()))
      const mine = extra?.(values()) ?? {}
      const refused = byField(rules?.(values()) ?? [])
      if (Either.isLeft(decoded) || Object.keys(mine).length > 0 || Object.keys(refused).length > 0) {
        setErrors({ ...refused, ...(Either.isLeft(decoded) ? decoded.left : {}) }, mine)
        setMessage(() => () => t("errors.formNeedsAttention"))
        return
      }
      setErrors({})
      setBusy(true)
      try {
        await send(decoded.right)
      } catch (error) {
        setErrors(byField(Problems.issues(error)))
        setMessage(() => () => wordProblem(error))
      } finally {
        setBusy(false)
      }
    }
  }
}

/** A number typed into a field ("-3,8" or "−3,8"): undefined when empty (so the schema says it is missing). */
export const num = (v: string | boolean | undefined): number | undefined =>
  typeof v !== "string" || v.trim() === ""
    ? undefined
    : Number(v.trim().replace(",", ".").replace("\u2212", "-"))

/** A number or null when empty (for the schema's nullable fields). */
export const numOrNull = (v: string | boolean | undefined): number | null => num(v) ?? null

/** Text typed into a field: undefined when empty. */
export const str = (v: string | boolean | undefined): string | undefined =>
  typeof v !== "string" || v.trim() === "" ? undefined : v.trim()

/** Text typed into a field, trimmed ("" when empty): for a required text such as a correction's reason. */
export const trimmed = (v: string | boolean | undefined): string => (typeof v === "string" ? v.trim() : "")
