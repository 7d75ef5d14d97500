import { randomBytes } from "node:crypto"
import {
  type ImportCounts,
  type ImportProblem,
  type ImportReport,
  type IssueParams,
  Issues
} from "@cryoreg/contract"
import { SqlClient } from "@effect/sql"
import { Data, Effect } from "effect"
import { AuditRepo } from "./Audit/Repo.js"
import { Centers } from "./Centers.js"
import { ClientAddress, CurrentUser, centerScope, requireWriter } from "./CurrentUser.js"
import { DataVersion } from "./DataVersion.js"
import { Forbidden, RuleViolation } from "./Errors.js"
import { checkPatientOf, type PatientPlan } from "./Imports/Check.js"
import { problemAt, rules } from "./Imports/Problems.js"
import { ImportsRepo } from "./Imports/Repo.js"
import { fileHash, type ImportSource, type ParsedPatient } from "./Imports/Source.js"
import { importWriter } from "./Imports/Write.js"
import { PatientsRepo } from "./Patients/Repo.js"
import { Today } from "./Today.js"

/** How an import runs: a dry run stores nothing; an admin names the center it imports into. */
export interface ImportOptions {
  readonly dryRun: boolean
  readonly center?: string | undefined
}

// Patients checked between two turns of the event loop (≈ 0.1–0.2 s of checks): `setImmediate` lets the
// server's pending I/O (other requests) run, without the millisecond a `setTimeout` would add each time.
const checkStep = 200
// Patients read, checked and written together: what an import holds at a time (their inputs, the stored
// files of those already in the registry, the records to write), whatever the file's size.
const batchSize = 500
/** The end of a real run that stores nothing (a problem, or nothing new): its transaction is rolled back. */
class NothingStored extends Data.TaggedError("NothingStored") {}
const turn = Effect.async<void>((resume) => {
  const pending = setImmediate(() => resume(Effect.void))
  return Effect.sync(() => clearImmediate(pending))
})

const emptyCounts = (): { -readonly [K in keyof ImportCounts]: { added: number; unchanged: number } } => ({
  patients: { added: 0, unchanged: 0 },
  screenings: { added: 0, unchanged: 0 },
  blocks: { added: 0, unchanged: 0 },
  procedures: { added: 0, unchanged: 0 },
  visits: { added: 0, unchanged: 0 },
  adverseEvents: { added: 0, unchanged: 0 }
})

/**
 * The one import pipeline of the tidy CSV, REDCap and FHIR imports: every parsed patient and record
 * through the contract's Schemas and the forms' rules, into the caller's center only; a dry run reports
 * and stores nothing; a real run stores all or nothing in one transaction, each record audited with the
 * import's id and file hash; what is stored already with the same values is counted, not added again.
 */
export class Imports extends Effect.Service<Imports>()("api/Imports", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const repo = yield* ImportsRepo
    const patients = yield* PatientsRepo
    const audit = yield* AuditRepo
    const centers = yield* Centers
    const version = yield* DataVersion
    const today = yield* Today

    const centerOf = (requested: string | undefined) =>
      Effect.gen(function* () {
        const user = yield* requireWriter
        const own = centerScope(user)
        if (own !== null && requested !== undefined && requested !== own)
          return yield* new Forbidden({
            message: `a ${user.role} of center ${own} imports patients of that center only`
          })
        const center = own ?? requested
        const issue = (message: string, code: "required" | "unknown", params: IssueParams = {}) =>
          new RuleViolation({ message, issues: [Issues.rule(code, ["center"], message, params)] })
        if (center === undefined)
          return yield* issue("choose the center the patients are imported into", "required")
        if (!(yield* centers.exists(center)))
          return yield* issue(`no center "${center}" takes part in the registry`, "unknown", {
            value: center
          })
        return center
      })

    /**
     * Checks `source` and, unless a dry run or a problem stops it, stores it: the report says which. The
     * patients are read, checked and (in a real run) written a batch at a time inside one transaction, so
     * what is held is a batch, not the file; a problem anywhere stops the writing, the checks go on to the
     * end to report every problem, and the transaction is rolled back.
     */
    const run = (source: ImportSource, options: ImportOptions) =>
      Effect.gen(function* () {
        const centerId = yield* centerOf(options.center)
        const hash = fileHash(source.files)
        const earlier = yield* repo.earlier(hash, centerId)
        const context = { centerId, today: yield* today.date, now: new Date().toISOString() }
        // the checks' problems; the parser's are in source.problems, before these in the report
        const found: Array<ImportProblem> = []
        const cellKey = (p: ImportProblem) => `${p.file}\n${p.row}\n${p.column}`
        // a cell the parser refused is not refused again as missing
        const refused = new Set<string>()
        let parserProblems = 0
        const idOf = (input: unknown) => {
          const id = (input as { id?: unknown } | null)?.id
          return typeof id === "string" ? id : null
        }
        const counts = emptyCounts()
        const changed: Array<string> = []
        const seen = new Set<string>()
        let checked = 0
        const anyProblem = () => source.problems.length + found.length > 0

        // Checks a batch of patients against what is stored of them: the plans of those that change something.
        const checkBatch = (batch: ReadonlyArray<ParsedPatient>) =>
          Effect.gen(function* () {
            for (; parserProblems < source.problems.length; parserProblems++)
              refused.add(cellKey(source.problems[parserProblems]!))
            const ids = new Set<string>()
            for (const parsed of batch) {
              const id = idOf(parsed.patient.input)
              if (id !== null) ids.add(id)
            }
            const stored = yield* repo.filesOf([...ids])
            const plans: Array<PatientPlan> = []
            for (const parsed of batch) {
              // a large file is checked in steps, so the server answers other requests meanwhile
              if (checked++ % checkStep === checkStep - 1) yield* turn
              const id = idOf(parsed.patient.input)
              if (id !== null && seen.has(id)) {
                found.push(
                  problemAt(
                    parsed.patient.at(["id"]),
                    rules.once,
                    `patient ${id} is in the file twice`,
                    "twiceInFile",
                    { record: "patient", patient: id }
                  )
                )
                continue
              }
              if (id !== null) seen.add(id)
              const result = checkPatientOf(
                parsed,
                id === null ? null : (stored.get(id) ?? null),
                context,
                counts
              )
              for (const p of result.problems) if (!refused.has(cellKey(p))) found.push(p)
              const plan = result.plan
              if (plan !== null && (plan.isNew || plan.records.length > 0)) {
                plans.push(plan)
                changed.push(plan.file.patient.id)
              }
            }
            return plans
          })
        // Reads the patients a batch at a time, each batch checked and handed to `use`.
        const eachBatch = <E, R>(use: (plans: ReadonlyArray<PatientPlan>) => Effect.Effect<void, E, R>) =>
          Effect.gen(function* () {
            let batch: Array<ParsedPatient> = []
            for (const parsed of source.patients) {
              batch.push(parsed)
              if (batch.length === batchSize) {
                yield* use(yield* checkBatch(batch))
                batch = []
              }
            }
            yield* use(yield* checkBatch(batch))
          })

        const report = (importId: string | null): ImportReport => ({
          importId,
          format: source.format,
          dryRun: options.dryRun,
          stored: importId !== null,
          centerId,
          fileHash: hash,
          earlier: earlier === null ? null : { id: earlier.id, at: earlier.at, username: earlier.username },
          counts,
          patientIds: changed,
          problems: [...source.problems, ...found]
        })
        if (options.dryRun) {
          yield* eachBatch(() => Effect.void)
          return report(null)
        }
        const importId = `imp-${randomBytes(8).toString("hex")}`
        const writer = importWriter(
          { sql, repo, patients, audit, version },
          {
            importId,
            hash,
            format: source.format,
            centerId,
            now: context.now,
            user: yield* CurrentUser,
            address: yield* Effect.serviceOption(ClientAddress)
          }
        )
        const stored = yield* writer
          .run(
            Effect.gen(function* () {
              // after a problem the batches are only checked; the end rolls back what was written
              yield* eachBatch((plans) => (anyProblem() ? Effect.void : writer.store(plans)))
              if (anyProblem() || changed.length === 0) return yield* new NothingStored()
              yield* writer.finish(counts)
            })
          )
          .pipe(
            Effect.as(true),
            Effect.catchTag("NothingStored", () => Effect.succeed(false))
          )
        return report(stored ? importId : null)
      })

    return { run } as const
  }),
  dependencies: [
    ImportsRepo.Default,
    PatientsRepo.Default,
    AuditRepo.Default,
    Centers.Default,
    DataVersion.Default
  ]
}) {}
