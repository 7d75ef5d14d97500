import { createHash } from "node:crypto"
import {
  AdverseEventInput,
  BlockInput,
  type Issue,
  NewPatient,
  ProcedureInput,
  ScreeningInput,
  VisitInput
} from "@cryoreg/contract"
import { SqlClient } from "@effect/sql"
import { Data, Effect, Either, Option, ParseResult, type Schema } from "effect"
import { loadPatients } from "../Analysis/Load.js"
import { Audit } from "../Audit.js"
import { CurrentUser, centerScope, requireWriter } from "../CurrentUser.js"
import { PatientsRepo } from "../Patients/Repo.js"
import { Patients } from "../Patients.js"
import { Records } from "../Records.js"
import { type ParsedPatient, type ReadProblem, readBundle } from "./Read.js"
import type { Locate, Sourced } from "./ReadRecords.js"
import { resourcesOf } from "./Resources.js"

// Until the shared import core (apps/api/src/Imports, branch `imports`) is merged, a FHIR Bundle is stored
// here through the services the forms use, with the core's semantics: every problem reported, all or
// nothing, a dry run, idempotence, every stored record audited with the file's hash.

/** What an import did, or would do (`dryRun`). */
export interface FhirImportReport {
  readonly dryRun: boolean
  readonly stored: boolean
  readonly fileHash: string
  readonly added: { readonly patients: number; readonly records: number }
  readonly unchanged: number
  readonly problems: ReadonlyArray<ReadProblem>
}

const rules = {
  format: "value allowed in this field",
  study: "study rule",
  order: "order of the study's steps",
  once: "one record of this kind per patient",
  center: "patients of the importing center only",
  stored: "a stored patient is corrected in the registry, not overwritten by an import",
  withdrawn: "a withdrawn patient's record is read-only"
} as const
const ruleOfTag: Record<string, string> = {
  InvalidRequest: rules.format,
  RuleViolation: rules.study,
  StepOutOfOrder: rules.order,
  AlreadyRecorded: rules.once,
  ProcedureExists: rules.once,
  PatientWithdrawn: rules.withdrawn,
  Forbidden: rules.center
}

const problemsOf = (
  error: { readonly _tag: string; readonly message: string; readonly issues?: ReadonlyArray<Issue> },
  at: Locate
): Array<ReadProblem> => {
  const rule = ruleOfTag[error._tag] ?? rules.study
  const issues = error.issues ?? []
  return (issues.length === 0 ? [{ path: [], message: error.message }] : issues).map((i) => ({
    ...at(i.path),
    rule,
    message: i.message
  }))
}

const decoded = <A, I>(
  schema: Schema.Schema<A, I, never>,
  sourced: Sourced,
  problems: Array<ReadProblem>
) => {
  const result = ParseResult.decodeUnknownEither(schema, { errors: "all", onExcessProperty: "error" })(
    sourced.input
  )
  if (Either.isRight(result)) return result.right
  const seen = new Set<string>()
  for (const i of ParseResult.ArrayFormatter.formatIssueSync(result.left)) {
    const key = JSON.stringify(i.path)
    if (seen.has(key)) continue
    seen.add(key)
    problems.push({
      ...sourced.at(i.path as ReadonlyArray<string | number>),
      rule: rules.format,
      message: i.message
    })
  }
  return null
}

/** A patient's records decoded with the contract's Schemas, or null when one does not decode. */
const decodePatient = (p: ParsedPatient, problems: Array<ReadProblem>) => {
  const before = problems.length
  const value = {
    patient: decoded(NewPatient, p.patient, problems),
    screening: p.screening === undefined ? null : decoded(ScreeningInput, p.screening, problems),
    blocks: (p.blocks ?? []).map((b) => decoded(BlockInput, b, problems)),
    procedure: p.procedure === undefined ? null : decoded(ProcedureInput, p.procedure, problems),
    visits: (p.visits ?? []).map((v) => decoded(VisitInput, v, problems)),
    adverseEvents: (p.adverseEvents ?? []).map((e) => decoded(AdverseEventInput, e, problems))
  }
  return problems.length === before ? value : null
}
type Decoded = NonNullable<ReturnType<typeof decodePatient>>

class RolledBack extends Data.TaggedError("RolledBack")<{ readonly report: FhirImportReport }> {}

type Failed = { readonly _tag: string; readonly message: string; readonly issues?: ReadonlyArray<Issue> }

/** Makes the import of a FHIR Bundle's bytes into the caller's center: all or nothing, every problem reported. */
export const makeImporter = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const repo = yield* PatientsRepo
  const patients = yield* Patients
  const records = yield* Records
  const audit = yield* Audit
  return (bytes: Uint8Array, options: { readonly dryRun: boolean; readonly file?: string }) =>
    Effect.gen(function* () {
      const user = yield* requireWriter
      const file = options.file ?? "bundle.json"
      const fileHash = createHash("sha256").update(bytes).digest("hex")
      const problems: Array<ReadProblem> = []
      let json: unknown = null
      try {
        json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes))
      } catch (error) {
        problems.push({
          file,
          row: null,
          column: null,
          rule: "layout of the file",
          message: `the file is not JSON in UTF-8: ${String(error)}`
        })
      }
      const read = json === null ? { patients: [], problems: [] } : readBundle(file, json)
      problems.push(...read.problems)
      const own = centerScope(user)
      const plans: Array<{ parsed: ParsedPatient; value: Decoded }> = []
      for (const parsed of read.patients) {
        const value = decodePatient(parsed, problems)
        if (value === null) continue
        if (own !== null && value.patient!.centerId !== own) {
          problems.push({
            ...parsed.patient.at(["centerId"]),
            rule: rules.center,
            message: `patient ${value.patient!.id} is of center ${value.patient!.centerId}; a ${user.role} of ${own} imports patients of ${own} only`
          })
          continue
        }
        plans.push({ parsed, value })
      }
      const report = (
        stored: boolean,
        added: FhirImportReport["added"],
        unchanged: number
      ): FhirImportReport => ({
        dryRun: options.dryRun,
        stored,
        fileHash,
        added,
        unchanged,
        problems
      })
      if (problems.length > 0) return report(false, { patients: 0, records: 0 }, 0)

      const stored = { patients: 0, records: 0 }
      let unchanged = 0
      const attempt =
        (at: Locate) =>
        <A, E extends Failed, R>(effect: Effect.Effect<A, E, R>) =>
          Effect.catchAll(Effect.asSome(effect), (error) => {
            problems.push(...problemsOf(error, at))
            return Effect.succeedNone
          })
      const imported = (kind: string, id: string, patientId: string, entry: number | null) =>
        audit.append({
          action: "create",
          entity: "fhirImport",
          entityId: `${kind}/${id}`,
          patientId,
          centerId: own,
          after: { format: "fhir", fileHash, entry }
        })
      const storeOne = ({ parsed, value }: { parsed: ParsedPatient; value: Decoded }) =>
        Effect.gen(function* () {
          const id = value.patient!.id
          const existing = yield* repo.findPatient(id)
          if (Option.isSome(existing)) {
            // the same patient with the same records is left as it is; any difference is refused
            const [loaded] = loadPatients([existing.value], yield* repo.recordsOf(id))
            const again = readBundle(file, {
              resourceType: "Bundle",
              type: "collection",
              entry: resourcesOf(loaded!, { pseudonymize: null }).map((resource) => ({ resource }))
            })
            const storedValue = again.patients[0] === undefined ? null : decodePatient(again.patients[0], [])
            if (JSON.stringify(storedValue) === JSON.stringify(value)) unchanged++
            else
              problems.push({
                ...parsed.patient.at(["id"]),
                rule: rules.stored,
                message: `patient ${id} is stored already with other records; correct them in the registry`
              })
            return
          }
          const created = yield* attempt(parsed.patient.at)(patients.create(value.patient!))
          if (Option.isNone(created)) return
          stored.patients++
          yield* imported("patient", id, id, parsed.patient.at([]).row)
          const put = <A, E extends Failed, R>(
            sourced: Sourced | undefined,
            kind: string,
            write: Effect.Effect<A, E, R>,
            idOf: (a: A) => string
          ) =>
            Effect.gen(function* () {
              const done = yield* attempt(sourced!.at)(write)
              if (Option.isSome(done)) {
                stored.records++
                yield* imported(kind, idOf(done.value), id, sourced!.at([]).row)
              }
            })
          if (value.screening !== null)
            yield* put(
              parsed.screening,
              "screening",
              records.createScreening(id, value.screening),
              (v) => v.screening.id
            )
          for (const [i, b] of value.blocks.entries())
            yield* put(parsed.blocks![i], "block", records.createBlock(id, b!), (v) => v.block.id)
          if (value.procedure !== null)
            yield* put(
              parsed.procedure,
              "procedure",
              records.createProcedure(id, value.procedure),
              (v) => v.procedure.id
            )
          for (const [i, v] of value.visits.entries())
            yield* put(parsed.visits![i], "visit", records.createVisit(id, v!), (x) => x.visit.id)
          for (const [i, e] of value.adverseEvents.entries())
            yield* put(
              parsed.adverseEvents![i],
              "adverseEvent",
              records.createAdverseEvent(id, e!),
              (x) => x.id
            )
        })
      return yield* sql
        .withTransaction(
          Effect.gen(function* () {
            for (const plan of plans) yield* storeOne(plan)
            const answer = report(problems.length === 0 && !options.dryRun, stored, unchanged)
            // all or nothing: a problem anywhere, or a dry run, stores nothing
            if (!answer.stored) return yield* new RolledBack({ report: answer })
            return answer
          })
        )
        .pipe(
          Effect.catchTag("RolledBack", (r) => Effect.succeed(r.report)),
          Effect.catchTag("SqlError", Effect.die),
          Effect.provideService(CurrentUser, user)
        )
    })
})
