/**
 * A refused request in the audit trail, read as what the user tried to do: the endpoint it was for (its
 * name, which a client words: "saving the screening") and the patient its route names. The endpoints'
 * descriptors are the one map from a route to its act; the trail stores the route as `METHOD path`.
 */

import { Model } from "@cryoreg/domain"
import { Schema } from "effect"
import type { Any } from "./Endpoint.js"
import { all } from "./Endpoints.js"

/** How the audit trail stores the route of a refused request: "POST /api/patients/:id/screening". */
export const requestKey = (endpoint: Pick<Any, "method" | "path">): string =>
  `${endpoint.method} ${endpoint.path}`

let byKey: ReadonlyMap<string, Any> | undefined

/** The endpoint a stored route names (`requestKey`); undefined for a route this version does not have. */
export const endpointOfRequest = (key: string): Any | undefined => {
  byKey ??= new Map(all.map((e) => [requestKey(e), e]))
  return byKey.get(key)
}

const isPatientId = Schema.is(Model.PatientId)

/** The patient a route names, `:id` of `/api/patients/:id/…`, when well-formed; null for another route. */
export const patientOfRoute = (
  endpoint: Pick<Any, "path">,
  params: Readonly<Record<string, string | undefined>>
): string | null => {
  if (!/^\/api\/patients\/:id(\/|$)/.test(endpoint.path)) return null
  const id = params.id
  return id !== undefined && isPatientId(id) ? id : null
}
