import { FreezeProtocol, Model } from "@cryoreg/domain"
import { Schema } from "effect"
import { locale, num, t } from "../i18n"
import { sideWord } from "../i18n/study-words"

/**
 * What a correction changed in a procedure's lesions, in the words of the form that corrects them: each
 * changed lesion named by its place, level and side, then its changed values ("Lesion 3 (S2 right) — Level:
 * S1 → S2"), a lesion or cycle added or removed.
 */

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)
const isSide = Schema.is(Model.Side)
// alike whatever the order of an object's keys (a version stored before a field moved)
const canonical = (u: unknown) =>
  JSON.stringify(u, (_, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v
  )
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b)
const listOf = (u: unknown): ReadonlyArray<unknown> => (Array.isArray(u) ? u : [])

const numberText = (u: unknown) => (typeof u === "number" ? num(u) : "—")
// a time from the start of the procedure as the form writes it (7:05), exact to the second's decimals
const clockText = (u: unknown) => {
  if (typeof u !== "number") return "—"
  const clock = FreezeProtocol.clockTime(u)
  return Math.abs(Math.round(u * 10) - u * 10) < 1e-9 ? clock : `${clock} (${num(u)} s)`
}
const voltagesText = (u: unknown) => {
  const volts = listOf(u).filter((v): v is number => typeof v === "number")
  return volts.length === 0 ? "—" : volts.map((v) => num(v)).join(locale() === "pl" ? "; " : ", ")
}
const motorText = (u: unknown) => (typeof u === "number" ? num(u) : t("procedure.lesion.motorNone"))

/** "Lesion 3 (S1 right)": the lesion's place in the procedure, its level and side. */
const lesionName = (i: number, lesion: unknown) => {
  const l = isRecord(lesion) ? lesion : {}
  return t("patients.procedure.lesion", {
    n: i + 1,
    level: typeof l.level === "string" ? l.level : "—",
    side: isSide(l.side) ? sideWord(l.side) : "—"
  })
}

const change = (field: string, before: string, after: string) => t("history.change", { field, before, after })

// each value of a cycle the form shows (the target, which it does not, is named in the history only)
const cycleFields = [
  ["startedAt", () => t("procedure.lesion.freezeStart"), clockText],
  ["endedAt", () => t("procedure.lesion.freezeEnd"), clockText],
  ["thawCompletedAt", () => t("procedure.lesion.thawEnd"), clockText],
  ["reachedTemperatureC", () => t("procedure.lesion.coldest"), numberText],
  ["targetTemperatureC", () => t("history.lesion.target"), numberText]
] as const

const cycleChanges = (before: unknown, after: unknown): Array<string> => {
  const [b, a] = [listOf(before), listOf(after)]
  return Array.from({ length: Math.max(b.length, a.length) }, (_, k) => {
    const cycle = t("procedure.lesion.cycle", { n: k + 1 })
    if (k >= b.length) return [t("history.lesion.cycleAdded", { cycle })]
    if (k >= a.length) return [t("history.lesion.cycleRemoved", { cycle })]
    const [x, y] = [isRecord(b[k]) ? b[k] : {}, isRecord(a[k]) ? a[k] : {}]
    return cycleFields.flatMap(([field, label, text]) =>
      same(x[field], y[field]) ? [] : [change(`${cycle}, ${label()}`, text(x[field]), text(y[field]))]
    )
  }).flat()
}

// the values of one lesion that differ, each "Label: before → after"
const fieldChanges = (b: Record<string, unknown>, a: Record<string, unknown>): Array<string> => {
  const out: Array<string> = []
  if (!same(b.side, a.side))
    out.push(
      change(
        t("fields.procedure.side"),
        isSide(b.side) ? sideWord(b.side) : "—",
        isSide(a.side) ? sideWord(a.side) : "—"
      )
    )
  if (!same(b.level, a.level))
    out.push(change(t("patients.procedure.level"), String(b.level), String(a.level)))
  const [sb, sa] = [
    isRecord(b.stimulation) ? b.stimulation : {},
    isRecord(a.stimulation) ? a.stimulation : {}
  ]
  const stimulation = [
    ["frequencyHz", () => t("procedure.lesion.frequency"), numberText],
    ["voltagesTried", () => t("procedure.lesion.voltages"), voltagesText],
    ["motorResponseAtVoltage", () => t("procedure.lesion.motorAt"), motorText]
  ] as const
  for (const [field, label, text] of stimulation)
    if (!same(sb[field], sa[field])) out.push(change(label(), text(sb[field]), text(sa[field])))
  out.push(...cycleChanges(b.freezeCycles, a.freezeCycles))
  return out
}

/** The changes between two versions of a procedure's lesions, lesion by lesion, in the user's language. */
export const lesionChanges = (before: unknown, after: unknown): Array<string> => {
  const [b, a] = [listOf(before), listOf(after)]
  return Array.from({ length: Math.max(b.length, a.length) }, (_, i) => {
    if (i >= b.length) return [t("history.lesion.added", { lesion: lesionName(i, a[i]) })]
    if (i >= a.length) return [t("history.lesion.removed", { lesion: lesionName(i, b[i]) })]
    if (same(b[i], a[i])) return []
    const name = lesionName(i, a[i])
    const changed = fieldChanges(isRecord(b[i]) ? b[i] : {}, isRecord(a[i]) ? a[i] : {})
    return changed.length === 0
      ? [t("history.changed", { field: name })]
      : changed.map((c) => `${name} — ${c}`)
  }).flat()
}
