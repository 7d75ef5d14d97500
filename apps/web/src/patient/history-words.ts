import type { AuditRecord } from "@cryoreg/contract"
import { Analgesics, Model, StudyCalendar } from "@cryoreg/domain"
import { Schema } from "effect"
import { date, num, t } from "../i18n"
import { en } from "../i18n/en"
import { adverseEventKind, drugName, sideWord, timepointLabel } from "../i18n/study-words"
import { lesionChanges } from "./lesion-words"

/** The kinds of records whose fields the forms label (`fields.<kind>.<field>` in the dictionaries). */
export type RecordKind = keyof typeof en.fields

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

const isTimepoint = Schema.is(Model.Timepoint)
const isSide = Schema.is(Model.TreatedSide)
const isEventType = Schema.is(Model.AdverseEventType)

const isKind = (entity: string): entity is RecordKind => Object.hasOwn(en.fields, entity)

const has = (dict: object, key: unknown): key is string => typeof key === "string" && Object.hasOwn(dict, key)

/** A field's label, as its form shows it; undefined for what no form shows (ids). */
export const fieldLabel = (kind: RecordKind, field: string): string | undefined =>
  has(en.fields[kind], field) ? t(`fields.${kind}.${field}` as `fields.visit.nrs`) : undefined

/**
 * What analgesics a visit records, in words: each drug by its name (not the ATC code it may have been written
 * as) with its kind ("tramadol — opioid"), boxes ticked without a drug.
 */
export const analgesicsText = (u: unknown): string => {
  if (!isRecord(u)) return t("history.none")
  const drugs = Array.isArray(u.drugs) ? u.drugs.filter((d): d is string => typeof d === "string") : []
  const named = drugs.map((written) => {
    const category = Analgesics.lookup(written)?.category
    const name = drugName(written)
    return category === undefined ? name : `${name} — ${t(`study.analgesicKind.${category}`)}`
  })
  const covered = new Set(drugs.map((d) => Analgesics.lookup(d)?.category))
  const unnamed = Analgesics.categories
    .filter((c) => u[c] === true && !covered.has(c))
    .map((c) => t("history.drugUnnamed", { category: t(`study.analgesicCategory.${c}`) }))
  const all = [...named, ...unnamed]
  return all.length === 0 ? t("history.none") : all.join(", ")
}

/** A stored value as the forms show it: words for the study's choices, dates and numbers per language. */
export const valueText = (kind: RecordKind, field: string, v: unknown): string => {
  if (v === null || v === undefined || v === "") return "—"
  if (typeof v === "boolean") return t(`study.yesNo.${v ? "yes" : "no"}`)
  if (typeof v === "number") return num(v)
  if (typeof v !== "string") return "—"
  if (field === "timepoint" && isTimepoint(v)) return timepointLabel(v)
  if (field === "sex" && has(en.study.sex, v)) return t(`study.sex.${v as "male"}`)
  if ((field === "side" || field === "treatedSide") && isSide(v)) return sideWord(v)
  if (field === "severity" && has(en.study.severity, v)) return t(`study.severity.${v as "mild"}`)
  if (field === "agent" && has(en.study.anesthetic, v)) return t(`study.anesthetic.${v as "lidocaine"}`)
  if (kind === "adverseEvent" && field === "type" && has(en.study.adverseEventType, v))
    return t(`study.adverseEventType.${v as "infection"}`)
  if (has(en.study.answer, v) && kind === "screening") return t(`study.answer.${v as "yes"}`)
  return /^\d{4}-\d{2}-\d{2}/.test(v) && field === "date" ? date(v) : v
}

const change = (field: string, before: string, after: string) => t("history.change", { field, before, after })
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The fields a correction changed, each "Label: before → after" in the forms' words. */
export const changes = (kind: RecordKind, before: unknown, after: unknown, prefix = ""): Array<string> => {
  if (!isRecord(before) || !isRecord(after)) return []
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return keys.flatMap((k) => {
    const label = fieldLabel(kind, k)
    if (label === undefined || same(before[k], after[k])) return []
    const field = `${prefix}${label}`
    const [b, a] = [before[k], after[k]]
    if (k === "analgesics") return [change(field, analgesicsText(b), analgesicsText(a))]
    if (k === "odiAnswers" && Array.isArray(b) && Array.isArray(a))
      return a.flatMap((x, i) =>
        same(b[i], x)
          ? []
          : [
              change(
                `${field}, ${t("history.section", { n: i + 1 })}`,
                valueText(kind, k, b[i]),
                valueText(kind, k, x)
              )
            ]
      )
    if (k === "exclusions" && isRecord(b) && isRecord(a))
      return Object.keys(a).flatMap((c) =>
        same(b[c], a[c]) || !has(en.study.exclusion, c)
          ? []
          : [
              change(
                `${field} — ${t(`study.exclusion.${c as "pregnancy"}`)}`,
                valueText(kind, c, b[c]),
                valueText(kind, c, a[c])
              )
            ]
      )
    if (kind === "procedure" && k === "lesions") return lesionChanges(b, a)
    if (k === "comparative" && (isRecord(b) || isRecord(a))) {
      if (isRecord(b) && isRecord(a)) return changes(kind, b, a, `${field} — `)
      return [t("history.changed", { field })]
    }
    if (isRecord(b) || isRecord(a) || Array.isArray(b) || Array.isArray(a))
      return [t("history.changed", { field })]
    return [change(field, valueText(kind, k, b), valueText(kind, k, a))]
  })
}

/** The record an audit row is about, named as the clinic names it: which visit, which adverse event. */
export const recordName = (kind: RecordKind, data: unknown, procedureDate: string | null): string => {
  const r = isRecord(data) ? data : {}
  const when = typeof r.date === "string" ? date(r.date) : "—"
  switch (kind) {
    case "visit": {
      const visit = has(en.study.visit, r.timepoint)
        ? t(`study.visit.${r.timepoint as "month3"}`)
        : t("fields.visit.timepoint")
      // by its date too, as the other records are, when the record has it
      return typeof r.date === "string" ? t("history.record.visit", { visit, date: when }) : visit
    }
    case "adverseEvent": {
      // an event of type "other" by its description too: two "other" events do not read alike
      const type = isEventType(r.type)
        ? adverseEventKind({
            type: r.type,
            description: typeof r.description === "string" ? r.description : undefined
          })
        : valueText(kind, "type", r.type)
      const days = typeof r.onsetDays === "number" ? r.onsetDays : null
      if (days !== null && procedureDate !== null)
        return t("history.record.adverseEvent", {
          type,
          onset: date(StudyCalendar.addDays(procedureDate, days))
        })
      return t("history.record.adverseEventDays", { type, days: num(days), n: days })
    }
    case "screening":
      return t("history.record.screening", { date: when })
    case "diagnosticBlock":
      return t("history.record.diagnosticBlock", { date: when })
    case "procedure":
      return t("history.record.procedure", { date: when })
    default:
      return ""
  }
}

const liveText = (r: AuditRecord): string => {
  const after = isRecord(r.after) ? r.after : {}
  switch (r.action) {
    case "create":
      return t("history.liveProcedure.create", {
        device: typeof after.deviceSerial === "string" ? after.deviceSerial : "—",
        side: valueText("procedure", "side", after.side)
      })
    case "revoke":
      return t("history.liveProcedure.revoke")
    case "abort":
      return t("history.liveProcedure.abort")
    default:
      return after.mode === "completed"
        ? t("history.liveProcedure.completed", { lesions: num(Number(after.lesions)) })
        : t("history.other")
  }
}

/**
 * What an audit row did, as one sentence in the chosen language: "3-month visit corrected",
 * "Adverse event “infection” with onset on 7 Dec 2026 retracted (entered in error)".
 */
export const whatHappened = (r: AuditRecord, procedureDate: string | null = null): string => {
  if (r.entity === "liveProcedure") return liveText(r)
  if (r.entity === "patient") {
    return r.action === "create" || r.action === "correct" || r.action === "withdraw"
      ? t(`history.patient.${r.action}`)
      : t("history.other")
  }
  if (!isKind(r.entity) || r.entity === "patient") return t("history.other")
  if (r.action !== "create" && r.action !== "correct" && r.action !== "retract") return t("history.other")
  const record = recordName(r.entity, r.after ?? r.before, procedureDate)
  return t(`history.${r.entity}.${r.action}`, { record })
}

/** The changes of a correction, in words ([] for other actions). */
export const changesOf = (r: AuditRecord): Array<string> =>
  r.action === "correct" && isKind(r.entity) ? changes(r.entity, r.before, r.after) : []
