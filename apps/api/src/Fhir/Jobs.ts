import { SqlClient } from "@effect/sql"
import { Effect, Option } from "effect"
import type { OutputFile } from "./Bulk.js"

/** A bulk export job's row. */
export interface JobRow {
  readonly id: string
  readonly user_id: string
  readonly scope: string
  readonly request: string
  readonly status: "in-progress" | "complete" | "error" | "cancelled"
  readonly progress: string
  readonly transaction_time: string
  readonly output: string | null
  readonly error: string | null
  readonly dir: string
  readonly created_at: string
  readonly updated_at: string
}

/** The bulk export jobs in SQL: every read names the job's owner, so a job is only ever seen by its owner. */
export class ExportJobs extends Effect.Service<ExportJobs>()("api/FhirExportJobs", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const now = () => new Date().toISOString()

    const insert = (row: Omit<JobRow, "created_at" | "updated_at">) =>
      sql`INSERT INTO fhir_export_jobs ${sql.insert({ ...row, created_at: now(), updated_at: now() })}`.pipe(
        Effect.asVoid,
        Effect.orDie
      )

    const find = (id: string, userId: string) =>
      sql<JobRow>`SELECT * FROM fhir_export_jobs WHERE id = ${id} AND user_id = ${userId}`.pipe(
        Effect.map((rows) => Option.fromNullable(rows[0])),
        Effect.orDie
      )

    /** The job's status as stored, whoever owns it (the export checks it between pages). */
    const statusOf = (id: string) =>
      sql<{ status: string }>`SELECT status FROM fhir_export_jobs WHERE id = ${id}`.pipe(
        Effect.map((rows) => rows[0]?.status ?? "cancelled"),
        Effect.orDie
      )

    const progress = (id: string, text: string) =>
      sql`UPDATE fhir_export_jobs SET progress = ${text}, updated_at = ${now()} WHERE id = ${id} AND status = 'in-progress'`.pipe(
        Effect.asVoid,
        Effect.orDie
      )

    const complete = (id: string, output: ReadonlyArray<OutputFile>) =>
      sql`UPDATE fhir_export_jobs SET status = 'complete', progress = 'complete', output = ${JSON.stringify(output)}, updated_at = ${now()} WHERE id = ${id} AND status = 'in-progress'`.pipe(
        Effect.asVoid,
        Effect.orDie
      )

    const fail = (id: string, message: string) =>
      sql`UPDATE fhir_export_jobs SET status = 'error', error = ${message}, updated_at = ${now()} WHERE id = ${id} AND status = 'in-progress'`.pipe(
        Effect.asVoid,
        Effect.orDie
      )

    const cancel = (id: string, userId: string) =>
      sql`UPDATE fhir_export_jobs SET status = 'cancelled', updated_at = ${now()} WHERE id = ${id} AND user_id = ${userId}`.pipe(
        Effect.asVoid,
        Effect.orDie
      )

    return { insert, find, statusOf, progress, complete, fail, cancel } as const
  })
}) {}
