import { createWriteStream, mkdirSync, type WriteStream } from "node:fs"
import { join } from "node:path"
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import { loadPatients } from "../Analysis/Load.js"
import { centerCondition } from "../CenterScope.js"
import type { AnalysisRecordRow, PatientRow } from "../Patients/Repo.js"
import { retracted } from "../Patients/Repo.js"
import { odiQuestionnaireResource } from "./Clinical.js"
import { type Naming, type Resource, resourcesOf } from "./Resources.js"

/** One NDJSON file of an export: its resource type, file name and how many resources it holds. */
export interface OutputFile {
  readonly type: string
  readonly file: string
  readonly count: number
}

/** What an export covers and how it names patients. */
export interface ExportRequest {
  /** The one center exported, or null for every center. */
  readonly center: string | null
  readonly naming: Naming
  /** Patients read per query (default 200): memory holds one page and the files' write buffers. */
  readonly pageSize?: number
  /** Only these resource types (the `_type` parameter), or every type when absent. */
  readonly types?: ReadonlySet<string>
  /** Called after each page with the patients written so far and the total. */
  readonly onProgress?: (done: number, total: number) => Effect.Effect<void>
  /** Checked between pages: true stops the export (cancelled). */
  readonly cancelled?: Effect.Effect<boolean>
}

/** A file per resource type, opened on its first resource; each line waits for the stream to drain. */
const ndjsonFiles = (dir: string) => {
  const files = new Map<string, { stream: WriteStream; count: number }>()
  let failure: Error | null = null
  const write = (resource: Resource) =>
    Effect.async<void, Error>((resume) => {
      if (failure !== null) return resume(Effect.fail(failure))
      let file = files.get(resource.resourceType)
      if (file === undefined) {
        const stream = createWriteStream(join(dir, `${resource.resourceType}.ndjson`))
        // A file that cannot be written (its folder removed by a cancel) ends the export, not the process.
        stream.on("error", (error) => {
          failure = error
          stream.emit("drain")
        })
        file = { stream, count: 0 }
        files.set(resource.resourceType, file)
      }
      file.count++
      if (file.stream.write(`${JSON.stringify(resource)}\n`)) resume(Effect.void)
      else file.stream.once("drain", () => resume(failure === null ? Effect.void : Effect.fail(failure)))
    })
  const close = Effect.promise(() =>
    Promise.all(
      [...files.values()].map(
        (f) => new Promise<void>((done) => (f.stream.destroyed ? done() : f.stream.end(() => done())))
      )
    )
  )
  const outputs = (): Array<OutputFile> =>
    [...files.entries()]
      .map(([type, f]) => ({ type, file: `${type}.ndjson`, count: f.count }))
      .sort((a, b) => a.type.localeCompare(b.type))
  return { write, close, outputs }
}

/**
 * Writes the FHIR resources of every patient of `center` (all centers when null) into `dir`, one NDJSON
 * file per resource type, a page of patients at a time (rows read from the database page by page, lines
 * written as they are made: memory does not grow with the registry). The ODI Questionnaire is shipped with
 * it. Reads as the process (no request scope): the caller decides the center. Used by the bulk export
 * jobs and by the benchmark.
 */
export const writeExport = (dir: string, request: ExportRequest) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    mkdirSync(dir, { recursive: true })
    const pageSize = request.pageSize ?? 200
    const inCenter = centerCondition(sql, request.center)
    const [{ n }] = (yield* sql<{
      n: number | string
    }>`SELECT COUNT(*) AS n FROM patients WHERE ${inCenter}`) as [{ n: number | string }]
    const total = Number(n)
    const files = ndjsonFiles(dir)
    let done = 0
    let after = ""
    const wanted = (r: Resource) => request.types === undefined || request.types.has(r.resourceType)
    const run = Effect.gen(function* () {
      if (wanted(odiQuestionnaireResource)) yield* files.write(odiQuestionnaireResource)
      for (;;) {
        if (request.cancelled !== undefined && (yield* request.cancelled)) return false
        const patients =
          yield* sql<PatientRow>`SELECT * FROM patients WHERE ${inCenter} AND id > ${after} ORDER BY id LIMIT ${pageSize}`
        if (patients.length === 0) return true
        const first = patients[0]!.id
        const last = patients[patients.length - 1]!.id
        const records =
          yield* sql<AnalysisRecordRow>`SELECT kind, patient_id, data FROM clinical_records WHERE ${inCenter} AND patient_id >= ${first} AND patient_id <= ${last} AND (state IS NULL OR state <> ${retracted}) ORDER BY patient_id, created_at, id`
        for (const patient of loadPatients(patients, records))
          for (const resource of resourcesOf(patient, request.naming))
            if (wanted(resource)) yield* files.write(resource)
        done += patients.length
        after = last
        if (request.onProgress !== undefined) yield* request.onProgress(done, total)
      }
    })
    const finished = yield* run.pipe(Effect.ensuring(files.close))
    return { finished, total, outputs: files.outputs() }
  })
