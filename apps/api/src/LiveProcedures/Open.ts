import type * as Contract from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { Effect, Option } from "effect"
import { Audit } from "../Audit.js"
import { Auth } from "../Auth.js"
import { CurrentUser } from "../CurrentUser.js"
import { Forbidden, NotFound, ProcedureExists, ProcedureNotOpen, StepOutOfOrder } from "../Errors.js"
import { eligibilityOf } from "../Patients/Status.js"
import { PatientWrites } from "../Patients/Write.js"
import { checkCalendar, checkSide } from "../Records/Calendar.js"
import { newId } from "../Records/Store.js"
import { Today } from "../Today.js"
import { LiveRepo, type ProcedureRow } from "./Repo.js"

/** A live procedure as the API shows it. */
export const toView = (row: ProcedureRow): Contract.LiveProcedure => ({
  id: Model.ProcedureId.make(row.id),
  patientId: Model.PatientId.make(row.patient_id),
  centerId: Model.CenterId.make(row.center_id),
  side: row.side,
  lesionsPerSide: Number(row.lesions_per_side),
  deviceSerial: row.device_serial,
  operator: row.operator,
  date: row.date,
  mode: row.mode,
  createdAt: row.created_at,
  endedAt: row.completed_at,
  abortReason: row.abort_reason ?? null
})

/** Fails unless the procedure is open (neither completed nor aborted). */
export const requireOpen = (row: ProcedureRow, what: string) =>
  row.mode === "live"
    ? Effect.void
    : Effect.fail(
        new ProcedureNotOpen({
          message: `procedure ${row.id} was ${row.mode} on ${(row.completed_at ?? "").slice(0, 10)}: it cannot ${what}`
        })
      )

/**
 * Opening a live procedure: in the patient's write (scoped by the caller's center, refused for a withdrawn
 * patient), only for an eligible patient with no procedure yet; audited; answers a device token bound to it.
 */
export const makeOpen = Effect.gen(function* () {
  const repo = yield* LiveRepo
  const writes = yield* PatientWrites
  const audit = yield* Audit
  const auth = yield* Auth
  const today = yield* Today

  return (patientId: string, input: Contract.NewLiveProcedure) =>
    Effect.gen(function* () {
      const caller = yield* CurrentUser
      if (caller.procedureId !== null)
        return yield* new Forbidden({ message: "a device token bound to a procedure may not open another" })
      const { result } = yield* writes.write(patientId, (file, now) =>
        Effect.gen(function* () {
          if (file.procedure !== null)
            return yield* new ProcedureExists({ message: `patient ${patientId} already has a procedure` })
          const open = yield* repo.openOfPatient(file.patient.id)
          if (Option.isSome(open))
            return yield* new ProcedureExists({
              message: `patient ${patientId} has a live procedure in progress (${open.value}); complete or abort it first`
            })
          if (eligibilityOf(file)?.verdict !== "eligible")
            return yield* new StepOutOfOrder({
              message: `patient ${patientId} is not eligible: screening and a positive diagnostic block come first`,
              missing: "eligibility"
            })
          // The id of the procedure record it becomes on completion: one procedure, one id.
          const id = newId("procedure")
          // the calendar's and the side's rules, as for a recorded procedure (calendar slice)
          yield* checkSide(file.patient, { side: input.side })
          yield* checkCalendar(
            file,
            { kind: "procedure", value: { id, date: input.date } },
            yield* today.date
          )
          const row: ProcedureRow = {
            id,
            patient_id: file.patient.id,
            center_id: file.patient.centerId,
            side: input.side,
            lesions_per_side: input.lesionsPerSide,
            device_serial: input.deviceSerial,
            operator: input.operator,
            date: input.date,
            mode: "live",
            created_by: caller.id,
            created_at: now,
            completed_at: null,
            record_id: null,
            next_event_index: 0,
            samples: 0,
            last_sample: null,
            clock: null,
            abort_reason: null
          }
          yield* repo.insert(row)
          const procedure = toView(row)
          yield* audit.append({
            action: "create",
            entity: "liveProcedure",
            entityId: row.id,
            patientId: row.patient_id,
            centerId: row.center_id,
            after: procedure
          })
          const device = yield* auth.deviceToken({
            id: row.id,
            centerId: row.center_id,
            deviceSerial: row.device_serial
          })
          return { procedure, deviceToken: device.token, deviceTokenExpiresAt: device.expiresAt }
        })
      )
      return result satisfies Contract.LiveProcedureCreated
    })
})

/**
 * A new device token for an open procedure (staff of its center): every earlier token of the procedure is
 * revoked in the same transaction, so a lost or leaked token stops working.
 */
export const makeReissue = Effect.gen(function* () {
  const repo = yield* LiveRepo
  const auth = yield* Auth
  const audit = yield* Audit
  const writes = yield* PatientWrites

  return (id: string) =>
    Effect.gen(function* () {
      const found = yield* repo.find(id)
      if (Option.isNone(found)) return yield* new NotFound({ message: `no procedure ${id}` })
      const { result } = yield* writes.write(found.value.patient_id, (_, now) =>
        Effect.gen(function* () {
          const row = Option.getOrThrow(yield* repo.find(id, true))
          yield* requireOpen(row, "have a new device token")
          yield* repo.revokeDeviceTokens(id, now)
          const device = yield* auth.deviceToken({
            id: row.id,
            centerId: row.center_id,
            deviceSerial: row.device_serial
          })
          yield* audit.append({
            action: "revoke",
            entity: "liveProcedure",
            entityId: row.id,
            patientId: row.patient_id,
            centerId: row.center_id,
            after: { deviceToken: "reissued" }
          })
          return {
            procedure: toView(row),
            deviceToken: device.token,
            deviceTokenExpiresAt: device.expiresAt
          } satisfies Contract.LiveProcedureCreated
        })
      )
      return result
    })
})
