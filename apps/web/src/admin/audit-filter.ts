import { type AuditAction, AuditQuery } from "@cryoreg/contract"
import { Option, Schema } from "effect"

/** The audit page's filters as the address bar keeps them: calendar dates, not instants. */
export interface AuditFilter {
  readonly user?: string | undefined
  readonly patient?: string | undefined
  readonly action?: string | undefined
  readonly from?: string | undefined
  readonly to?: string | undefined
}

/** `+01:00`: the offset of `timeZone` from UTC on the calendar date `day` (at noon, clear of a DST change). */
export const offsetOn = (day: string, timeZone: string): string => {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((p) => p.type === "timeZoneName")?.value
  const match = /GMT([+-]\d{2}:\d{2})/.exec(name ?? "")
  return match?.[1] ?? "Z"
}

/** Records on one page of the audit trail. */
export const auditPerPage = 50

const decode = Schema.decodeUnknownOption(AuditQuery)
const isDay = (s: string | undefined): s is string => s !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s)

/** True when both days are given and "from" comes after "to": such a range holds no day at all. */
export const rangeReversed = (filter: Pick<AuditFilter, "from" | "to">): boolean =>
  isDay(filter.from) && isDay(filter.to) && filter.from > filter.to

/**
 * The API's query for the filters: a "from" day starts at midnight and a "to" day ends at its last second,
 * both in the registry's time zone; the query is decoded with the API's own schema, and what it refuses
 * (a malformed date or action typed into the address bar) is dropped.
 */
export const auditQuery = (
  filter: AuditFilter,
  timeZone: string,
  extra: Partial<AuditQuery> = {}
): AuditQuery => {
  const raw = {
    ...(filter.user ? { user: filter.user.trim() } : {}),
    ...(filter.patient ? { patient: filter.patient.trim() } : {}),
    ...(filter.action ? { action: filter.action as AuditAction } : {}),
    ...(isDay(filter.from) ? { from: `${filter.from}T00:00:00${offsetOn(filter.from, timeZone)}` } : {}),
    ...(isDay(filter.to) ? { to: `${filter.to}T23:59:59${offsetOn(filter.to, timeZone)}` } : {}),
    ...extra
  }
  const encoded = { ...raw, ...(raw.limit === undefined ? {} : { limit: String(raw.limit) }) }
  return Option.getOrElse(decode(encoded), () => (extra.limit === undefined ? {} : { limit: extra.limit }))
}
