import type * as Contract from "@cryoreg/contract"
import { Access, Issues } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { Effect, Option } from "effect"
import { CurrentUser, requireWriter } from "../CurrentUser.js"
import { Forbidden, NotFound, ProcedureExists, RuleViolation, StepOutOfOrder } from "../Errors.js"
import { patientLive } from "../LiveProcedures/PatientView.js"
import type { LiveRepo } from "../LiveProcedures/Repo.js"
import type { PatientFile } from "../Patients/File.js"
import { eligibilityOf } from "../Patients/Status.js"
import { alike, type IfMatch, requireVersion } from "../Patients/Versions.js"
import { procedureView } from "../Patients/Views.js"
import { checkCalendar, checkSide } from "./Calendar.js"
import { steps, together } from "./Decided.js"
import { checkProcedure } from "./Rules.js"
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
  steps(
    () =>
      file.procedure !== null
        ? Effect.fail(
            new ProcedureExists({
              message: `patient ${file.patient.id} already has a procedure: correct the recorded one instead`
            })
          )
        : Effect.void,
    () => {
      const eligibility = eligibilityOf(file)
      if (eligibility?.verdict === "eligible") return Effect.void
      const open = eligibility?.criteria.filter((c) => c.met !== true).map((c) => c.text) ?? [
        "no screening recorded"
      ]
      return Effect.fail(
        new StepOutOfOrder({
          message: `patient ${file.patient.id} is not eligible: ${open.join(" ")}`,
          missing: "eligibility"
        })
      )
    },
    // the side, the freeze protocol and the calendar: every problem of the write in one answer
    () =>
      together([
        checkSide(file.patient, procedure),
        checkProcedure(procedure),
        checkCalendar(file, { kind: "procedure", value: procedure }, today)
      ])
  )

/**
 * A live procedure's lesions are the probe's record: each freeze and stimulation test as its events and
 * telemetry have them (the live page replays them). A correction of such a procedure leaves them as they
 * are (422 `recordedByProbe` at `lesions`); its date, operator, device serial and duration may be corrected.
 */
const keepProbeLesions = (stored: Model.Procedure, procedure: Model.Procedure) => {
  if (alike(stored.lesions, procedure.lesions)) return Effect.void
  const message =
    "the lesions of a procedure followed live are the probe's record and cannot be corrected; correct its date, operator, device serial or duration"
  return Effect.fail(
    new RuleViolation({ message, issues: [Issues.rule("recordedByProbe", ["lesions"], message)] })
  )
}

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
          const what = `the procedure of ${patientId}`
          yield* requireVersion(what, file.procedure.row, ifMatch)
          const procedure = yield* corrected("procedure", file.procedure, correction, what)
          if (file.procedure.row.state === "completed")
            yield* keepProbeLesions(file.procedure.value, procedure)
          const today = yield* store.today
          yield* together([
            checkSide(file.patient, procedure),
            checkProcedure(procedure),
            checkCalendar(file, { kind: "procedure", value: procedure }, today)
          ])
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
