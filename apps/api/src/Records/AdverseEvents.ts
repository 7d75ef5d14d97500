import type * as Contract from "@cryoreg/contract"
import { Issues } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { Effect, Either } from "effect"
import { requireWriter } from "../CurrentUser.js"
import { InvalidRequest, NotFound, RuleViolation } from "../Errors.js"
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

/**
 * An event decoded with the rules between its fields (`Model.AdverseEvent`), then its days checked in the
 * calendar. When a rule between its fields refuses it (a 400), the calendar still judges its days, each field
 * already valid on its own (the route decoded it): the answer names every problem at once, a resolution
 * before the onset and an onset after today both.
 */
const decodeWithCalendar = <E>(
  value: Contract.AdverseEventInput & { readonly id: string; readonly patientId: string },
  calendar: (event: Model.AdverseEvent) => Effect.Effect<void, E>
) =>
  Effect.gen(function* () {
    const decoded = yield* Effect.either(decodeRecord(Model.AdverseEvent, value))
    if (Either.isRight(decoded)) {
      yield* calendar(decoded.right)
      return decoded.right
    }
    // the calendar reads the days and the id only, which the refused rules leave as they were typed
    const dates = yield* Effect.either(calendar(value as unknown as Model.AdverseEvent))
    const more = Either.isLeft(dates) && dates.left instanceof RuleViolation ? dates.left.issues : []
    if (more.length === 0) return yield* decoded.left
    const issues = [...decoded.left.issues, ...more]
    return yield* new InvalidRequest({ message: Issues.summary("invalid body", issues), issues })
  })

/** Adverse events of the procedure: reported after it, corrected as they resolve. */
export const adverseEventWrites = (store: RecordStore) => ({
  createAdverseEvent: (patientId: string, input: Contract.AdverseEventInput) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { result } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          const id = newId("adverseEvent")
          const today = yield* store.today
          const event = yield* decodeWithCalendar({ ...input, id, patientId: file.patient.id }, (e) =>
            checkNewAdverseEvent(file, e, today)
          )
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
