import * as i18n from "@solid-primitives/i18n"
import { createSignal } from "solid-js"
import { type Dictionary, en } from "./en"
import {
  formatDate,
  formatDateTime,
  formatDateTimeCell,
  formatMonth,
  formatNumber,
  isLocale,
  type Locale,
  locales,
  parseDecimal,
  pickLocale,
  pluralOf
} from "./format"
import { pl } from "./pl"

/**
 * The dashboard's language, with `@solid-primitives/i18n` for the texts and `Intl` for dates and numbers.
 * Each user chooses Polish or English; the choice is kept in the browser, and the first default is the
 * browser's own language. Everything here follows the chosen language reactively:
 *
 *     t("shell.nav.cohort")                       // "Cohort" | "Kohorta"
 *     t("shell.center", { center: "WAW" })         // "center WAW" | "ośrodek WAW"
 *     date("2026-12-07")                          // "7 Dec 2026" | "07.12.2026"
 *     month("2023-12")                            // "Dec 2023" | "gru 2023"
 *     num(7.4, 1)                                 // "7.4" | "7,4"
 */

export type { Dictionary }
export { isLocale, type Locale, locales, parseDecimal }

const storageKey = "cryoreg.locale"

const flat = { en: i18n.flatten(en), pl: i18n.flatten(pl) } as const

const stored = (): string | null => {
  try {
    return globalThis.localStorage?.getItem(storageKey) ?? null
  } catch {
    return null
  }
}

const initial = (): Locale => {
  const kept = stored()
  if (isLocale(kept)) return kept
  return pickLocale(globalThis.navigator?.languages ?? [])
}

const [locale, setLocaleSignal] = createSignal<Locale>(initial())
const [timeZone, setTimeZone] = createSignal("Europe/Warsaw")

const markDocument = (l: Locale) => {
  if (typeof document !== "undefined") document.documentElement.lang = l
}
markDocument(locale())

/** The chosen language. */
export { locale }

/** Chooses the language and keeps the choice for the next visit. */
export const setLocale = (l: Locale): void => {
  setLocaleSignal(l)
  markDocument(l)
  try {
    globalThis.localStorage?.setItem(storageKey, l)
  } catch {
    // a browser that keeps nothing still switches for this visit
  }
}

/** The registry's time zone, in which every time is shown (the session tells it). */
export { setTimeZone, timeZone }

/** A text of the dashboard in the chosen language, its `{{ params }}` filled in. */
export const t = i18n.translator(() => flat[locale()], i18n.resolveTemplate)

/** A date, as the chosen language writes it (`7 Dec 2026`, `07.12.2026`). */
export const date = (iso: string): string => formatDate(iso, locale(), timeZone())

/** A date and time in the registry's time zone. */
export const dateTime = (iso: string): string => formatDateTime(iso, locale(), timeZone())

/** A date and time in the registry's time zone as a spreadsheet's cell holds it (`07.12.2026 14:05`). */
export const dateTimeCell = (iso: string): string => formatDateTimeCell(iso, locale(), timeZone())

/** A calendar month (`2023-12`) as the chosen language names it (`Dec 2023`, `gru 2023`). */
export const month = (yyyyMm: string): string => formatMonth(yyyyMm, locale())

/** A number with the chosen language's decimal separator; missing values are "—". */
export const num = (x: number | null | undefined, digits?: number): string =>
  formatNumber(x, locale(), digits)

/** The plural form a count takes in the chosen language, for dictionary functions. */
export const plural = (n: number): Intl.LDMLPluralRule => pluralOf(n, locale())

/** Each language named in itself, for the language switch. */
export const languageNames: Readonly<Record<Locale, string>> = { pl: "Polski", en: "English" }
