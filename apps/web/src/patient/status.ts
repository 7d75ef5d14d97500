import type { EligibilityVerdict, PatientQuery, PatientStatus } from "@cryoreg/contract"

/** How far a patient has come, in the clinic's words: the status, told apart by the verdict once screened. */
export const statusText = (status: PatientStatus, verdict: EligibilityVerdict | null): string => {
  if (verdict === "ineligible" && (status === "screened" || status === "registered")) return "Not eligible"
  switch (status) {
    case "registered":
      return "Registered, not screened yet"
    case "screened":
      return "Screened, eligibility not decided"
    case "eligible":
      return "Eligible, awaiting the procedure"
    case "treated":
      return "Treated"
    case "month3":
      return "3-month follow-up"
    case "month6":
      return "6-month follow-up"
  }
}

/** One choice of the patients list's status filter: its key in the address bar, its label, the API's query. */
export interface StatusFilter {
  readonly key: string
  readonly label: string
  readonly query: Pick<PatientQuery, "status" | "verdict">
}

/** Every status a list can be filtered by, in the study's order; "not eligible" is a verdict, not a status. */
export const statusFilters: ReadonlyArray<StatusFilter> = [
  { key: "registered", label: "Registered, not screened yet", query: { status: "registered" } },
  {
    key: "undecided",
    label: "Screened, eligibility not decided",
    query: { status: "screened", verdict: "incomplete" }
  },
  { key: "ineligible", label: "Not eligible", query: { verdict: "ineligible" } },
  { key: "eligible", label: "Eligible, awaiting the procedure", query: { status: "eligible" } },
  { key: "treated", label: "Treated", query: { status: "treated" } },
  { key: "month3", label: "3-month follow-up", query: { status: "month3" } },
  { key: "month6", label: "6-month follow-up", query: { status: "month6" } }
]

/** The filter of a key from the address bar (none for an unknown key). */
export const statusFilterOf = (key: string | undefined): StatusFilter | undefined =>
  statusFilters.find((f) => f.key === key)
