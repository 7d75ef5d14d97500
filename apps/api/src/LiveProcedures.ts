import type * as Contract from "@cryoreg/contract"
import { Access } from "@cryoreg/contract"
import type { FreezeProtocol } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { Effect, Option } from "effect"
import { Audit } from "./Audit.js"
import { Auth } from "./Auth.js"
import { CurrentUser } from "./CurrentUser.js"
import { DataVersion } from "./DataVersion.js"
import { NotFound } from "./Errors.js"
import { makeAbort } from "./LiveProcedures/Abort.js"
import { applyBatch } from "./LiveProcedures/Events.js"
import { GroupCommit } from "./LiveProcedures/GroupCommit.js"
import { LiveNotifier } from "./LiveProcedures/Notifier.js"
import { makeOpen, makeReissue, requireOpen, toView } from "./LiveProcedures/Open.js"
import {
  currentOf,
  cycleKey,
  lesionViews,
  procedureRecord,
  rejudgedDeviations,
  replay,
  storedDeviations
} from "./LiveProcedures/Replay.js"
import { LiveRepo, type ProcedureRow } from "./LiveProcedures/Repo.js"
import { decodeEvent } from "./LiveProcedures/Rows.js"
import { LiveSamples } from "./LiveProcedures/Samples.js"
import { makeTelemetry } from "./LiveProcedures/Telemetry.js"
import { PatientWrites } from "./Patients/Write.js"
import { Records } from "./Records.js"

/** Procedures recorded as they happen: a device posts protocol events and telemetry, streams follow them. */
export class LiveProcedures extends Effect.Service<LiveProcedures>()("api/LiveProcedures", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const repo = yield* LiveRepo
    const store = yield* LiveSamples
    const notifier = yield* LiveNotifier
    const records = yield* Records
    const audit = yield* Audit
    const telemetry = yield* makeTelemetry
    const create = yield* makeOpen
    const reissueDeviceToken = yield* makeReissue
    const abort = yield* makeAbort
    const version = yield* DataVersion

    const find = (id: string, lock = false) =>
      Effect.flatMap(repo.find(id, lock), (row) =>
        Option.isSome(row)
          ? Effect.succeed(row.value)
          : Effect.fail(new NotFound({ message: `no procedure ${id}` }))
      )

    const list = (query: typeof Contract.LiveProcedureQuery.Type) =>
      Effect.map(repo.list(query), (rows) => ({ items: rows.map(toView) }))

    const evaluationsOf = (id: string) =>
      Effect.map(
        repo.cycles(id),
        (rows) => new Map(rows.map((c) => [cycleKey(c.lesion, c.cycle), c.evaluation]))
      )

    const get = (id: string) =>
      Effect.gen(function* () {
        const row = yield* find(id)
        const events = yield* repo.events(id)
        const state = yield* replay(
          row,
          events.map((e) => decodeEvent(e.data))
        )
        const deviations =
          storedDeviations(yield* repo.deviations(id)) ?? rejudgedDeviations(row, state.lesions)
        return {
          procedure: toView(row),
          phase: state._tag,
          current: currentOf(state),
          lesions: lesionViews(state.lesions, yield* evaluationsOf(id)),
          deviations,
          nextEventIndex: Number(row.next_event_index),
          lastSeq: state.lastSample?.seq ?? null,
          samples: Number(row.samples)
        } satisfies Contract.LiveProcedureState
      })

    /**
     * The clinical record of a completed procedure, written as any procedure is (rules, audit, status) under
     * the live procedure's id. Written by its device, it is a declared system write on behalf of the staff
     * member who opened the procedure.
     */
    const materialize = (
      row: ProcedureRow,
      state: FreezeProtocol.State,
      evaluations: ReadonlyMap<string, FreezeProtocol.CycleEvaluation>
    ) =>
      Effect.gen(function* () {
        const caller = yield* CurrentUser
        const input = procedureRecord(row, lesionViews(state.lesions, evaluations), state.clock ?? 0)
        const openedBy = Access.isProbe(caller.role) ? yield* repo.usernameOf(row.created_by) : null
        return yield* records.createProcedure(row.patient_id, input, { procedureId: row.id, openedBy })
      })

    const postEvents = (id: string, batch: Contract.EventBatch) =>
      sql
        .withTransaction(
          Effect.gen(function* () {
            const row = yield* find(id, true)
            if (row.mode === "aborted") yield* requireOpen(row, "take more events")
            const applied = yield* applyBatch(repo, store, row, batch)
            const now = new Date().toISOString()
            const first = Number(row.next_event_index)
            const next = first + applied.fresh.length
            if (applied.fresh.length > 0) {
              yield* repo.insertEvents(id, first, applied.fresh, now)
              yield* repo.insertCycles(
                id,
                applied.cycles.map((c) => ({ ...c, evaluation: JSON.stringify(c.evaluation) }))
              )
              const known = (yield* repo.deviations(id)).length
              yield* repo.insertDeviations(
                id,
                known,
                applied.deviations.map((d) => JSON.stringify(d))
              )
              yield* store.appendStream(
                id,
                applied.messages.map((m) => JSON.stringify(m))
              )
              const completed = applied.state._tag === "Completed" && row.mode !== "completed"
              yield* repo.update(id, { next_event_index: next, clock: applied.state.clock })
              // The patient's record shows where an open procedure stands: kept reads must see the change.
              yield* version.bump
              if (completed) {
                const record = yield* materialize(row, applied.state, applied.evaluations)
                yield* repo.update(id, {
                  mode: "completed",
                  completed_at: now,
                  record_id: record.procedure.id
                })
                // A device token ends with its procedure: the device has nothing more to post.
                yield* repo.endDevice(id, now)
                yield* audit.append({
                  action: "event",
                  entity: "liveProcedure",
                  entityId: id,
                  patientId: row.patient_id,
                  centerId: row.center_id,
                  after: {
                    mode: "completed",
                    recordId: record.procedure.id,
                    lesions: applied.state.lesions.length
                  }
                })
              }
            }
            return {
              received: batch.events.length,
              stored: applied.fresh.length,
              nextIndex: next,
              phase: applied.state._tag,
              deviations: [...applied.deviations]
            } satisfies Contract.EventsAccepted
          })
        )
        .pipe(
          Effect.catchTag("SqlError", Effect.die),
          Effect.tap((a) => (a.stored > 0 ? notifier.wake(id) : Effect.void))
        )

    const postTelemetry = (id: string, batch: Contract.TelemetryBatch) =>
      telemetry
        .ingest(
          (pid) =>
            Effect.tap(find(pid, true), (row) =>
              row.mode === "aborted" ? requireOpen(row, "take more telemetry") : Effect.void
            ),
          id,
          batch.samples
        )
        .pipe(Effect.tap((a) => (a.stored > 0 ? notifier.wake(id) : Effect.void)))

    const getTelemetry = (id: string, query: Contract.TelemetryQuery) =>
      Effect.zipRight(find(id), telemetry.window(id, query))

    return {
      create,
      abort,
      reissueDeviceToken,
      list,
      get,
      postEvents,
      postTelemetry,
      getTelemetry,
      find,
      streamAfter: store.streamAfter,
      subscribe: notifier.subscribe
    } as const
  }),
  dependencies: [
    LiveRepo.Default,
    LiveSamples.Default,
    LiveNotifier.Default,
    GroupCommit.Default,
    PatientWrites.Default,
    Records.Default,
    Auth.Default,
    DataVersion.Default
  ]
}) {}
