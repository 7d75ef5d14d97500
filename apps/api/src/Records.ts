import { randomBytes } from "node:crypto"
import type * as Contract from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { Effect, type Schema } from "effect"
import { Audit } from "./Audit.js"
import { requireWriter } from "./CurrentUser.js"
import { AlreadyRecorded, NotFound, StepOutOfOrder } from "./Errors.js"
import { encode, type PatientFile, type Stored, type schemaOf } from "./Patients/File.js"
import { PatientsRepo, type RecordKind } from "./Patients/Repo.js"
import { eligibilityOf } from "./Patients/Status.js"
import { blockView, procedureView, visitView } from "./Patients/Views.js"
import { PatientWrites } from "./Patients/Write.js"
import { checkBlock, checkProcedure, checkVisit, decodeRecord } from "./Records/Rules.js"

const prefix: Record<RecordKind, string> = {
  screening: "scr",
  block: "blk",
  procedure: "prc",
  visit: "vis",
  adverseEvent: "ae"
}
const newId = (kind: RecordKind) => `${prefix[kind]}-${randomBytes(8).toString("hex")}`
const entityOf: Record<RecordKind, string> = {
  screening: "screening",
  block: "diagnosticBlock",
  procedure: "procedure",
  visit: "visit",
  adverseEvent: "adverseEvent"
}

type Correction<T> = { readonly [K in keyof T]?: T[K] | undefined } & { readonly reason: string }

/** Screening, diagnostic blocks, procedure, visits and adverse events: created and corrected under the study's rules. */
export class Records extends Effect.Service<Records>()("api/Records", {
  effect: Effect.gen(function* () {
    const repo = yield* PatientsRepo
    const writes = yield* PatientWrites
    const audit = yield* Audit

    /** Stores a new record or a corrected one, with its audit row, in the write's transaction. */
    const put = <K extends RecordKind>(
      kind: K,
      file: PatientFile,
      now: string,
      value: Schema.Schema.Type<(typeof schemaOf)[K]> & { readonly id: string },
      options: {
        readonly slot: string
        readonly existing?: Stored<unknown>
        readonly reason?: string
        readonly state?: string
      }
    ) =>
      Effect.gen(function* () {
        const data = encode(kind, value)
        const base = {
          entity: entityOf[kind],
          entityId: value.id,
          patientId: file.patient.id,
          centerId: file.row.center_id
        }
        if (options.existing !== undefined) {
          yield* repo.updateRecord(value.id, { data, slot: options.slot, updated_at: now })
          yield* audit.append({
            ...base,
            action: "correct",
            before: JSON.parse(options.existing.row.data),
            after: JSON.parse(data),
            reason: options.reason ?? null
          })
        } else {
          yield* repo.insertRecord({
            id: value.id,
            kind,
            patient_id: file.patient.id,
            center_id: file.row.center_id,
            slot: options.slot,
            state: options.state ?? null,
            data,
            created_at: now,
            updated_at: now
          })
          yield* audit.append({ ...base, action: "create", after: JSON.parse(data) })
        }
      })

    /** The stored record merged with a correction, decoded again with the domain Schema. */
    const corrected = <A, I>(
      schema: Schema.Schema<A, I, never>,
      stored: Stored<unknown>,
      correction: object
    ) => {
      const { reason: _, ...changes } = correction as Record<string, unknown>
      const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
      // The record Schemas have no transformations: a decoded field is its own encoding.
      return decodeRecord(schema, { ...JSON.parse(stored.row.data), ...given })
    }

    const requireScreening = (file: PatientFile, what: string) =>
      file.screening === null
        ? Effect.fail(
            new StepOutOfOrder({ message: `record the screening of ${file.patient.id} before ${what}` })
          )
        : Effect.void

    const requireProcedure = (file: PatientFile, what: string) =>
      file.procedure === null
        ? Effect.fail(
            new StepOutOfOrder({
              message: `patient ${file.patient.id} has no procedure yet: ${what} comes after it`
            })
          )
        : Effect.void

    const screeningView = (file: PatientFile): Contract.ScreeningView => ({
      screening: file.screening!.value,
      eligibility: eligibilityOf(file)!
    })

    const createScreening = (patientId: string, input: Contract.ScreeningInput) =>
      Effect.gen(function* () {
        yield* requireWriter
        const { file } = yield* writes.write(patientId, (file, now) =>
          Effect.gen(function* () {
            if (file.screening !== null)
              return yield* new AlreadyRecorded({
                message: `patient ${patientId} already has a screening; correct it with PATCH`
              })
            const screening = Model.Screening.make({
              ...input,
              id: Model.ScreeningId.make(newId("screening")),
              patientId: file.patient.id
            })
            yield* put("screening", file, now, screening, { slot: "screening" })
          })
        )
        return screeningView(file)
      })

    const correctScreening = (patientId: string, correction: Correction<Contract.ScreeningInput>) =>
      Effect.gen(function* () {
        yield* requireWriter
        const { file } = yield* writes.write(patientId, (file, now) =>
          Effect.gen(function* () {
            if (file.screening === null)
              return yield* new NotFound({ message: `patient ${patientId} has no screening` })
            const screening = yield* corrected(Model.Screening, file.screening, correction)
            yield* put("screening", file, now, screening, {
              slot: "screening",
              existing: file.screening,
              reason: correction.reason
            })
          })
        )
        return screeningView(file)
      })

    const createBlock = (patientId: string, input: Contract.BlockInput) =>
      Effect.gen(function* () {
        yield* requireWriter
        const { result } = yield* writes.write(patientId, (file, now) =>
          Effect.gen(function* () {
            yield* requireScreening(file, "a diagnostic block")
            const block = Model.DiagnosticBlock.make({
              ...input,
              id: Model.DiagnosticBlockId.make(newId("block")),
              patientId: file.patient.id
            })
            yield* checkBlock(block)
            yield* put("block", file, now, block, { slot: block.id })
            return block
          })
        )
        return blockView(result)
      })

    const correctBlock = (patientId: string, blockId: string, correction: Correction<Contract.BlockInput>) =>
      Effect.gen(function* () {
        yield* requireWriter
        const { result } = yield* writes.write(patientId, (file, now) =>
          Effect.gen(function* () {
            const stored = file.blocks.find((b) => b.value.id === blockId)
            if (stored === undefined)
              return yield* new NotFound({
                message: `patient ${patientId} has no diagnostic block ${blockId}`
              })
            const block = yield* corrected(Model.DiagnosticBlock, stored, correction)
            yield* checkBlock(block)
            yield* put("block", file, now, block, {
              slot: block.id,
              existing: stored,
              reason: correction.reason
            })
            return block
          })
        )
        return blockView(result)
      })

    const createProcedure = (patientId: string, input: Contract.ProcedureInput, state = "recorded") =>
      Effect.gen(function* () {
        yield* requireWriter
        const { file } = yield* writes.write(patientId, (file, now) =>
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
            yield* checkProcedure(procedure)
            yield* put("procedure", file, now, procedure, { slot: "procedure", state })
          })
        )
        return procedureView(file.procedure!)
      })

    const correctProcedure = (patientId: string, correction: Correction<Contract.ProcedureInput>) =>
      Effect.gen(function* () {
        yield* requireWriter
        const { file } = yield* writes.write(patientId, (file, now) =>
          Effect.gen(function* () {
            if (file.procedure === null)
              return yield* new NotFound({ message: `patient ${patientId} has no procedure` })
            const procedure = yield* corrected(Model.Procedure, file.procedure, correction)
            yield* checkProcedure(procedure)
            yield* put("procedure", file, now, procedure, {
              slot: "procedure",
              existing: file.procedure,
              reason: correction.reason
            })
          })
        )
        return procedureView(file.procedure!)
      })

    const checkVisitOrder = (file: PatientFile, visit: Model.FollowUpVisit, except?: string) =>
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

    const createVisit = (patientId: string, input: Contract.VisitInput) =>
      Effect.gen(function* () {
        yield* requireWriter
        const { result } = yield* writes.write(patientId, (file, now) =>
          Effect.gen(function* () {
            const visit = Model.FollowUpVisit.make({
              ...input,
              id: Model.VisitId.make(newId("visit")),
              patientId: file.patient.id
            })
            yield* checkVisitOrder(file, visit)
            yield* put("visit", file, now, visit, { slot: visit.timepoint })
            return visit
          })
        )
        return visitView(result)
      })

    const correctVisit = (patientId: string, visitId: string, correction: Correction<Contract.VisitInput>) =>
      Effect.gen(function* () {
        yield* requireWriter
        const { result } = yield* writes.write(patientId, (file, now) =>
          Effect.gen(function* () {
            const stored = file.visits.find((v) => v.value.id === visitId)
            if (stored === undefined)
              return yield* new NotFound({ message: `patient ${patientId} has no visit ${visitId}` })
            const visit = yield* corrected(Model.FollowUpVisit, stored, correction)
            yield* checkVisitOrder(file, visit, visitId)
            yield* put("visit", file, now, visit, {
              slot: visit.timepoint,
              existing: stored,
              reason: correction.reason
            })
            return visit
          })
        )
        return visitView(result)
      })

    const createAdverseEvent = (patientId: string, input: Contract.AdverseEventInput) =>
      Effect.gen(function* () {
        yield* requireWriter
        const { result } = yield* writes.write(patientId, (file, now) =>
          Effect.gen(function* () {
            yield* requireProcedure(file, "an adverse event of the procedure")
            const id = newId("adverseEvent")
            const event = yield* decodeRecord(Model.AdverseEvent, {
              ...input,
              id,
              patientId: file.patient.id
            })
            yield* put("adverseEvent", file, now, event, { slot: id })
            return event
          })
        )
        return result
      })

    const correctAdverseEvent = (
      patientId: string,
      eventId: string,
      correction: typeof Contract.AdverseEventCorrection.Type
    ) =>
      Effect.gen(function* () {
        yield* requireWriter
        const { result } = yield* writes.write(patientId, (file, now) =>
          Effect.gen(function* () {
            const stored = file.adverseEvents.find((e) => e.value.id === eventId)
            if (stored === undefined)
              return yield* new NotFound({ message: `patient ${patientId} has no adverse event ${eventId}` })
            const event = yield* corrected(Model.AdverseEvent, stored, correction)
            yield* put("adverseEvent", file, now, event, {
              slot: eventId,
              existing: stored,
              reason: correction.reason
            })
            return event
          })
        )
        return result
      })

    return {
      createScreening,
      correctScreening,
      createBlock,
      correctBlock,
      createProcedure,
      correctProcedure,
      createVisit,
      correctVisit,
      createAdverseEvent,
      correctAdverseEvent
    } as const
  }),
  dependencies: [PatientsRepo.Default, PatientWrites.Default]
}) {}
