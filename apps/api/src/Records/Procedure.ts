import type * as Contract from "@cryoreg/contract"
import { Access } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { Effect, Option } from "effect"
import { CurrentUser, requireWriter } from "../CurrentUser.js"
import { Forbidden, NotFound, ProcedureExists, StepOutOfOrder } from "../Errors.js"
import { patientLive } from "../LiveProcedures/PatientView.js"
import type { LiveRepo } from "../LiveProcedures/Repo.js"
import type { PatientFile } from "../Patients/File.js"
import { eligibilityOf } from "../Patients/Status.js"
import { type IfMatch, requireVersion } from "../Patients/Versions.js"
import { procedureView } from "../Patients/Views.js"
import { checkCalendar, checkSide } from "./Calendar.js"
import { allRules, checkProcedure } from "./Rules.js"
import { type Correction, corrected, newId, type RecordStore } from "./Store.js"

/**
 * A live procedure's completion, written by its device: a declared system write, audited as the device's
 * and on behalf of the staff member who opened the procedure. The record takes the live procedure's id.
 */
export interface LiveCompletion {
  readonly procedureId: string
  /** Who opened the procedure, when its device writes the record (null when staff completes it). */
  readonly openedBy: string | null
}

/** Fails unless the caller may write this procedure: staff, or the device completing its own live procedure. */
const requireProcedureWriter = (completion: LiveCompletion | undefined) =>
  Effect.flatMap(CurrentUser, (user) =>
    Access.isProbe(user.role)
      ? completion !== undefined && user.procedureId === completion.procedureId
        ? Effect.void
        : Effect.fail(new Forbidden({ message: "a device writes only the procedure it is bound to" }))
      : Effect.asVoid(requireWriter)
  )

/**
 * A new recorded procedure under the study's rules: one per patient, an eligible one, on the treated side,
 * as the freeze protocol allows, in the calendar. A form's, a live completion's and an import's.
 */
export const checkNewProcedure = (file: PatientFile, procedure: Model.Procedure, today: string) =>
  Effect.gen(function* () {
    if (file.procedure !== null)
      return yield* new ProcedureExists({
        message: `patient ${file.patient.id} already has a procedure: correct the recorded one instead`
      })
    const eligibility = eligibilityOf(file)
    if (eligibility?.verdict !== "eligible") {
      const open = eligibility?.criteria.filter((c) => c.met !== true).map((c) => c.text) ?? [
        "no screening recorded"
      ]
      return yield* new StepOutOfOrder({
        message: `patient ${file.patient.id} is not eligible: ${open.join(" ")}`,
        missing: "eligibility"
      })
    }
    // the side, the freeze protocol and the calendar: every problem of the write in one answer
    yield* allRules(
      checkSide(file.patient, procedure),
      checkProcedure(procedure),
      checkCalendar(file, { kind: "procedure", value: procedure }, today)
    )
  })

/**
 * The procedure: one per eligible patient, its lesions replayed through the freeze protocol. A patient
 * with a live procedure open has a procedure too: a recorded one is refused with the same tag.
 */
export const procedureWrites = (store: RecordStore, live: LiveRepo) => ({
  /** Entered after the fact (`recorded`), or written when a live procedure completes (`completion`). */
  createProcedure: (patientId: string, input: Contract.ProcedureInput, completion?: LiveCompletion) =>
    Effect.gen(function* () {
      yield* requireProcedureWriter(completion)
      const { file } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          const open = yield* live.openOfPatient(file.patient.id)
          if (Option.isSome(open) && open.value !== completion?.procedureId)
            return yield* new ProcedureExists({
              message: `patient ${patientId} has a live procedure in progress (${open.value}); complete or abort it first`
            })
          const procedure = Model.Procedure.make({
            ...input,
            id: Model.ProcedureId.make(completion?.procedureId ?? newId("procedure")),
            patientId: file.patient.id,
            centerId: file.patient.centerId
          })
          yield* checkNewProcedure(file, procedure, yield* store.today)
          yield* store.put("procedure", file, now, procedure, {
            slot: "procedure",
            state: completion === undefined ? "recorded" : "completed",
            ...(completion?.openedBy == null ? {} : { onBehalfOf: completion.openedBy })
          })
        })
      )
      return procedureView(file.procedure!)
    }),

  correctProcedure: (
    patientId: string,
    correction: Correction<Contract.ProcedureInput>,
    ifMatch: IfMatch = null
  ) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { file } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          if (file.procedure === null)
            return yield* new NotFound({ message: `patient ${patientId} has no procedure` })
          yield* requireVersion(`the procedure of ${patientId}`, file.procedure.row, ifMatch)
          const procedure = yield* corrected(Model.Procedure, file.procedure, correction)
          const today = yield* store.today
          yield* allRules(
            checkSide(file.patient, procedure),
            checkProcedure(procedure),
            checkCalendar(file, { kind: "procedure", value: procedure }, today)
          )
          yield* store.put("procedure", file, now, procedure, {
            slot: "procedure",
            existing: file.procedure,
            reason: correction.reason
          })
        })
      )
      // a completed live procedure answers the deviations judged on its telemetry, as the patient's record does
      return procedureView(file.procedure!, (yield* patientLive(live, patientId)).deviations)
    })
})
