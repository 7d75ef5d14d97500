import { Effect } from "effect"
import { requireWriter } from "../CurrentUser.js"
import { NotFound } from "../Errors.js"
import type { RecordKind } from "../Patients/Decode.js"
import type { PatientFile, Stored } from "../Patients/File.js"
import { detailOf } from "../Patients/Views.js"
import type { RecordStore } from "./Store.js"

type Retractable = Extract<RecordKind, "visit" | "block" | "adverseEvent">

const recordsOf: Record<Retractable, (file: PatientFile) => ReadonlyArray<Stored<{ readonly id: string }>>> =
  {
    visit: (file) => file.visits,
    block: (file) => file.blocks,
    adverseEvent: (file) => file.adverseEvents
  }

const named: Record<Retractable, string> = {
  visit: "visit",
  block: "diagnostic block",
  adverseEvent: "adverse event"
}

/**
 * Visits, diagnostic blocks and adverse events entered in error, taken back with a reason: the record
 * leaves the patient's file, its status and eligibility and the analysis in the same transaction, and
 * stays in the history.
 */
export const retractionWrites = (store: RecordStore) => {
  const retract = (kind: Retractable) => (patientId: string, recordId: string, reason: string) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { file } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          const stored = recordsOf[kind](file).find((r) => r.value.id === recordId)
          if (stored === undefined)
            return yield* new NotFound({ message: `patient ${patientId} has no ${named[kind]} ${recordId}` })
          yield* store.retract(kind, file, now, stored, reason)
        })
      )
      return detailOf(file)
    })
  return {
    retractVisit: retract("visit"),
    retractBlock: retract("block"),
    retractAdverseEvent: retract("adverseEvent")
  }
}
