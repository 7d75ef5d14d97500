import { randomBytes } from "node:crypto"
import {
  type ImportCounts,
  type ImportProblem,
  type ImportReport,
  type IssueParams,
  Issues
} from "@cryoreg/contract"
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import { AuditRepo } from "./Audit/Repo.js"
import { Centers } from "./Centers.js"
import { ClientAddress, CurrentUser, centerScope, requireWriter } from "./CurrentUser.js"
import { DataVersion } from "./DataVersion.js"
import { Forbidden, RuleViolation } from "./Errors.js"
import { checkPatientOf, type PatientPlan } from "./Imports/Check.js"
import { problemAt, rules } from "./Imports/Problems.js"
import { ImportsRepo } from "./Imports/Repo.js"
import { fileHash, type ImportSource } from "./Imports/Source.js"
import { writeImport } from "./Imports/Write.js"
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

    /** Checks `source` and, unless a dry run or a problem stops it, stores it: the report says which. */
    const run = (source: ImportSource, options: ImportOptions) =>
      Effect.gen(function* () {
        const centerId = yield* centerOf(options.center)
        const hash = fileHash(source.files)
        const earlier = yield* repo.earlier(hash, centerId)
        const context = { centerId, today: yield* today.date, now: new Date().toISOString() }
        const problems: Array<ImportProblem> = [...source.problems]
        const cellKey = (p: ImportProblem) => `${p.file}\n${p.row}\n${p.column}`
        const refused = new Set(source.problems.map(cellKey))
        const idOf = (input: unknown) => {
          const id = (input as { id?: unknown } | null)?.id
          return typeof id === "string" ? id : null
        }
        const ids = source.patients.map((p) => idOf(p.patient.input)).filter((id) => id !== null)
        const stored = yield* repo.filesOf([...new Set(ids)])
        const counts = emptyCounts()
        const plans: Array<PatientPlan> = []
        const seen = new Set<string>()
        for (const [i, parsed] of source.patients.entries()) {
          // a large file is checked in steps, so the server answers other requests meanwhile
          if (i % checkStep === checkStep - 1) yield* turn
          const id = idOf(parsed.patient.input)
          if (id !== null && seen.has(id)) {
            problems.push(
              problemAt(parsed.patient.at(["id"]), rules.once, `patient ${id} is in the file twice`)
            )
            continue
          }
          if (id !== null) seen.add(id)
          const checked = checkPatientOf(
            parsed,
            id === null ? null : (stored.get(id) ?? null),
            context,
            counts
          )
          // a cell the parser refused is not refused again as missing
          problems.push(...checked.problems.filter((p) => !refused.has(cellKey(p))))
          if (checked.plan !== null) plans.push(checked.plan)
        }
        const changed = plans.filter((p) => p.isNew || p.records.length > 0)
        const report = (importId: string | null): ImportReport => ({
          importId,
          format: source.format,
          dryRun: options.dryRun,
          stored: importId !== null,
          centerId,
          fileHash: hash,
          earlier: earlier === null ? null : { id: earlier.id, at: earlier.at, username: earlier.username },
          counts,
          patientIds: changed.map((p) => p.file.patient.id),
          problems
        })
        if (problems.length > 0 || options.dryRun || changed.length === 0) return report(null)
        const importId = `imp-${randomBytes(8).toString("hex")}`
        yield* writeImport(
          { sql, repo, patients, audit, version },
          {
            importId,
            hash,
            format: source.format,
            centerId,
            now: context.now,
            plans: changed,
            counts,
            user: yield* CurrentUser,
            address: yield* Effect.serviceOption(ClientAddress)
          }
        )
        return report(importId)
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
