import type * as Contract from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { Effect } from "effect"
import { requireWriter } from "../CurrentUser.js"
import { AlreadyRecorded, NotFound } from "../Errors.js"
import type { PatientFile } from "../Patients/File.js"
import { visitView } from "../Patients/Views.js"
import { checkVisit } from "./Rules.js"
import {
  type Correction,
  corrected,
  newId,
  type RecordStore,
  requireProcedure,
  requireScreening
} from "./Store.js"

const checkOrder = (file: PatientFile, visit: Model.FollowUpVisit, except?: string) =>
  Effect.gen(function* () {
    yield* requireScreening(file, "a visit")
    if (visit.timepoint !== "baseline")
      yield* requireProcedure(file, `the ${visit.timepoint === "month3" ? "3" : "6"}-month visit`)
    if (file.visits.some((v) => v.value.timepoint === visit.timepoint && v.value.id !== except))
      return yield* new AlreadyRecorded({
        message: `patient ${file.patient.id} already has a ${visit.timepoint} visit; correct it with PATCH`
      })
    yield* checkVisit(visit)
  })

/** Follow-up visits: one per time point, the 3- and 6-month ones after the procedure; ODI scored on write. */
export const visitWrites = (store: RecordStore) => ({
  createVisit: (patientId: string, input: Contract.VisitInput) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { result } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          const visit = Model.FollowUpVisit.make({
            ...input,
            id: Model.VisitId.make(newId("visit")),
            patientId: file.patient.id
          })
          yield* checkOrder(file, visit)
          yield* store.put("visit", file, now, visit, { slot: visit.timepoint })
          return visit
        })
      )
      return visitView(result)
    }),

  correctVisit: (patientId: string, visitId: string, correction: Correction<Contract.VisitInput>) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { result } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          const stored = file.visits.find((v) => v.value.id === visitId)
          if (stored === undefined)
            return yield* new NotFound({ message: `patient ${patientId} has no visit ${visitId}` })
          const visit = yield* corrected(Model.FollowUpVisit, stored, correction)
          yield* checkOrder(file, visit, visitId)
          yield* store.put("visit", file, now, visit, {
            slot: visit.timepoint,
            existing: stored,
            reason: correction.reason
          })
          return visit
        })
      )
      return visitView(result)
    })
})
