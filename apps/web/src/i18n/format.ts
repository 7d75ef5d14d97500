/**
 * Dates, times and numbers as each language writes them, with `Intl`: one date format per language
 * (Polish `07.12.2026`, English `7 Dec 2026`), times in the registry's time zone, and the language's
 * decimal separator (`7,4` in Polish). Pure functions of their arguments; `index.ts` binds them to the
 * chosen language.
 */

/** The dashboard's languages. */
export const locales = ["pl", "en"] as const
export type Locale = (typeof locales)[number]

/** The BCP 47 tag each language formats with (British English: day before month, 24-hour clock). */
const tags: Readonly<Record<Locale, string>> = { pl: "pl-PL", en: "en-GB" }

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (locales as ReadonlyArray<string>).includes(value)

/** The first of the browser's languages the dashboard speaks, else English. */
export const pickLocale = (preferred: ReadonlyArray<string>): Locale => {
  for (const language of preferred) {
    const primary = language.toLowerCase().split("-")[0]
    if (isLocale(primary)) return primary
  }
  return "en"
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()
const dateFormat = (locale: Locale, timeZone: string, time: boolean): Intl.DateTimeFormat => {
  const key = `d|${locale}|${timeZone}|${time}`
  let format = cache.get(key) as Intl.DateTimeFormat | undefined
  if (format === undefined) {
    format = new Intl.DateTimeFormat(tags[locale], {
      timeZone,
      day: locale === "pl" ? "2-digit" : "numeric",
      month: locale === "pl" ? "2-digit" : "short",
      year: "numeric",
      ...(time ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {})
    })
    cache.set(key, format)
  }
  return format
}

const calendarDate = /^\d{4}-\d{2}-\d{2}$/

// British English's ICU writes September "Sept": every month in three letters, as the other eleven are.
const written = (locale: Locale, text: string) => (locale === "en" ? text.replace("Sept", "Sep") : text)

/**
 * A date as the language writes it. A calendar date (`2026-12-07`) is shown as that day wherever the
 * browser is; an instant (`2026-12-07T13:05:00Z`) as its day in the registry's time zone.
 */
export const formatDate = (iso: string, locale: Locale, timeZone: string): string => {
  if (calendarDate.test(iso))
    return written(locale, dateFormat(locale, "UTC", false).format(new Date(`${iso}T12:00:00Z`)))
  const instant = new Date(iso)
  return Number.isNaN(instant.getTime())
    ? iso
    : written(locale, dateFormat(locale, timeZone, false).format(instant))
}

/** An instant as date and time (24-hour) in the registry's time zone. */
export const formatDateTime = (iso: string, locale: Locale, timeZone: string): string => {
  const instant = new Date(iso)
  return Number.isNaN(instant.getTime())
    ? iso
    : written(locale, dateFormat(locale, timeZone, true).format(instant))
}

/**
 * An instant as a spreadsheet's cell holds a date and time, in the registry's time zone: the language's date,
 * a space and the time (`07.12.2026 14:05`, `7 Dec 2026 14:05`), which the language's spreadsheet reads as a
 * date and time (the page's comma after the date would keep it text).
 */
export const formatDateTimeCell = (iso: string, locale: Locale, timeZone: string): string => {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) return iso
  const parts = dateFormat(locale, timeZone, true).formatToParts(instant)
  const of = (types: ReadonlyArray<string>) =>
    parts
      .slice(
        parts.findIndex((p) => types.includes(p.type)),
        parts.findLastIndex((p) => types.includes(p.type)) + 1
      )
      .map((p) => p.value)
      .join("")
  return written(locale, `${of(["day", "month", "year"])} ${of(["hour", "minute"])}`)
}

const calendarMonth = /^\d{4}-\d{2}$/

/**
 * A calendar month (`2023-12`) as the language names it: `gru 2023`, `Dec 2023`. Anything that is not a
 * month is shown as it came.
 */
export const formatMonth = (month: string, locale: Locale): string => {
  if (!calendarMonth.test(month)) return month
  const key = `m|${locale}`
  let format = cache.get(key) as Intl.DateTimeFormat | undefined
  if (format === undefined) {
    format = new Intl.DateTimeFormat(tags[locale], { timeZone: "UTC", month: "short", year: "numeric" })
    cache.set(key, format)
  }
  const day = new Date(`${month}-15T12:00:00Z`)
  return Number.isNaN(day.getTime()) ? month : written(locale, format.format(day))
}

/**
 * A number with the language's decimal separator and a true minus sign (−3,8); `digits` fixes the decimals;
 * missing values are "—".
 */
export const formatNumber = (x: number | null | undefined, locale: Locale, digits?: number): string => {
  if (x === null || x === undefined || !Number.isFinite(x)) return "—"
  const key = `n|${locale}|${digits}`
  let format = cache.get(key) as Intl.NumberFormat | undefined
  if (format === undefined) {
    format = new Intl.NumberFormat(
      tags[locale],
      digits === undefined
        ? { maximumFractionDigits: 20, useGrouping: false }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }
    )
    cache.set(key, format)
  }
  // a negative number with the true minus sign (U+2212, "−78 °C"), not a hyphen
  return format.format(x).replace(/^-/, "\u2212")
}

/**
 * A decimal number typed in either language: `7,4` and `7.4` both read as 7.4, `−3,8` (a true minus, as
 * `formatNumber` writes it) and `-3,8` as −3.8, surrounding spaces
 * ignored; anything else (thousands separators, two separators, letters) is `undefined`, and an empty
 * field is `null`.
 */
export const parseDecimal = (text: string): number | null | undefined => {
  const trimmed = text.trim().replace(/^\u2212/, "-")
  if (trimmed === "") return null
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return undefined
  return Number(trimmed.replace(",", "."))
}

/** Which plural form a count takes in the language (Polish has one, few, many). */
export const pluralOf = (n: number, locale: Locale): Intl.LDMLPluralRule =>
  new Intl.PluralRules(tags[locale]).select(n)

/**
 * The separator of a CSV cell a spreadsheet in this language splits on: a semicolon where the decimal separator is
 * a comma (Polish Excel and LibreOffice would otherwise open the file in one column), else a comma.
 */
export const spreadsheetSeparator = (locale: Locale): "," | ";" =>
  new Intl.NumberFormat(tags[locale]).formatToParts(1.5).find((p) => p.type === "decimal")?.value === ","
    ? ";"
    : ","
