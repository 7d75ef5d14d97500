import type { AuditExportQuery, AuditQuery, AuditRecord } from "@cryoreg/contract"
import { Effect } from "effect"
import { toCsv } from "./Analysis/Export.js"
import { AuditRepo } from "./Audit/Repo.js"
import { ClientAddress, CurrentUser } from "./CurrentUser.js"

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

/** The most records one CSV download holds. */
export const exportLimit = 100_000

const csvColumns = [
  "at",
  "username",
  "userId",
  "action",
  "entity",
  "entityId",
  "patientId",
  "centerId",
  "reason",
  "outcome",
  "address",
  "onBehalfOf",
  "before",
  "after"
] as const

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

    // The contract's AuditInstant lets through real instants of four-digit years only, and `at` is always
    // written by toISOString: as the same fixed-width UTC text, text order is time order (and keeps the index).
    const list = (query: AuditQuery) =>
      repo.list(
        {
          ...query,
          ...(query.from === undefined ? {} : { from: new Date(query.from).toISOString() }),
          ...(query.to === undefined ? {} : { to: new Date(query.to).toISOString() })
        },
        query.limit ?? 50
      )

    /** The filtered trail as CSV (header row, RFC 4180, formula-safe): every match, at most `exportLimit`. */
    const exportCsv = (query: AuditExportQuery) =>
      Effect.map(list({ ...query, limit: exportLimit }), (page) =>
        toCsv(
          page.items.map((r) => ({
            ...r,
            before: r.before === null ? "" : JSON.stringify(r.before),
            after: r.after === null ? "" : JSON.stringify(r.after)
          })),
          csvColumns
        )
      )

    return { append, appendAs, list, exportCsv, ofPatient: repo.ofPatient } as const
  }),
  dependencies: [AuditRepo.Default]
}) {}
