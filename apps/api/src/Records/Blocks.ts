import type * as Contract from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { Effect } from "effect"
import { requireWriter } from "../CurrentUser.js"
import { NotFound } from "../Errors.js"
import type { PatientFile } from "../Patients/File.js"
import { type IfMatch, requireVersion } from "../Patients/Versions.js"
import { blockView } from "../Patients/Views.js"
import { checkCalendar } from "./Calendar.js"
import { steps } from "./Decided.js"
import { checkBlock } from "./Rules.js"
import { type Correction, corrected, newId, type RecordStore, requireScreening } from "./Store.js"

/** A new diagnostic block under the study's rules (after the screening, pain before it, in the calendar). */
export const checkNewBlock = (file: PatientFile, block: Model.DiagnosticBlock, today: string) =>
  steps(
    () => requireScreening(file, "a diagnostic block"),
    () => checkBlock(block),
    () => checkCalendar(file, { kind: "block", value: block }, today)
  )

/** Diagnostic blocks: after the screening; each answer carries relief % and the verdict. */
export const blockWrites = (store: RecordStore) => ({
  createBlock: (patientId: string, input: Contract.BlockInput) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { result } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          const block = Model.DiagnosticBlock.make({
            ...input,
            id: Model.DiagnosticBlockId.make(newId("block")),
            patientId: file.patient.id
          })
          yield* checkNewBlock(file, block, yield* store.today)
          yield* store.put("block", file, now, block, { slot: block.id })
          return block
        })
      )
      return blockView(result)
    }),

  correctBlock: (
    patientId: string,
    blockId: string,
    correction: Correction<Contract.BlockInput>,
    ifMatch: IfMatch = null
  ) =>
    Effect.gen(function* () {
      yield* requireWriter
      const { result } = yield* store.write(patientId, (file, now) =>
        Effect.gen(function* () {
          const stored = file.blocks.find((b) => b.value.id === blockId)
          if (stored === undefined)
            return yield* new NotFound({ message: `patient ${patientId} has no diagnostic block ${blockId}` })
          const what = `the diagnostic block of ${stored.value.date}`
          yield* requireVersion(what, stored.row, ifMatch)
          const block = yield* corrected("block", stored, correction, what)
          yield* checkBlock(block)
          yield* checkCalendar(file, { kind: "block", value: block }, yield* store.today)
          yield* store.put("block", file, now, block, {
            slot: block.id,
            existing: stored,
            reason: correction.reason
          })
          return block
        })
      )
      return blockView(result)
    })
})
