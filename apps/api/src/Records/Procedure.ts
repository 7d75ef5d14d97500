import type * as Contract from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { Effect } from "effect"
import { requireWriter } from "../CurrentUser.js"
import { AlreadyRecorded, NotFound, StepOutOfOrder } from "../Errors.js"
import { eligibilityOf } from "../Patients/Status.js"
import { procedureView } from "../Patients/Views.js"
import { checkCalendar, checkSide } from "./Calendar.js"
import { checkProcedure } from "./Rules.js"
import { type Correction, corrected, newId, type RecordStore } from "./Store.js"

/** The procedure: one per eligible patient, its lesions replayed through the freeze protocol. */
export const procedureWrites = (store: RecordStore) => ({
  /** `state`: "recorded" when entered after the fact, "completed" when a live procedure ends. */
  createProcedure: (patientId: string, input: Contract.ProcedureInput, state = "recorded") =>
    Effect.gen(function* () {
      yield* requireWriter
      const { file } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          if (file.procedure !== null)
            return yield* new AlreadyRecorded({
              message: `patient ${patientId} already has a procedure; correct it with PATCH`
            })
          const eligibility = eligibilityOf(file)
          if (eligibility?.verdict !== "eligible") {
            const open = eligibility?.criteria.filter((c) => c.met !== true).map((c) => c.text) ?? [
              "no screening recorded"
            ]
            return yield* new StepOutOfOrder({
              message: `patient ${patientId} is not eligible: ${open.join(" ")}`
            })
          }
          const procedure = Model.Procedure.make({
            ...input,
            id: Model.ProcedureId.make(newId("procedure")),
            patientId: file.patient.id,
            centerId: file.patient.centerId
          })
          yield* checkSide(file.patient, procedure)
          yield* checkProcedure(procedure)
          yield* checkCalendar(file, { kind: "procedure", value: procedure }, yield* store.today)
          yield* store.put("procedure", file, now, procedure, { slot: "procedure", state })
        })
      )
      return procedureView(file.procedure!)
    }),

  correctProcedure: (patientId: string, correction: Correction<Contract.ProcedureInput>) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { file } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          if (file.procedure === null)
            return yield* new NotFound({ message: `patient ${patientId} has no procedure` })
          const procedure = yield* corrected(Model.Procedure, file.procedure, correction)
          yield* checkSide(file.patient, procedure)
          yield* checkProcedure(procedure)
          yield* checkCalendar(file, { kind: "procedure", value: procedure }, yield* store.today)
          yield* store.put("procedure", file, now, procedure, {
            slot: "procedure",
            existing: file.procedure,
            reason: correction.reason
          })
        })
      )
      return procedureView(file.procedure!)
    })
})
