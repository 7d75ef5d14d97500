import { randomBytes } from "node:crypto"
import { Effect, type Schema } from "effect"
import { Audit } from "../Audit.js"
import { StepOutOfOrder } from "../Errors.js"
import type { RecordKind } from "../Patients/Decode.js"
import { encode, type RecordOf, schemaOf } from "../Patients/Decode.js"
import type { PatientFile, Stored } from "../Patients/File.js"
import { PatientsRepo, retracted } from "../Patients/Repo.js"
import { type CorrectedRecord, requireChange } from "../Patients/Versions.js"
import { PatientWrites } from "../Patients/Write.js"
import { Today } from "../Today.js"
import { decodeRecord } from "./Rules.js"

const prefix: Record<RecordKind, string> = {
  screening: "scr",
  block: "blk",
  procedure: "prc",
  visit: "vis",
  adverseEvent: "ae"
}
const entityOf = {
  screening: "screening",
  block: "diagnosticBlock",
  procedure: "procedure",
  visit: "visit",
  adverseEvent: "adverseEvent"
} as const satisfies Record<RecordKind, CorrectedRecord>

/** A new record id: the kind's prefix and 64 random bits. */
export const newId = (kind: RecordKind) => `${prefix[kind]}-${randomBytes(8).toString("hex")}`

/** A correction's body: any of the record's fields and the required reason. */
export type Correction<T> = { readonly [K in keyof T]?: T[K] | undefined } & { readonly reason: string }

/**
 * The stored record merged with a correction, decoded again with the domain Schema; refused (`unchanged`,
 * `requireChange`) when it leaves every value as stored.
 */
export const corrected = <K extends RecordKind>(
  kind: K,
  stored: Stored<unknown>,
  correction: object,
  what: string
) =>
  Effect.gen(function* () {
    const { reason: _, ...changes } = correction as Record<string, unknown>
    const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
    // The record Schemas have no transformations: a decoded field is its own encoding.
    const schema = schemaOf[kind] as unknown as Schema.Schema<RecordOf<K>, unknown, never>
    const value = yield* decodeRecord(schema, { ...JSON.parse(stored.row.data), ...given })
    yield* requireChange(entityOf[kind], what, stored.row, JSON.parse(encode(kind, value)))
    return value
  })

/** Fails unless the patient has a screening. */
export const requireScreening = (file: PatientFile, what: string) =>
  file.screening === null
    ? Effect.fail(
        new StepOutOfOrder({
          message: `record the screening of ${file.patient.id} before ${what}`,
          missing: "screening"
        })
      )
    : Effect.void

/** Fails unless the patient has a procedure. */
export const requireProcedure = (file: PatientFile, what: string) =>
  file.procedure === null
    ? Effect.fail(
        new StepOutOfOrder({
          message: `patient ${file.patient.id} has no procedure yet: ${what} comes after it`,
          missing: "procedure"
        })
      )
    : Effect.void

/** Stores clinical records with their audit rows, inside a write's transaction (`PatientWrites.write`). */
export class RecordStore extends Effect.Service<RecordStore>()("api/RecordStore", {
  effect: Effect.gen(function* () {
    const repo = yield* PatientsRepo
    const audit = yield* Audit
    const writes = yield* PatientWrites
    const today = yield* Today

    /** Stores a new record, or a corrected one (`existing`) with the values before and after and the reason. */
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
        /** A declared system write: the staff member it acts for, named in the audit row. */
        readonly onBehalfOf?: string
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
          yield* audit.append({
            ...base,
            action: "create",
            after: JSON.parse(data),
            onBehalfOf: options.onBehalfOf ?? null
          })
        }
      })

    /**
     * Retracts a record entered in error: its row stays (state "retracted", its slot freed for a new
     * record) and leaves every read; the history keeps the values it had and the reason.
     */
    const retract = (
      kind: RecordKind,
      file: PatientFile,
      now: string,
      stored: Stored<{ readonly id: string }>,
      reason: string
    ) =>
      Effect.gen(function* () {
        const id = stored.value.id
        yield* repo.updateRecord(id, { state: retracted, slot: `${retracted}:${id}`, updated_at: now })
        yield* audit.append({
          entity: entityOf[kind],
          entityId: id,
          patientId: file.patient.id,
          centerId: file.row.center_id,
          action: "retract",
          before: JSON.parse(stored.row.data),
          after: null,
          reason
        })
      })

    return { put, retract, write: writes.write, today: today.date } as const
  }),
  dependencies: [PatientsRepo.Default, PatientWrites.Default]
}) {}
