import { createHash } from "node:crypto"
import {
  AdverseEventInput,
  BlockInput,
  type ImportReport,
  type Issue,
  NewPatient,
  ProcedureInput,
  ScreeningInput,
  VisitInput
} from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { Effect, Either, ParseResult, type Schema } from "effect"
import { Audit } from "../Audit.js"
import { CurrentUser, centerScope } from "../CurrentUser.js"
import { Forbidden } from "../Errors.js"
import { Patients } from "../Patients.js"
import { Records } from "../Records.js"
import type { Errors } from "./RedcapCells.js"
import { type ImportedPatient, type Located, parseRecords, rowKey, type Sources } from "./RedcapParse.js"
import { patientRows, rowCells } from "./RedcapRecords.js"
import { recordColumns } from "./RedcapModel.js"
import { ExportsRepo } from "./Repo.js"

// What refused a write, in the clinic's words, by the error's tag.
const rules: Record<string, string> = {
  InvalidRequest: "form field",
  RuleViolation: "study rule",
  StepOutOfOrder: "order of steps",
  AlreadyRecorded: "already recorded",
  ProcedureExists: "one procedure per patient",
  NotFound: "patient",
  PatientWithdrawn: "withdrawn patient"
}

class Rollback {
  readonly _tag = "Rollback"
}

/** Where an issue's path points: the longest path with a known source, else the record's first row. */
const locate = (sources: Sources, row: number, path: ReadonlyArray<PropertyKey>) => {
  for (let n = path.length; n > 0; n--) {
    const hit = sources.get(path.slice(0, n).map(String).join("."))
    if (hit !== undefined) return hit
  }
  return { row, column: "" }
}

const report = (
  errors: Errors,
  located: Located<unknown>,
  tag: string,
  issues: ReadonlyArray<Issue>,
  message: string
) => {
  const list = issues.length === 0 ? [{ path: [] as ReadonlyArray<PropertyKey>, message }] : issues
  for (const issue of list) {
    const at = locate(located.sources, located.row, issue.path)
    errors.add(at.row, at.column, rules[tag] ?? tag, issue.message)
  }
}

const decode = <A, I>(
  schema: Schema.Schema<A, I, never>,
  located: Located<unknown>,
  errors: Errors
): A | null => {
  const result = ParseResult.decodeUnknownEither(schema, { errors: "all", onExcessProperty: "error" })(
    located.input
  )
  if (Either.isRight(result)) return result.right
  const issues = ParseResult.ArrayFormatter.formatIssueSync(result.left).map((i) => ({
    path: i.path.map((p) => (typeof p === "number" ? p : String(p))),
    message: i.message
  }))
  report(errors, located, "InvalidRequest", issues, "the record does not fit its form")
  return null
}

const same = (stored: string, sent: string) =>
  stored === sent.trim() || (stored !== "" && sent.trim() !== "" && Number(stored) === Number(sent))

/**
 * `POST /api/import/redcap`: a REDCap records file into the caller's center, through the same services (and so the
 * same Schemas and rules) as the forms, all in one transaction: any error, or a dry run, stores nothing.
 * A patient already stored with the same records is left as it is; with other records it is an error.
 */
export const makeRedcapImport = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const patients = yield* Patients
  const records = yield* Records
  const audit = yield* Audit
  const repo = yield* ExportsRepo
  return (bytes: Uint8Array, file: string, dryRun: boolean) =>
    Effect.gen(function* () {
      const user = yield* CurrentUser
      const center = centerScope(user)
      if (center === null)
        return yield* new Forbidden({
          message: "an import goes into the importer's own center: sign in as its coordinator or clinician"
        })
      const sha256 = createHash("sha256").update(bytes).digest("hex")
      const { patients: imported, errors } = parseRecords(new TextDecoder().decode(bytes), file)
      const stored = { patients: 0, records: 0 }
      let unchanged = 0

      const attempt = <A, E extends { _tag: string; message: string }, R>(
        located: Located<unknown>,
        write: Effect.Effect<A, E, R>
      ) =>
        Effect.map(Effect.either(write), (result) => {
          if (Either.isRight(result)) {
            stored.records++
            return true
          }
          const e = result.left as E & { issues?: ReadonlyArray<Issue> }
          report(errors, located, e._tag, e.issues ?? [], e.message)
          return false
        })

      const compare = (p: ImportedPatient, existing: ReturnType<typeof patientRows>) => {
        const before = errors.list.length
        const storedRows = new Map(
          existing.map((r) => [
            rowKey({
              redcap_event_name: r.event,
              redcap_repeat_instrument: r.instrument,
              redcap_repeat_instance: r.instance === null ? "" : String(r.instance)
            }),
            r
          ])
        )
        const keys = new Set([...storedRows.keys(), ...p.rows.keys()])
        for (const key of keys) {
          const sent = p.rows.get(key)
          const row = storedRows.get(key)
          const cells = row === undefined ? null : rowCells(p.id, row, false)
          const columns = recordColumns.filter(
            (c, i) => c !== "center_id" && !same(cells?.[i] ?? "", sent?.[c] ?? "")
          )
          if (columns.length > 0) {
            const at = sent === undefined ? p.row : Number((sent as Record<string, string>).__row)
            errors.add(
              at,
              columns[0]!,
              "already in the registry",
              `patient ${p.id} is already in the registry with other values (${columns.join(", ")}${sent === undefined ? `; the file has no row ${key}` : ""}): the import adds new patients; correct a stored patient in the registry`
            )
          }
        }
        return errors.list.length === before
      }

      const one = (p: ImportedPatient) =>
        Effect.gen(function* () {
          if (p.patient === null) return
          const [existing] = yield* repo.byIds([p.id])
          if (existing !== undefined) {
            if (compare(p, patientRows(existing))) unchanged++
            return
          }
          const input = decode(
            NewPatient,
            { ...p.patient, input: { ...p.patient.input, centerId: center } },
            errors
          )
          if (input === null || !(yield* attempt(p.patient, patients.create(input)))) return
          stored.patients++
          stored.records--
          const id = p.id as Model.PatientId
          const write = <A, I, R>(
            schema: Schema.Schema<A, I, never>,
            located: Located<unknown> | null,
            store: (a: A) => Effect.Effect<unknown, { _tag: string; message: string }, R>
          ) =>
            Effect.gen(function* () {
              if (located === null) return
              const value = decode(schema, located, errors)
              if (value !== null) yield* attempt(located, store(value))
            })
          yield* write(ScreeningInput, p.screening, (s) => records.createScreening(id, s))
          for (const b of p.blocks) yield* write(BlockInput, b, (v) => records.createBlock(id, v))
          const [baseline, later] = [
            p.visits.filter((v) => v.input.timepoint === "baseline"),
            p.visits.filter((v) => v.input.timepoint !== "baseline")
          ]
          for (const v of baseline) yield* write(VisitInput, v, (x) => records.createVisit(id, x))
          yield* write(ProcedureInput, p.procedure, (x) => records.createProcedure(id, x))
          for (const v of later) yield* write(VisitInput, v, (x) => records.createVisit(id, x))
          for (const e of p.adverseEvents)
            yield* write(AdverseEventInput, e, (x) => records.createAdverseEvent(id, x))
        })

      const run = Effect.gen(function* () {
        for (const p of imported) yield* one(p)
        if (stored.patients > 0)
          yield* audit.append({
            action: "create",
            entity: "import",
            entityId: sha256,
            centerId: center,
            after: { file, format: "redcap", sha256, ...stored }
          })
        if (dryRun || errors.list.length > 0) return yield* Effect.fail(new Rollback())
      })
      yield* sql.withTransaction(run).pipe(
        Effect.catchTag("Rollback", () => Effect.void),
        Effect.catchTag("SqlError", Effect.die)
      )
      const answer: ImportReport = {
        dryRun,
        file,
        sha256,
        patients: imported.length,
        stored: errors.list.length > 0 || dryRun ? { patients: 0, records: 0 } : stored,
        unchanged,
        errors: errors.list
      }
      return { answer, wouldStore: stored }
    })
})
