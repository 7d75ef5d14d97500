import type { AnalysisSetId } from "@cryoreg/contract"
import type { RoutePreloadFunc } from "@solidjs/router"
import { Option } from "effect"
import { type AuditFilter, auditPerPage, auditQuery } from "../admin/audit-filter"
import { timeZone } from "../i18n"
import { type PatientListSearch, patientListQuery, patientsPerPage } from "../patient/status"
import { getAudit, getUsers } from "./admin"
import {
  getAdverseEvents,
  getAnalysisSets,
  getCohort,
  getComparison,
  getHistory,
  getPatient,
  getPatients,
  getReport,
  getVisits,
  patientIdOf
} from "./queries"

/*
 * Each route's preload: the cached queries its page reads, asked for when a link to it is hovered or
 * focused and when it is entered, so the data travel while the page's code loads. The queries keep the
 * answers; a preload's failure is the page's to show when it asks again.
 */

type Search = Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
const one = (search: Search, key: string): string | undefined => {
  const v = search[key]
  return typeof v === "string" && v !== "" ? v : undefined
}

// `?set=` as the analysis pages read it (`useAnalysisSet`): absent or "live" is the live registry.
const setOf = (search: Search): AnalysisSetId | undefined => {
  const set = one(search, "set")
  return set === undefined || set === "live" ? undefined : (set as AnalysisSetId)
}

/** An analysis page: the sets to choose from, and `reads` of the chosen one. */
const analysis =
  (...reads: ReadonlyArray<(set: AnalysisSetId | undefined) => Promise<unknown>>): RoutePreloadFunc =>
  ({ location }) => {
    void getAnalysisSets()
    for (const read of reads) void read(setOf(location.query))
  }

export const preloadCohort = analysis(getCohort)
export const preloadOutcomes = analysis(getVisits, getReport)
export const preloadSubgroups = analysis(getReport)
export const preloadSafety = analysis(getAdverseEvents)

/** The study tables open on the demo cohort's set when the address names none. */
export const preloadTables: RoutePreloadFunc = ({ location }) => {
  const asked = one(location.query, "set")
  const set =
    asked === undefined
      ? getAnalysisSets().then((sets) => sets.items.find((s) => s.demo)?.id)
      : Promise.resolve(setOf(location.query))
  set.then((id) => Promise.all([getComparison(id), getReport(id)])).catch(() => undefined)
}

/** The first page of the patients list for the address's filters. */
export const preloadPatients: RoutePreloadFunc = ({ location }) => {
  void getPatients(patientListQuery(location.query as PatientListSearch, patientsPerPage))
}

/** A patient's page: the record and its history. */
export const preloadPatient: RoutePreloadFunc = ({ params }) => {
  const id = patientIdOf(params.id)
  if (Option.isNone(id)) return
  void getPatient(id.value)
  void getHistory(id.value)
}

export const preloadUsers: RoutePreloadFunc = () => {
  void getUsers()
}

/** The first page of the audit trail for the address's filters, and the accounts it names. */
export const preloadAudit: RoutePreloadFunc = ({ location }) => {
  void getAudit(auditQuery(location.query as AuditFilter, timeZone(), { limit: auditPerPage }))
  void getUsers()
}
