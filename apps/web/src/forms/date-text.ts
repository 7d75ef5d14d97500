import { formatDate, type Locale } from "../i18n/format"

/** A date typed into a field: the calendar date it names (ISO), or why it names none. */
export type DateReading =
  | { readonly iso: string }
  | { readonly wrong: "format" }
  | { readonly wrong: "calendar"; readonly text: string }

const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

// "Dec", "Dec.", "December", "Sept" (British English's short September): the month's number, else 0
const monthOf = (word: string): number => {
  const w = word.toLowerCase().replace(/\.$/, "")
  const found = months.findIndex((m) => w.startsWith(m))
  if (found < 0) return 0
  const full = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" })
    .format(Date.UTC(2000, found, 1))
    .toLowerCase()
  return full.startsWith(w) || w === "sept" ? found + 1 : 0
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`

const inCalendar = (y: number, m: number, d: number) => {
  const day = new Date(Date.UTC(y, m - 1, d))
  return m >= 1 && m <= 12 && d >= 1 && day.getUTCFullYear() === y && day.getUTCDate() === d
}

const patterns: ReadonlyArray<{
  readonly locales: ReadonlyArray<Locale>
  readonly re: RegExp
  readonly ymd: (m: RegExpExecArray) => [number, number, number]
}> = [
  // ISO, in every language: 2026-12-07
  { locales: ["pl", "en"], re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // day first, as Poland writes it: 07.12.2026, 7.12.2026, 7/12/2026, 7-12-2026
  {
    locales: ["pl"],
    re: /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/,
    ymd: (m) => [+m[3]!, +m[2]!, +m[1]!]
  },
  // the month in words, never ambiguous: 7 Dec 2026, 7 December 2026, 7-Dec-2026
  {
    locales: ["pl", "en"],
    re: /^(\d{1,2})[\s-]+([A-Za-z]{3,9}\.?)[\s,-]+(\d{4})$/,
    ymd: (m) => [+m[3]!, monthOf(m[2]!), +m[1]!]
  }
]

/**
 * Reads a date as the language writes it: ISO (`2026-12-07`) in both; in Polish day first with dots,
 * slashes or dashes (`07.12.2026`, `7/12/2026`); the month in English words (`7 Dec 2026`,
 * `7 December 2026`) in both. Null for a blank field. A day that is not in the calendar (`31.02.2026`)
 * is `calendar`; anything else not read as a date is `format`.
 *
 * @example
 * readDate("29.02.2028", "pl") // { iso: "2028-02-29" }
 */
export const readDate = (text: string, locale: Locale): DateReading | null => {
  const typed = text.trim()
  if (typed === "") return null
  for (const p of patterns) {
    const match = p.locales.includes(locale) ? p.re.exec(typed) : null
    if (match === null) continue
    const [y, m, d] = p.ymd(match)
    if (m === 0) return { wrong: "format" }
    return inCalendar(y, m, d) ? { iso: iso(y, m, d) } : { wrong: "calendar", text: typed }
  }
  return { wrong: "format" }
}

/** A calendar date (ISO) as the language writes it in a field (`07.12.2026`, `7 Dec 2026`). */
export const writeDate = (isoDate: string, locale: Locale): string => formatDate(isoDate, locale, "UTC")
