import type * as Contract from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { Effect } from "effect"
import { requireWriter } from "../CurrentUser.js"
import { AlreadyRecorded, NotFound } from "../Errors.js"
import type { PatientFile } from "../Patients/File.js"
import { eligibilityOf } from "../Patients/Status.js"
import { type IfMatch, requireVersion } from "../Patients/Versions.js"
import { checkCalendar } from "./Calendar.js"
import { steps } from "./Decided.js"
import { checkScreeningAnswers } from "./Rules.js"
import { type Correction, corrected, newId, type RecordStore } from "./Store.js"

const viewOf = (file: PatientFile): Contract.ScreeningView => ({
  screening: file.screening!.value,
  eligibility: eligibilityOf(file)!
})

/** A new screening under the study's rules (one per patient, its date in the calendar): a form's and an import's. */
export const checkNewScreening = (file: PatientFile, screening: Model.Screening, today: string) =>
  steps(
    () =>
      file.screening !== null
        ? Effect.fail(
            new AlreadyRecorded({
              message: `patient ${file.patient.id} already has a screening: correct the recorded one instead`,
              record: "screening"
            })
          )
        : Effect.void,
    () => checkScreeningAnswers(file.patient, screening),
    () => checkCalendar(file, { kind: "screening", value: screening }, today)
  )

/** The screening: one per patient; the answer carries the eligibility verdict per criterion. */
export const screeningWrites = (store: RecordStore) => ({
  createScreening: (patientId: string, input: Contract.ScreeningInput) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { file } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          const screening = Model.Screening.make({
            ...input,
            id: Model.ScreeningId.make(newId("screening")),
            patientId: file.patient.id
          })
          yield* checkNewScreening(file, screening, yield* store.today)
          yield* store.put("screening", file, now, screening, { slot: "screening" })
        })
      )
      return viewOf(file)
    }),

  correctScreening: (
    patientId: string,
    correction: Correction<Contract.ScreeningInput>,
    ifMatch: IfMatch = null
  ) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { file } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          if (file.screening === null)
            return yield* new NotFound({ message: `patient ${patientId} has no screening` })
          const what = `the screening of ${patientId}`
          yield* requireVersion(what, file.screening.row, ifMatch)
          const screening = yield* corrected("screening", file.screening, correction, what)
          yield* checkScreeningAnswers(file.patient, screening)
          yield* checkCalendar(file, { kind: "screening", value: screening }, yield* store.today)
          yield* store.put("screening", file, now, screening, {
            slot: "screening",
            existing: file.screening,
            reason: correction.reason
          })
        })
      )
      return viewOf(file)
    })
})
