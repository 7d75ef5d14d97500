import { type Endpoint, patientOfRoute, requestKey, type User } from "@cryoreg/contract"
import { Effect } from "effect"
import { Audit } from "../Audit.js"
import { statusOf } from "../http/Status.js"

const refusedStatuses = new Set([403, 409, 422])

/**
 * A write a rule refused (403, 409, 422) leaves an audit row of its own: who, from where, which route and
 * why, and the patient when the route names one (`params`, the route's parameters as sent). It is appended
 * after the write's transaction has rolled back, so the write stored nothing and the row stays. Never the
 * body: it may carry a password.
 */
export const auditRefusal =
  (endpoint: Endpoint.Any, user: User, params: Readonly<Record<string, string | undefined>> = {}) =>
  (failure: {
    readonly _tag: string
    readonly message: string
    readonly issues?: ReadonlyArray<unknown>
  }) => {
    const status = statusOf(failure._tag)
    if (endpoint.method === "GET" || !refusedStatuses.has(status)) return Effect.void
    return Effect.flatMap(Audit, (audit) =>
      audit.appendAs(user, {
        action: "refuse",
        entity: "request",
        entityId: requestKey(endpoint),
        patientId: patientOfRoute(endpoint, params),
        // the issues (code, path, params) say why, for a client to word in the user's language
        after: {
          error: failure._tag,
          message: failure.message,
          ...(Array.isArray(failure.issues) && failure.issues.length > 0 ? { issues: failure.issues } : {})
        },
        outcome: `refused: ${failure._tag} (${status})`
      })
    )
  }

// Exports carry the study's data out of the registry: each is recorded, with its filters.
const isExport = (endpoint: Endpoint.Any) => endpoint.tag === "Export" || endpoint.answer === "csv"

/** Audits what came of a request: an export that was answered, a write that was refused. */
export const auditOutcome = <A, E extends { readonly _tag: string; readonly message: string }, R>(
  answer: Effect.Effect<A, E, R>,
  endpoint: Endpoint.Any,
  user: User,
  params: Readonly<Record<string, string | undefined>> = {}
) =>
  answer.pipe(
    Effect.tapError(auditRefusal(endpoint, user, params)),
    Effect.tap(() =>
      isExport(endpoint)
        ? Effect.flatMap(Audit, (audit) =>
            audit.appendAs(user, { action: "export", entity: "export", entityId: endpoint.path })
          )
        : Effect.void
    )
  )
