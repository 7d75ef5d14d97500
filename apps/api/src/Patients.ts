import {
  Issues,
  type NewPatient,
  type NextPatientIdQuery,
  type PatientCorrection,
  PatientDetail,
  type PatientQuery
} from "@cryoreg/contract"
import { Model, PatientIds } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { Effect, Option, Schema } from "effect"
import { Audit } from "./Audit.js"
import { Centers } from "./Centers.js"
import { CurrentUser, centerScope, requireWriter } from "./CurrentUser.js"
import { DataVersion } from "./DataVersion.js"
import { type EncodedJson, encodeJson } from "./EncodedJson.js"
import {
  AlreadyRecorded,
  Forbidden,
  InvalidRequest,
  NotFound,
  patientIdTaken,
  RuleViolation
} from "./Errors.js"
import { abortOpenOfPatient } from "./LiveProcedures/Abort.js"
import { patientLive } from "./LiveProcedures/PatientView.js"
import { LiveRepo } from "./LiveProcedures/Repo.js"
import { PatientsRepo } from "./Patients/Repo.js"
import { type IfMatch, requireChange, requireVersion } from "./Patients/Versions.js"
import { detailOf, summaryOf } from "./Patients/Views.js"
import { PatientWrites } from "./Patients/Write.js"
import { checkPatient } from "./Records/Calendar.js"
import { Today } from "./Today.js"
import { VersionedCache } from "./VersionedCache.js"

const decodePatient = Schema.decodeUnknownSync(Model.Patient)
const encodePatient = Schema.encodeSync(Model.Patient)
const encodeDetail = encodeJson(PatientDetail)
const cursorOf = (id: string) => Buffer.from(id, "utf8").toString("base64url")
// Only a cursor this list gave: anything else could decode to bytes PostgreSQL refuses in text (NUL).
const idOfCursor = (cursor: string) => {
  const id = Buffer.from(cursor, "base64url").toString("utf8")
  return cursorOf(id) === cursor && Schema.is(Model.PatientId)(id)
    ? Effect.succeed(id)
    : Effect.fail(
        new InvalidRequest({
          message: "invalid query: cursor: not a page of this list; start again from the first page",
          issues: [
            Issues.rule("unknown", ["cursor"], "not a page of this list; start again from the first page", {
              value: cursor
            })
          ]
        })
      )
}

/** Patients: register, read the whole record, list, correct, withdraw, and read the history. */
export class Patients extends Effect.Service<Patients>()("api/Patients", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const repo = yield* PatientsRepo
    const writes = yield* PatientWrites
    const audit = yield* Audit
    const version = yield* DataVersion
    const centers = yield* Centers
    const live = yield* LiveRepo
    const today = yield* Today
    // A patient's whole record as sent, per caller scope, until the next write: rereading a record costs
    // the session check and nothing else.
    const details = new VersionedCache<EncodedJson<PatientDetail>>(10_000)

    const create = (input: NewPatient) =>
      Effect.gen(function* () {
        const user = yield* requireWriter
        const center = centerScope(user)
        // Refused for the id's form alone, before any lookup: an answer must not tell which ids another center has.
        const idCenter = center ?? input.centerId
        if (!PatientIds.belongsTo(idCenter, input.id)) {
          const message =
            center === null
              ? `a patient id of center ${idCenter} begins with "${PatientIds.prefixOf(idCenter)}"`
              : `a ${user.role} of center ${center} registers patient ids beginning with "${PatientIds.prefixOf(center)}" only`
          const prefix = PatientIds.prefixOf(center ?? idCenter)
          return yield* new RuleViolation({
            message,
            issues: [Issues.rule("patientIdPrefix", ["id"], message, { prefix })]
          })
        }
        if (center !== null && center !== input.centerId)
          return yield* new Forbidden({
            message: `a ${user.role} of center ${center} registers patients of that center only`
          })
        const patient = Model.Patient.make(input)
        yield* checkPatient(patient, null, yield* today.date)
        const now = new Date().toISOString()
        yield* sql
          .withTransaction(
            Effect.gen(function* () {
              if (!(yield* centers.exists(patient.centerId)))
                return yield* new InvalidRequest({
                  message: `no center ${patient.centerId}`,
                  issues: [
                    Issues.rule(
                      "unknown",
                      ["centerId"],
                      `no center "${patient.centerId}" takes part in the registry`,
                      {
                        value: patient.centerId
                      }
                    )
                  ]
                })
              const exists = yield* sql<{ id: string }>`SELECT id FROM patients WHERE id = ${patient.id}`
              if (exists.length > 0)
                return yield* new AlreadyRecorded({
                  message: `a patient ${patient.id} is already registered`,
                  record: "patient",
                  issues: [patientIdTaken(patient.id)]
                })
              // Under PostgreSQL's row-level security another center's patient is invisible to the check above:
              // the primary key still refuses the duplicate.
              yield* repo.insertPatient({
                id: patient.id,
                center_id: patient.centerId,
                status: "registered",
                verdict: null,
                data: JSON.stringify(encodePatient(patient)),
                withdrawn_at: null,
                withdrawal_reason: null,
                created_at: now,
                updated_at: now
              })
              yield* audit.append({
                action: "create",
                entity: "patient",
                entityId: patient.id,
                patientId: patient.id,
                centerId: patient.centerId,
                after: encodePatient(patient)
              })
              yield* version.bump
            })
          )
          .pipe(Effect.catchTag("SqlError", Effect.die))
        return detailOf(yield* writes.load(patient.id))
      })

    const get = (id: string) =>
      Effect.gen(function* () {
        const at = yield* version.atRequest
        const key = `${centerScope(yield* CurrentUser) ?? "*"} ${id}`
        const cached = details.get(at, key)
        if (cached !== undefined) return cached
        // `at` was read before the record: the record is at least as new as the version it is kept under.
        const file = yield* writes.load(id)
        const detail = encodeDetail(detailOf(file, yield* patientLive(live, id)))
        details.set(at, key, detail)
        return detail
      })

    const list = (query: PatientQuery) =>
      Effect.gen(function* () {
        const limit = query.limit ?? 50
        const filter = {
          center: query.center,
          status: query.status,
          verdict: query.verdict,
          q: query.q,
          withdrawn: query.withdrawn ?? "exclude"
        } as const
        const rows = yield* repo.listPatients({
          ...filter,
          after: query.cursor === undefined ? null : yield* idOfCursor(query.cursor),
          limit
        })
        const page = rows.slice(0, limit)
        return {
          items: page.map((row) => summaryOf(row, decodePatient(JSON.parse(row.data)))),
          nextCursor: rows.length > limit ? cursorOf(page.at(-1)!.id) : null,
          total: yield* repo.countPatients(filter)
        }
      })

    /** The next free id of the caller's center, or of the center an admin names. */
    const nextId = (query: NextPatientIdQuery) =>
      Effect.gen(function* () {
        const user = yield* requireWriter
        const own = centerScope(user)
        if (own !== null && query.center !== undefined && query.center !== own)
          return yield* new Forbidden({
            message: `a ${user.role} of center ${own} registers patients of that center only`
          })
        const center = own ?? query.center
        if (center === undefined)
          return yield* new RuleViolation({
            message: "choose the center the patient is registered at",
            issues: [Issues.rule("required", ["center"], "choose the center the patient is registered at")]
          })
        if (!(yield* centers.exists(center)))
          return yield* new RuleViolation({
            message: `no center ${center}`,
            issues: [
              Issues.rule("unknown", ["center"], `no center "${center}" takes part in the registry`, {
                value: center
              })
            ]
          })
        return { id: PatientIds.nextFree(center, yield* repo.idsStartingWith(PatientIds.prefixOf(center))) }
      })

    const correct = (id: string, correction: PatientCorrection, ifMatch: IfMatch = null) =>
      Effect.gen(function* () {
        yield* requireWriter
        const { reason, ...changes } = correction
        const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
        const { file } = yield* writes.write(id, (file, now) =>
          Effect.gen(function* () {
            yield* requireVersion(`the patient data of ${id}`, file.row, ifMatch)
            const before = encodePatient(file.patient)
            const patient = Model.Patient.make({ ...file.patient, ...given })
            yield* requireChange("patient", `the patient data of ${id}`, file.row, encodePatient(patient))
            yield* checkPatient(patient, file, yield* today.date)
            const after = encodePatient(patient)
            yield* repo.updatePatient(id, { data: JSON.stringify(after), updated_at: now })
            yield* audit.append({
              action: "correct",
              entity: "patient",
              entityId: id,
              patientId: id,
              centerId: file.row.center_id,
              before,
              after,
              reason
            })
          })
        )
        return detailOf(file, yield* patientLive(live, id))
      })

    const withdraw = (id: string, reason: string) =>
      Effect.gen(function* () {
        yield* requireWriter
        const { file } = yield* writes.write(id, (file, now) =>
          Effect.gen(function* () {
            yield* repo.updatePatient(id, { withdrawn_at: now, withdrawal_reason: reason, updated_at: now })
            // the reason as the clinician wrote it (in their language); the patient's withdrawal says why it ended
            yield* abortOpenOfPatient(live, audit, id, reason, now)
            yield* audit.append({
              action: "withdraw",
              entity: "patient",
              entityId: id,
              patientId: id,
              centerId: file.row.center_id,
              before: { withdrawn: false },
              after: { withdrawn: true },
              reason
            })
          })
        )
        return detailOf(file, yield* patientLive(live, id))
      })

    const history = (id: string) =>
      Effect.gen(function* () {
        const row = yield* repo.findPatient(id)
        if (Option.isNone(row)) return yield* new NotFound({ message: `no patient ${id}` })
        return { items: yield* audit.ofPatient(id) }
      })

    return { create, get, list, nextId, correct, withdraw, history } as const
  }),
  dependencies: [
    PatientsRepo.Default,
    PatientWrites.Default,
    DataVersion.Default,
    Centers.Default,
    LiveRepo.Default
  ]
}) {}
