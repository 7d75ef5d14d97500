import { createWriteStream, mkdirSync, type WriteStream } from "node:fs"
import { join } from "node:path"
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import { loadPatients } from "../Analysis/Load.js"
import { centerCondition } from "../CenterScope.js"
import * as Sqlite from "../Database/Sqlite.js"
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
  /**
   * Patients read per query (default 50): memory holds one page and the files' write buffers. A page is
   * alive while its resources are made; larger pages outlived young-generation collections (see BENCHMARKS.md).
   */
  readonly pageSize?: number
  /** Only these resource types (the `_type` parameter), or every type when absent. */
  readonly types?: ReadonlySet<string>
  /** Called after each page with the patients written so far and the total. */
  readonly onProgress?: (done: number, total: number) => Effect.Effect<void>
  /** Checked between pages: true stops the export (cancelled). */
  readonly cancelled?: Effect.Effect<boolean>
}

// Bytes of lines gathered before they are handed to a file's stream in one write (its high-water mark).
const writeBytes = 16 * 1024

/**
 * A file per resource type, opened on its first resource. `add` gathers a file's lines and hands them to its
 * stream in writes of about 16 KB, synchronously; the export calls `drained` after each patient, which waits
 * only while a stream holds more than it should. (An Effect per line, waiting on each, let the lines in
 * flight outlive young-generation collections: the 100,000-patient export's garbage then grew by 170 MB.)
 */
const ndjsonFiles = (dir: string) => {
  const files = new Map<string, { stream: WriteStream; count: number; lines: Array<string>; bytes: number }>()
  let failure: Error | null = null
  const open = (type: string) => {
    const stream = createWriteStream(join(dir, `${type}.ndjson`))
    // A file that cannot be written (its folder removed by a cancel) ends the export, not the process.
    stream.on("error", (error) => {
      failure = error
      stream.emit("drain")
    })
    const file = { stream, count: 0, lines: [] as Array<string>, bytes: 0 }
    files.set(type, file)
    return file
  }
  const flush = (file: { stream: WriteStream; lines: Array<string>; bytes: number }) => {
    if (file.lines.length === 0 || file.stream.destroyed) return
    file.stream.write(file.lines.join(""))
    file.lines = []
    file.bytes = 0
  }
  const add = (resource: Resource) => {
    const file = files.get(resource.resourceType) ?? open(resource.resourceType)
    const line = `${JSON.stringify(resource)}\n`
    file.count++
    file.lines.push(line)
    file.bytes += line.length
    if (file.bytes >= writeBytes) flush(file)
  }
  /** Waits until every file's stream has written what it holds beyond its high-water mark. */
  const drained = Effect.suspend(() => {
    if (failure !== null) return Effect.fail(failure)
    const full = [...files.values()].filter((f) => f.stream.writableNeedDrain && !f.stream.destroyed)
    if (full.length === 0) return Effect.void
    return Effect.async<void, Error>((resume) => {
      let left = full.length
      for (const f of full)
        f.stream.once("drain", () => {
          if (--left === 0) resume(failure === null ? Effect.void : Effect.fail(failure))
        })
    })
  })
  const close = Effect.promise(() =>
    Promise.all(
      [...files.values()].map((f) => {
        flush(f)
        return new Promise<void>((done) => (f.stream.destroyed ? done() : f.stream.end(() => done())))
      })
    )
  )
  const outputs = (): Array<OutputFile> =>
    [...files.entries()]
      .map(([type, f]) => ({ type, file: `${type}.ndjson`, count: f.count }))
      .sort((a, b) => a.type.localeCompare(b.type))
  return { add, drained, close, outputs }
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
    const runRows = yield* Sqlite.rowsRunner
    mkdirSync(dir, { recursive: true })
    const pageSize = request.pageSize ?? 50
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
      if (wanted(odiQuestionnaireResource)) files.add(odiQuestionnaireResource)
      for (;;) {
        if (request.cancelled !== undefined && (yield* request.cancelled)) return false
        const patients = yield* runRows(
          sql<PatientRow>`SELECT * FROM patients WHERE ${inCenter} AND id > ${after} ORDER BY id LIMIT ${pageSize}`
        )
        if (patients.length === 0) return true
        const first = patients[0]!.id
        const last = patients[patients.length - 1]!.id
        const records = yield* runRows(
          sql<AnalysisRecordRow>`SELECT kind, patient_id, data FROM clinical_records WHERE ${inCenter} AND patient_id >= ${first} AND patient_id <= ${last} AND (state IS NULL OR state <> ${retracted}) ORDER BY patient_id, created_at, id`
        )
        for (const patient of loadPatients(patients, records)) {
          for (const resource of resourcesOf(patient, request.naming))
            if (wanted(resource)) files.add(resource)
          yield* files.drained
        }
        done += patients.length
        after = last
        if (request.onProgress !== undefined) yield* request.onProgress(done, total)
      }
    })
    const finished = yield* run.pipe(Effect.ensuring(files.close))
    return { finished, total, outputs: files.outputs() }
  })
