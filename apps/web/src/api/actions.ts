import type { AnalysisSet, CallOptions, Client, LiveProcedureCreated, NewPatient } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { type Action, action, type CustomResponse, json, redirect, reload } from "@solidjs/router"
import { client } from "./client"
import { getAnalysisSets, getHistory, getPatient, getPatients } from "./queries"

/** What a write about one patient makes stale: the patient's record and history, and the patients list. */
export const patientKeys = (id: Model.PatientId): Array<string> => [
  getPatient.keyFor(id),
  getHistory.keyFor(id),
  getPatients.key
]

/** The input of one of the client's calls. */
export type Input<K extends keyof Client> = Parameters<Client[K]>[0]

/** A write about a patient as a router action: the client call's input and options (a correction's `If-Match`). */
export type PatientAction<K extends keyof Client> = Action<
  [input: Input<K>, options?: CallOptions],
  CustomResponse<never>
>
/** The client's writes whose `params.id` is the patient's id. */
type PatientWrite = {
  [K in keyof Client]: Input<K> extends {
    readonly params: { readonly id: Model.PatientId }
    readonly body: unknown
  }
    ? K
    : never
}[keyof Client]

/**
 * The router action of one of the client's writes about a patient (named as the endpoint): sent with the
 * call's options (a correction's `If-Match`); once saved, the patient's queries are revalidated by key. A
 * refusal is thrown to the form that called it, which shows it beside the fields.
 */
const patientWrite = <K extends PatientWrite>(name: K): PatientAction<K> =>
  action(async (input: Input<K>, options?: CallOptions) => {
    const send = client[name] as (input: Input<K>, options?: CallOptions) => Promise<unknown>
    await send(input, options)
    return reload({ revalidate: patientKeys(input.params.id) })
  }, name)

export const correctPatient = patientWrite("correctPatient")
export const createScreening = patientWrite("createScreening")
export const correctScreening = patientWrite("correctScreening")
export const createBlock = patientWrite("createBlock")
export const correctBlock = patientWrite("correctBlock")
export const retractBlock = patientWrite("retractBlock")
export const createProcedure = patientWrite("createProcedure")
export const correctProcedure = patientWrite("correctProcedure")
export const createVisit = patientWrite("createVisit")
export const correctVisit = patientWrite("correctVisit")
export const retractVisit = patientWrite("retractVisit")
export const createAdverseEvent = patientWrite("createAdverseEvent")
export const correctAdverseEvent = patientWrite("correctAdverseEvent")
export const retractAdverseEvent = patientWrite("retractAdverseEvent")

/** Opens a live procedure for the patient; answers its device token and connection, once. */
export const startLiveProcedure: Action<
  [input: Input<"createLiveProcedure">],
  CustomResponse<LiveProcedureCreated>
> = action(async (input: Input<"createLiveProcedure">) => {
  const created = await client.createLiveProcedure(input)
  return json(created, { revalidate: patientKeys(input.params.id) })
}, "createLiveProcedure")

/** Aborts a patient's live procedure with the reason (its params name the procedure, not the patient). */
export const abortLiveProcedure: Action<
  [patient: Model.PatientId, input: Input<"abortLiveProcedure">],
  CustomResponse<never>
> = action(async (patient: Model.PatientId, input: Input<"abortLiveProcedure">) => {
  await client.abortLiveProcedure(input)
  return reload({ revalidate: patientKeys(patient) })
}, "abortLiveProcedure")

/** Registers a patient and opens their page; the patients list is stale. */
export const registerPatient = action(async (patient: NewPatient) => {
  const created = await client.createPatient({ body: patient })
  return redirect(`/patients/${encodeURIComponent(created.patient.id)}`, { revalidate: getPatients.key })
}, "createPatient")

/** Freezes a new analysis set; the sets to choose from are stale. */
export const createAnalysisSet: Action<
  [input: Input<"createAnalysisSet">],
  CustomResponse<AnalysisSet>
> = action(
  async (input: Input<"createAnalysisSet">) =>
    json(await client.createAnalysisSet(input), { revalidate: getAnalysisSets.key }),
  "createAnalysisSet"
)
