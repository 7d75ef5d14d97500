import { Access } from "@cryoreg/contract"
import { Effect, Option } from "effect"
import { Audit } from "../Audit.js"
import { CurrentUser } from "../CurrentUser.js"
import { Forbidden, NotFound } from "../Errors.js"
import { PatientWrites } from "../Patients/Write.js"
import { requireOpen, toView } from "./Open.js"
import { LiveRepo, type ProcedureRow } from "./Repo.js"

/**
 * Ends an open procedure inside the caller's write: aborted with the reason, every device token revoked,
 * audited as `abort`. The patient may then have another procedure.
 */
export const abortRow = (repo: LiveRepo, audit: Audit, row: ProcedureRow, reason: string, now: string) =>
  Effect.gen(function* () {
    yield* requireOpen(row, "be aborted")
    yield* repo.update(row.id, { mode: "aborted", completed_at: now, abort_reason: reason })
    yield* repo.endDevice(row.id, now)
    yield* audit.append({
      action: "abort",
      entity: "liveProcedure",
      entityId: row.id,
      patientId: row.patient_id,
      centerId: row.center_id,
      before: { mode: "live", nextEventIndex: Number(row.next_event_index) },
      after: { mode: "aborted" },
      reason
    })
    return toView({ ...row, mode: "aborted", completed_at: now, abort_reason: reason })
  })

/** `POST /api/procedures/:id/abort`: staff of the procedure's center abort an open live procedure. */
export const makeAbort = Effect.gen(function* () {
  const repo = yield* LiveRepo
  const audit = yield* Audit
  const writes = yield* PatientWrites

  return (id: string, reason: string) =>
    Effect.gen(function* () {
      const caller = yield* CurrentUser
      if (Access.isProbe(caller.role))
        return yield* new Forbidden({ message: "a device may not abort a procedure: the staff decide" })
      const found = yield* repo.find(id)
      if (Option.isNone(found)) return yield* new NotFound({ message: `no procedure ${id}` })
      const { result } = yield* writes.write(
        found.value.patient_id,
        (_, now) =>
          Effect.flatMap(repo.find(id, true), (row) =>
            abortRow(repo, audit, Option.getOrThrow(row), reason, now)
          ),
        { allowWithdrawn: true }
      )
      return result
    })
})

/** Aborts the patient's open live procedure, if any (a withdrawal ends it). */
export const abortOpenOfPatient = (
  repo: LiveRepo,
  audit: Audit,
  patientId: string,
  reason: string,
  now: string
) =>
  Effect.gen(function* () {
    const open = yield* repo.openOfPatient(patientId)
    if (Option.isNone(open)) return
    const row = yield* repo.find(open.value, true)
    if (Option.isSome(row)) yield* abortRow(repo, audit, row.value, reason, now)
  })
