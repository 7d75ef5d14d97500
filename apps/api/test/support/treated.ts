import type { AdverseEventInput, Client } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "./inputs.js"

/** A moderate infection, related to the procedure: from day 6 to day 20 after it. */
export const infection: AdverseEventInput = {
  type: "infection",
  severity: "moderate",
  serious: false,
  onsetDays: 6,
  resolutionDays: 20,
  relatedToProcedure: true
}

/** The visits a treated patient has had: each time point's NRS and its day after the procedure. */
export type Visits = ReadonlyArray<readonly ["baseline" | "month3" | "month6", number, number]>

/**
 * A Warsaw patient registered, screened eligible, with a positive diagnostic block and the procedure, through the
 * API as `api`; then the given visits (a baseline at NRS 7 two days before, unless told) and adverse events.
 */
export const treatedPatient = async (
  api: Client,
  id: string,
  then: { readonly visits?: Visits; readonly adverseEvents?: ReadonlyArray<AdverseEventInput> } = {}
) => {
  const pid = Model.PatientId.make(id)
  await api.createPatient({ body: newPatient(id) })
  await api.createScreening({ params: { id: pid }, body: eligibleScreening })
  await api.createBlock({ params: { id: pid }, body: positiveBlock })
  await api.createProcedure({ params: { id: pid }, body: procedure })
  for (const [timepoint, nrs, days] of then.visits ?? [["baseline", 7, -2]])
    await api.createVisit({ params: { id: pid }, body: visit(timepoint, nrs, days) })
  for (const event of then.adverseEvents ?? [])
    await api.createAdverseEvent({ params: { id: pid }, body: event })
  return pid
}
