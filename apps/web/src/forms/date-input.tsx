import { createEffect, createSignal, type JSX, on, Show } from "solid-js"
import { locale, t } from "../i18n"
import { type DateReading, readDate, writeDate } from "./date-text"
import { errorId, Field } from "./field"
import type { Form } from "./form"
import { idOf } from "./inputs"

const isIso = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s)

/** What is wrong with a typed date, in words naming the field and the format the language writes. */
const wrongWords = (reading: DateReading | null, label: string): string | undefined =>
  reading === null || "iso" in reading
    ? undefined
    : reading.wrong === "calendar"
      ? t("errors.dateInput.calendar", { field: label, text: reading.text })
      : t("errors.dateInput.format", { field: label })

/**
 * A labelled date field in the language's one format (Polish `07.12.2026`, English `7 Dec 2026`) that also
 * reads ISO (`2026-12-07`) and, in Polish, `7.12.2026` or `7/12/2026` day first. `value` is the ISO date;
 * `onChange` gets the ISO date, "" when blank, or the text as typed when it is no date (so a schema that
 * checks the value still refuses it). `name` gives a hidden input with the ISO date, for a plain form.
 */
export function DateField(props: {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly error?: string | undefined
  readonly hint?: string
  readonly name?: string
}): JSX.Element {
  // what the user is typing; null shows the value in the language's format
  const [typed, setTyped] = createSignal<string | null>(null)
  const shown = () => typed() ?? (isIso(props.value) ? writeDate(props.value, locale()) : props.value)
  const own = () => wrongWords(readDate(shown(), locale()), props.label)
  // a value set from outside (a form refilled with the stored record) replaces what was typed
  createEffect(
    on(
      () => props.value,
      (value) => {
        const reading = typed() === null ? null : readDate(typed() ?? "", locale())
        const mine = reading === null ? "" : "iso" in reading ? reading.iso : (typed() ?? "")
        if (typed() !== null && value !== mine) setTyped(null)
      },
      { defer: true }
    )
  )
  const input = (text: string) => {
    setTyped(text)
    const reading = readDate(text, locale())
    props.onChange(reading === null ? "" : "iso" in reading ? reading.iso : text.trim())
  }
  const error = () => (typed() !== null ? own() : undefined) ?? props.error
  return (
    <Field id={props.id} label={props.label} error={error()} {...(props.hint ? { hint: props.hint } : {})}>
      <input
        id={props.id}
        type="text"
        inputmode="text"
        autocomplete="off"
        lang={locale()}
        placeholder={t("errors.dateInput.placeholder")}
        value={shown()}
        onInput={(e) => input(e.currentTarget.value)}
        onBlur={() => {
          const reading = readDate(typed() ?? "", locale())
          if (typed() !== null && (reading === null || "iso" in reading)) setTyped(null)
        }}
        aria-invalid={error() !== undefined}
        aria-describedby={errorId(props.id)}
      />
      <Show when={props.name}>
        {(name) => <input type="hidden" name={name()} value={isIso(props.value) ? props.value : ""} />}
      </Show>
    </Field>
  )
}

/** A labelled date bound to a form value (kept as the ISO date the API takes). */
export function DateInput(props: {
  readonly form: Form
  readonly name: string
  readonly label: string
  readonly hint?: string
}): JSX.Element {
  props.form.label(props.name, () => ({ label: props.label }))
  return (
    <DateField
      id={idOf(props.form, props.name)}
      label={props.label}
      value={props.form.text(props.name)}
      onChange={(value) => props.form.set(props.name, value)}
      error={props.form.error(props.name)}
      {...(props.hint ? { hint: props.hint } : {})}
    />
  )
}
