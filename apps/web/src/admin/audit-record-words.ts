import { Access, type AuditRecord, Role } from "@cryoreg/contract"
import { Schema } from "effect"
import { t } from "../i18n"
import { en } from "../i18n/en"
import { type RecordKind, recordName } from "../patient/history-words"
import { setName } from "../sets/analysis-set"

/** The records the trail names by the entity's word alone or with what names them (an account's user name). */
const entities = Object.keys(en.admin.audit.entities) as ReadonlyArray<keyof typeof en.admin.audit.entities>
const isEntity = (e: string): e is (typeof entities)[number] =>
  (entities as ReadonlyArray<string>).includes(e)

// The study's records, named as the patient's history names them ("Screening of 12 Mar 2026").
const studyRecords: ReadonlyArray<string> = [
  "screening",
  "diagnosticBlock",
  "procedure",
  "visit",
  "adverseEvent"
]
const isStudyRecord = (e: string): e is RecordKind => studyRecords.includes(e)

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

const hasAttempt = (name: string): name is keyof typeof en.admin.audit.attempts =>
  Object.hasOwn(en.admin.audit.attempts, name)

/**
 * A refused request as what the user tried to do, in the clinic's words, with the patient when its route
 * names one: "Próba zapisu kwalifikacji pacjenta WAW-0003". Undefined for a route this version has no words for.
 */
export const attemptWords = (r: Pick<AuditRecord, "attempt" | "patientId">): string | undefined => {
  if (r.attempt === null || !hasAttempt(r.attempt)) return undefined
  const act = t(`admin.audit.attempts.${r.attempt}`, {
    patient: r.patientId === null ? "" : ` ${r.patientId}`
  })
  return t("admin.audit.attempt", { act })
}

/**
 * The record an audit row is about, named as the clinic names it, never by its internal id: the screening by
 * its date, the visit by its time point, an account by its user name (`usernameOf`), a refused request as
 * what was tried.
 */
export const auditRecordName = (
  r: Pick<AuditRecord, "entity" | "entityId" | "after" | "before" | "attempt" | "patientId" | "username">,
  usernameOf: (id: string) => string = (id) => id
): string => {
  // one style for every record: a capital first, as the study's records are named ("Kwalifikacja z …")
  const name = recordWords(r, usernameOf)
  return name.charAt(0).toLocaleUpperCase() + name.slice(1)
}

const recordWords = (
  r: Pick<AuditRecord, "entity" | "entityId" | "after" | "before" | "attempt" | "patientId" | "username">,
  usernameOf: (id: string) => string = (id) => id
): string => {
  if (r.entity === "request") return attemptWords(r) ?? t("admin.audit.entities.request")
  if (isStudyRecord(r.entity)) return recordName(r.entity, r.after ?? r.before, null)
  if (!isEntity(r.entity)) return r.entity
  const word = t(`admin.audit.entities.${r.entity}`)
  const data = isRecord(r.after) ? r.after : isRecord(r.before) ? r.before : {}
  switch (r.entity) {
    case "user":
      // a live procedure's probe account, made for its device token: named by what it is, not its user name
      // (`device.prc-…`), with its patient when the record has one
      if (Schema.is(Role)(data.role) && Access.isProbe(data.role))
        return r.patientId === null
          ? t("admin.audit.probeAccount")
          : t("admin.audit.probeAccountOf", { patient: r.patientId })
      return `${word} ${usernameOf(r.entityId)}`
    case "center":
    case "patient":
      return `${word} ${r.entityId}`
    case "analysisSet":
      // the registry's own demo set (made by the system at the first start) in the user's language
      return typeof data.name === "string"
        ? t("admin.audit.named", { word, name: setName({ name: data.name, demo: r.username === "system" }) })
        : word
    case "export": {
      // the file downloaded ("visits.csv"), not the route it came from
      const file = r.entityId.split("/").at(-1) ?? ""
      return /^[\w-]+\.\w+$/.test(file) ? `${word} ${file}` : word
    }
    default:
      return word
  }
}
