import type * as Contract from "@cryoreg/contract"
import { Issues } from "@cryoreg/contract"
import { Model, StudyCalendar } from "@cryoreg/domain"
import { Effect } from "effect"
import { requireWriter } from "../CurrentUser.js"
import { AlreadyRecorded, NotFound } from "../Errors.js"
import type { PatientFile } from "../Patients/File.js"
import { type IfMatch, requireVersion } from "../Patients/Versions.js"
import { visitView } from "../Patients/Views.js"
import { checkCalendar } from "./Calendar.js"
import { steps } from "./Decided.js"
import { checkVisit } from "./Rules.js"
import {
  type Correction,
  corrected,
  newId,
  type RecordStore,
  requireProcedure,
  requireScreening
} from "./Store.js"

/** A visit under the study's rules (one per time point, in order, ODI scorable, analgesics classifiable): a form's and an import's. */
export const checkOrder = (file: PatientFile, visit: Model.FollowUpVisit, today: string, except?: string) =>
  steps(
    () => requireScreening(file, "a visit"),
    () =>
      visit.timepoint !== "baseline"
        ? requireProcedure(file, `the ${visit.timepoint === "month3" ? "3" : "6"}-month visit`)
        : Effect.void,
    () =>
      file.visits.some((v) => v.value.timepoint === visit.timepoint && v.value.id !== except)
        ? Effect.fail(
            new AlreadyRecorded({
              message: `patient ${file.patient.id} already has ${StudyCalendar.visitName[visit.timepoint]}: correct that visit instead`,
              record: "visit",
              timepoint: visit.timepoint,
              issues: [
                Issues.rule(
                  "taken",
                  ["timepoint"],
                  `${StudyCalendar.visitName[visit.timepoint]} is already recorded for this patient: correct it instead`,
                  { value: visit.timepoint, record: "visit" }
                )
              ]
            })
          )
        : Effect.void,
    () => checkVisit(visit),
    () => checkCalendar(file, { kind: "visit", value: visit }, today)
  )

const visitName = { baseline: "baseline visit", month3: "3-month visit", month6: "6-month visit" } as const

// A visit given its date keeps no typed days: they are computed from the dates (`StudyCalendar`).
const withoutTypedDays = (visit: Model.FollowUpVisit) => {
  if (visit.date === undefined || visit.daysAfterProcedure === undefined) return visit
  const { daysAfterProcedure: _, ...dated } = visit
  return Model.FollowUpVisit.make(dated)
}

/**
 * Follow-up visits: one per time point, on their dates in the study's order, the 3- and 6-month ones after the
 * procedure; the days after the procedure are computed from the dates; ODI scored on write.
 */
export const visitWrites = (store: RecordStore) => ({
  createVisit: (patientId: string, input: Contract.VisitInput) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { result, file } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          const visit = Model.FollowUpVisit.make({
            ...input,
            id: Model.VisitId.make(newId("visit")),
            patientId: file.patient.id
          })
          yield* checkOrder(file, visit, yield* store.today)
          yield* store.put("visit", file, now, visit, { slot: visit.timepoint })
          return visit
        })
      )
      return visitView(result, file.procedure?.value.date ?? null)
    }),

  correctVisit: (
    patientId: string,
    visitId: string,
    correction: Correction<Contract.VisitInput>,
    ifMatch: IfMatch = null
  ) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { result, file } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          const stored = file.visits.find((v) => v.value.id === visitId)
          if (stored === undefined)
            return yield* new NotFound({ message: `patient ${patientId} has no visit ${visitId}` })
          const what = `the ${visitName[stored.value.timepoint]}`
          yield* requireVersion(what, stored.row, ifMatch)
          const visit = withoutTypedDays(yield* corrected("visit", stored, correction, what))
          yield* checkOrder(file, visit, yield* store.today, visitId)
          yield* store.put("visit", file, now, visit, {
            slot: visit.timepoint,
            existing: stored,
            reason: correction.reason
          })
          return visit
        })
      )
      return visitView(result, file.procedure?.value.date ?? null)
    })
})
