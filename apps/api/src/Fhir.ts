import { randomBytes } from "node:crypto"
import { rmSync } from "node:fs"
import { join } from "node:path"
import { Access, Issues, Role } from "@cryoreg/contract"
import { SqlClient } from "@effect/sql"
import { Effect, Option, Schema } from "effect"
import { pseudonym } from "./Analysis/Export.js"
import { loadPatients } from "./Analysis/Load.js"
import { exportDir } from "./AppConfig.js"
import { CurrentUser, centerScope } from "./CurrentUser.js"
import { Forbidden, InvalidRequest, NotFound } from "./Errors.js"
import { writeExport } from "./Fhir/Bulk.js"
import { odiQuestionnaireResource } from "./Fhir/Clinical.js"
import { ExportJobs, type JobRow } from "./Fhir/Jobs.js"
import { type Naming, type Resource, resourcesOf } from "./Fhir/Resources.js"
import { PatientsRepo } from "./Patients/Repo.js"
import { RegistryMeta } from "./RegistryMeta.js"

/** The manifest of a completed bulk export (Bulk Data Access IG, "Response - Complete Status"). */
export interface Manifest {
  readonly transactionTime: string
  readonly request: string
  readonly requiresAccessToken: true
  readonly output: ReadonlyArray<{ readonly type: string; readonly url: string; readonly count: number }>
  readonly error: ReadonlyArray<{ readonly type: string; readonly url: string }>
}

/** Where a job stands when its status is polled. */
export type JobStatus =
  | { readonly _tag: "InProgress"; readonly progress: string }
  | { readonly _tag: "Complete"; readonly manifest: Manifest }
  | { readonly _tag: "Failed"; readonly message: string }

const resourceTypes = new Set([
  "Patient",
  "Observation",
  "Procedure",
  "Device",
  "Encounter",
  "QuestionnaireResponse",
  "Questionnaire",
  "AdverseEvent",
  "MedicationStatement"
])

/**
 * FHIR R4 exports of the caller's scope: a patient's `$everything` Bundle, and bulk export jobs whose
 * NDJSON files only their owner polls, downloads or cancels. A center-bound user exports their center;
 * the statistician every center under the exports' pseudonyms (no operator names); the admin everything.
 */
export class Fhir extends Effect.Service<Fhir>()("api/Fhir", {
  effect: Effect.gen(function* () {
    const repo = yield* PatientsRepo
    const jobs = yield* ExportJobs
    const meta = yield* RegistryMeta
    const sql = yield* SqlClient.SqlClient
    const root = yield* exportDir
    // Read when needed, not while the layers are built: the Analysis service sets it at that time.
    const namingFor = (role: string) =>
      Schema.is(Role)(role) && Access.seesPseudonyms(role)
        ? Effect.map(
            meta.getOrSet("pseudonym_secret", () => randomBytes(32).toString("hex")),
            (secret): Naming => ({ pseudonymize: (id: string) => pseudonym(secret, id) })
          )
        : Effect.succeed<Naming>({ pseudonymize: null })
    const namingOf = Effect.flatMap(CurrentUser, (user) => namingFor(user.role))

    /** The patient's resources as a `collection` Bundle, the ODI Questionnaire included. */
    const everything = (id: string, base: string) =>
      Effect.gen(function* () {
        const row = yield* repo.findPatient(id)
        if (Option.isNone(row)) return yield* new NotFound({ message: `no patient ${id}` })
        const records = yield* repo.recordsOf(id)
        const [loaded] = loadPatients([row.value], records)
        const resources: Array<Resource> = [
          ...resourcesOf(loaded!, yield* namingOf),
          odiQuestionnaireResource
        ]
        return {
          resourceType: "Bundle",
          type: "collection",
          timestamp: new Date().toISOString(),
          entry: resources.map((resource) => ({
            fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
            resource
          }))
        }
      })

    /** Starts a bulk export of `group` (a center) or of the caller's whole scope; answers the job's id. */
    const kickoff = (group: string | null, request: string, types: ReadonlySet<string> | null) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        for (const t of types ?? [])
          if (!resourceTypes.has(t))
            return yield* new InvalidRequest({
              message: `_type: ${t} is not exported; the types are ${[...resourceTypes].join(", ")}`,
              issues: [
                Issues.rule("oneOf", ["_type"], `${t} is not an exported resource type`, {
                  allowed: [...resourceTypes]
                })
              ]
            })
        const own = centerScope(user)
        if (group !== null && own !== null && group !== own)
          return yield* new Forbidden({
            message: `you may export your own center (${own}) only, not ${group}`
          })
        if (group !== null) {
          const known = yield* sql<{ id: string }>`SELECT id FROM centers WHERE id = ${group}`.pipe(
            Effect.orDie
          )
          if (known.length === 0) return yield* new NotFound({ message: `no center ${group}` })
        }
        const id = `exp-${randomBytes(12).toString("hex")}`
        const scope = group ?? own ?? "*"
        yield* jobs.insert({
          id,
          user_id: user.id,
          scope,
          request,
          status: "in-progress",
          progress: "queued",
          transaction_time: new Date().toISOString(),
          output: null,
          error: null,
          dir: join(root, id)
        })
        return id
      })

    /** Runs a started job to its end (started by the route once the kickoff's transaction is committed). */
    const run = (id: string, types: ReadonlySet<string> | null) =>
      Effect.gen(function* () {
        const [job] = yield* sql<JobRow>`SELECT * FROM fhir_export_jobs WHERE id = ${id}`.pipe(Effect.orDie)
        if (job === undefined) return
        const user = yield* sql<{ role: string }>`SELECT role FROM users WHERE id = ${job.user_id}`.pipe(
          Effect.orDie
        )
        const naming = yield* namingFor(user[0]?.role ?? "")
        const result = yield* writeExport(job.dir, {
          center: job.scope === "*" ? null : job.scope,
          naming,
          ...(types === null ? {} : { types }),
          onProgress: (done, total) => jobs.progress(id, `${done} of ${total} patients`),
          cancelled: Effect.map(jobs.statusOf(id), (s) => s !== "in-progress")
        }).pipe(Effect.provideService(SqlClient.SqlClient, sql))
        if (result.finished) yield* jobs.complete(id, result.outputs)
        else rmSync(job.dir, { recursive: true, force: true })
      }).pipe(
        Effect.catchAllCause((cause) =>
          jobs
            .fail(id, "the export failed; start a new one")
            .pipe(Effect.zipRight(Effect.logError("FHIR export failed", cause)))
        )
      )

    const owned = (id: string) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const job = yield* jobs.find(id, user.id)
        if (Option.isNone(job) || job.value.status === "cancelled")
          return yield* new NotFound({ message: `no export ${id} of yours` })
        return job.value
      })

    /** Where a job stands; the manifest's URLs start at `base` (this API's `/api/fhir`). */
    const status = (id: string, base: string) =>
      Effect.map(owned(id), (job): JobStatus => {
        if (job.status === "in-progress") return { _tag: "InProgress", progress: job.progress }
        if (job.status === "error") return { _tag: "Failed", message: job.error ?? "the export failed" }
        const files = JSON.parse(job.output ?? "[]") as Array<{ type: string; file: string; count: number }>
        return {
          _tag: "Complete",
          manifest: {
            transactionTime: job.transaction_time,
            request: job.request,
            requiresAccessToken: true,
            output: files.map((f) => ({
              type: f.type,
              url: `${base}/$export-files/${id}/${f.file}`,
              count: f.count
            })),
            error: []
          }
        }
      })

    /** The path of one of a complete job's files. */
    const file = (id: string, name: string) =>
      Effect.gen(function* () {
        const job = yield* owned(id)
        const files = JSON.parse(job.output ?? "[]") as Array<{ file: string }>
        if (job.status !== "complete" || !files.some((f) => f.file === name))
          return yield* new NotFound({ message: `export ${id} has no file ${name}` })
        return join(job.dir, name)
      })

    /** Cancels a job (running or complete) and removes its files. */
    const cancel = (id: string) =>
      Effect.gen(function* () {
        const job = yield* owned(id)
        yield* jobs.cancel(id, job.user_id)
        rmSync(job.dir, { recursive: true, force: true })
      })

    return { everything, kickoff, run, status, file, cancel } as const
  }),
  dependencies: [PatientsRepo.Default, ExportJobs.Default, RegistryMeta.Default]
}) {}
