import type { AnalysisSetId, PatientQuery } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { query } from "@solidjs/router"
import { Schema } from "effect"
import { client } from "./client"

/** Cached reads of the API, keyed by their arguments, shared between pages and revalidated after writes. */
// `set`: an analysis set's id; undefined reads the live registry.
const inSet = (set: AnalysisSetId | undefined) => ({ query: set === undefined ? {} : { set } })
export const getCohort = query((set?: AnalysisSetId) => client.cohort(inSet(set)), "cohort")
export const getReport = query((set?: AnalysisSetId) => client.report(inSet(set)), "report")
export const getComparison = query((set?: AnalysisSetId) => client.comparison(inSet(set)), "comparison")
export const getVisits = query((set?: AnalysisSetId) => client.exportVisits(inSet(set)), "visits")
export const getAdverseEvents = query(
  (set?: AnalysisSetId) => client.listAdverseEvents(inSet(set)),
  "adverse-events"
)
export const getAnalysisSets = query(() => client.listAnalysisSets({}), "analysis-sets")
export const getCenters = query(() => client.listCenters({}), "centers")
export const getPatients = query((q: PatientQuery) => client.listPatients({ query: q }), "patients")
export const getPatient = query((id: Model.PatientId) => client.getPatient({ params: { id } }), "patient")
export const getHistory = query(
  (id: Model.PatientId) => client.patientHistory({ params: { id } }),
  "patient-history"
)

/** The patient id of a page's address, when it is one. */
export const patientIdOf = Schema.decodeUnknownOption(Model.PatientId)

/** A live procedure where it stands (phase, lesions, deviations), refreshed as its stream moves on. */
export const getLiveProcedure = query(
  (id: Model.ProcedureId) => client.getLiveProcedure({ params: { id } }),
  "live-procedure"
)

/** The procedure id of a page's address, when it is one. */
export const procedureIdOf = Schema.decodeUnknownOption(Model.ProcedureId)
