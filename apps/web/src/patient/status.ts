import { type EligibilityVerdict, PatientQuery, type PatientStatus } from "@cryoreg/contract"
import { Option, Schema } from "effect"
import { t } from "../i18n"

/** How far a patient has come, in the clinic's words: the status, told apart by the verdict once screened. */
export const statusText = (status: PatientStatus, verdict: EligibilityVerdict | null): string => {
  if (verdict === "ineligible" && (status === "screened" || status === "registered"))
    return t("study.status.ineligible")
  return t(`study.status.${status === "screened" ? "undecided" : status}`)
}

/** One choice of the patients list's status filter: its key in the address bar and the API's query. */
export interface StatusFilter {
  readonly key: "registered" | "undecided" | "ineligible" | "eligible" | "treated" | "month3" | "month6"
  readonly query: Pick<PatientQuery, "status" | "verdict">
}

/** Every status a list can be filtered by, in the study's order; "not eligible" is a verdict, not a status. */
export const statusFilters: ReadonlyArray<StatusFilter> = [
  { key: "registered", query: { status: "registered" } },
  { key: "undecided", query: { status: "screened", verdict: "incomplete" } },
  { key: "ineligible", query: { verdict: "ineligible" } },
  { key: "eligible", query: { status: "eligible" } },
  { key: "treated", query: { status: "treated" } },
  { key: "month3", query: { status: "month3" } },
  { key: "month6", query: { status: "month6" } }
]

/** A filter's words, in the chosen language. */
export const statusFilterLabel = (filter: StatusFilter): string => t(`study.status.${filter.key}`)

/** The filter of a key from the address bar (none for an unknown key). */
export const statusFilterOf = (key: string | undefined): StatusFilter | undefined =>
  statusFilters.find((f) => f.key === key)

const decodePatientQuery = Schema.decodeUnknownOption(PatientQuery)

/** Patients on one page of the list. */
export const patientsPerPage = 25

/** The patients list's filters as the address bar keeps them. */
export interface PatientListSearch {
  readonly q?: string | undefined
  readonly status?: string | undefined
  readonly center?: string | undefined
}

/**
 * The API's query for one page of the patients list: the address bar's filters decoded with the API's own
 * query schema (bad ones are dropped), after `cursor` when it is not the first page.
 */
export const patientListQuery = (search: PatientListSearch, limit: number, cursor?: string): PatientQuery =>
  Option.getOrElse(
    decodePatientQuery({
      limit: String(limit),
      ...(search.q ? { q: search.q } : {}),
      ...statusFilterOf(search.status)?.query,
      ...(search.center ? { center: search.center } : {}),
      ...(cursor === undefined ? {} : { cursor })
    }),
    () => ({ limit })
  )
