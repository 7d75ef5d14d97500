import type { AuditQuery, AuditRecord } from "@cryoreg/contract"
import { Effect } from "effect"
import { AuditRepo } from "./Audit/Repo.js"
import { ClientAddress, CurrentUser } from "./CurrentUser.js"
import { InvalidRequest } from "./Errors.js"

/** What a write tells the audit trail; who and when are added here. */
export interface AuditEvent {
  readonly action: AuditRecord["action"]
  readonly entity: string
  readonly entityId: string
  readonly patientId?: string | null
  readonly centerId?: string | null
  readonly before?: unknown
  readonly after?: unknown
  readonly reason?: string | null
  /** A system write (a device completing its procedure): the staff member it acts for. */
  readonly onBehalfOf?: string | null
  /** "ok" (the default), or what refused it ("wrong password", "RuleViolation (422)", …). */
  readonly outcome?: string
}

/** Who acted, when no session says it: a sign-in names the account tried (id "" when there is none). */
export interface Actor {
  readonly id: string
  readonly username: string
}

const isInstant = (s: string) => !Number.isNaN(Date.parse(s))

/** The audit trail: appended in the caller's transaction by every write, read by the admin. */
export class Audit extends Effect.Service<Audit>()("api/Audit", {
  effect: Effect.gen(function* () {
    const repo = yield* AuditRepo

    /** Appends `event` as done by `actor`, from the request's address. */
    const appendAs = (actor: Actor, event: AuditEvent) =>
      Effect.flatMap(Effect.serviceOption(ClientAddress), (address) =>
        repo.append([
          {
            at: new Date().toISOString(),
            userId: actor.id,
            username: actor.username,
            action: event.action,
            entity: event.entity,
            entityId: event.entityId,
            patientId: event.patientId ?? null,
            centerId: event.centerId ?? null,
            before: event.before ?? null,
            after: event.after ?? null,
            reason: event.reason ?? null,
            onBehalfOf: event.onBehalfOf ?? null,
            address: address._tag === "Some" ? address.value : null,
            outcome: event.outcome ?? "ok"
          }
        ])
      )

    /** Appends `event` as done by the caller. */
    const append = (event: AuditEvent) => Effect.flatMap(CurrentUser, (user) => appendAs(user, event))

    const list = (query: AuditQuery) =>
      Effect.gen(function* () {
        for (const key of ["from", "to"] as const) {
          const value = query[key]
          if (value !== undefined && !isInstant(value))
            return yield* new InvalidRequest({
              message: `${key} must be an ISO 8601 date or date-time`,
              issues: [
                {
                  path: [key],
                  message: `an ISO 8601 date or date-time, e.g. "2026-12-01T09:30:00Z"; got "${value}"`
                }
              ]
            })
        }
        const normalized = {
          ...query,
          ...(query.from === undefined ? {} : { from: new Date(query.from).toISOString() }),
          ...(query.to === undefined ? {} : { to: new Date(query.to).toISOString() })
        }
        return yield* repo.list(normalized, query.limit ?? 50)
      })

    return { append, appendAs, list, ofPatient: repo.ofPatient } as const
  }),
  dependencies: [AuditRepo.Default]
}) {}
