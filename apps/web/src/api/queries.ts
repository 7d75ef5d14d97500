import type { PatientQuery } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { query } from "@solidjs/router"
import { client } from "./client"

/** Cached reads of the API, keyed by their arguments, shared between pages and revalidated after writes. */
export const getCohort = query(() => client.cohort({}), "cohort")
export const getReport = query(() => client.report({}), "report")
export const getComparison = query(() => client.comparison({}), "comparison")
export const getVisits = query(() => client.exportVisits({}), "visits")
export const getAdverseEvents = query(() => client.listAdverseEvents({}), "adverse-events")
export const getCenters = query(() => client.listCenters({}), "centers")
export const getPatients = query((q: PatientQuery) => client.listPatients({ query: q }), "patients")
export const getPatient = query((id: Model.PatientId) => client.getPatient({ params: { id } }), "patient")
export const getHistory = query(
  (id: Model.PatientId) => client.patientHistory({ params: { id } }),
  "patient-history"
)
