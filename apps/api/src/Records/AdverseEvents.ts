import type * as Contract from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { Effect } from "effect"
import { requireWriter } from "../CurrentUser.js"
import { NotFound } from "../Errors.js"
import type { PatientFile } from "../Patients/File.js"
import { type IfMatch, requireVersion } from "../Patients/Versions.js"
import { checkCalendar } from "./Calendar.js"
import { steps } from "./Decided.js"
import { decodeRecord } from "./Rules.js"
import { corrected, newId, type RecordStore, requireProcedure } from "./Store.js"

/** A new adverse event under the study's rules (after the procedure, in the calendar). */
export const checkNewAdverseEvent = (file: PatientFile, event: Model.AdverseEvent, today: string) =>
  steps(
    () => requireProcedure(file, "an adverse event of the procedure"),
    () => checkCalendar(file, { kind: "adverseEvent", value: event }, today)
  )

/** Adverse events of the procedure: reported after it, corrected as they resolve. */
export const adverseEventWrites = (store: RecordStore) => ({
  createAdverseEvent: (patientId: string, input: Contract.AdverseEventInput) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { result } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          const id = newId("adverseEvent")
          const event = yield* decodeRecord(Model.AdverseEvent, { ...input, id, patientId: file.patient.id })
          yield* checkNewAdverseEvent(file, event, yield* store.today)
          yield* store.put("adverseEvent", file, now, event, { slot: id })
          return event
        })
      )
      return result
    }),

  correctAdverseEvent: (
    patientId: string,
    eventId: string,
    correction: typeof Contract.AdverseEventCorrection.Type,
    ifMatch: IfMatch = null
  ) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { result } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          const stored = file.adverseEvents.find((e) => e.value.id === eventId)
          if (stored === undefined)
            return yield* new NotFound({ message: `patient ${patientId} has no adverse event ${eventId}` })
          const what = "this adverse event"
          yield* requireVersion(what, stored.row, ifMatch)
          const event = yield* corrected("adverseEvent", stored, correction, what)
          yield* checkCalendar(file, { kind: "adverseEvent", value: event }, yield* store.today)
          yield* store.put("adverseEvent", file, now, event, {
            slot: eventId,
            existing: stored,
            reason: correction.reason
          })
          return event
        })
      )
      return result
    })
})
