import type { Analysis } from "@cryoreg/domain"
import { SqlClient, type SqlError } from "@effect/sql"
import { Effect, Option } from "effect"
import { centerFilter } from "../CenterScope.js"
import { AlreadyRecorded, patientIdTaken } from "../Errors.js"
import type { RecordKind } from "./Decode.js"

/** A patient row: the encoded `Model.Patient` in `data`, and what lists filter on. */
export interface PatientRow {
  readonly id: string
  readonly center_id: string
  readonly status: string
  readonly verdict: string | null
  readonly data: string
  readonly withdrawn_at: string | null
  readonly withdrawal_reason: string | null
  readonly created_at: string
  readonly updated_at: string
}

/** A clinical record row: the encoded domain record in `data`; `slot` makes one-per-patient records unique. */
export interface RecordRow {
  readonly id: string
  readonly kind: RecordKind
  readonly patient_id: string
  readonly center_id: string
  readonly slot: string
  readonly state: string | null
  readonly data: string
  readonly created_at: string
  readonly updated_at: string
}

/** What the analysis reads of a clinical record row. */
export type AnalysisRecordRow = Pick<RecordRow, "kind" | "patient_id" | "data">

/** Filters of a patient list, already decoded. */
export interface PatientFilter {
  readonly center?: string | undefined
  readonly status?: string | undefined
  readonly verdict?: string | undefined
  readonly q?: string | undefined
  readonly withdrawn: "include" | "only" | "exclude"
  readonly after: string | null
  readonly limit: number
}

/** A primary-key or unique violation, on SQLite or PostgreSQL. */
const isUniqueViolation = (error: SqlError.SqlError): boolean => {
  const cause = error.cause as { code?: string } | undefined
  return (
    cause?.code === "23505" ||
    cause?.code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    cause?.code === "SQLITE_CONSTRAINT_UNIQUE"
  )
}

/** What a retracted record's row holds in `state`: kept for the history, left out of every read. */
export const retracted = "retracted"

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`)

/**
 * Patients and their clinical records in SQL, every query scoped by the caller's center: a
 * coordinator or clinician never reads, lists, counts or writes a row of another center.
 */
export class PatientsRepo extends Effect.Service<PatientsRepo>()("api/PatientsRepo", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    // A record retracted as entered in error is in no patient file, list or analysis.
    const current = sql`(state IS NULL OR state <> ${retracted})`
    const scoped = (column: string) => centerFilter(sql, column)

    const findPatient = (id: string) =>
      Effect.gen(function* () {
        const scope = yield* scoped("center_id")
        const rows = yield* sql<PatientRow>`SELECT * FROM patients WHERE id = ${id} AND ${scope}`
        return Option.fromNullable(rows[0])
      }).pipe(Effect.orDie)

    const insertPatient = (row: PatientRow) =>
      sql`INSERT INTO patients ${sql.insert({ ...row, search_text: row.id.toLowerCase() })}`.pipe(
        Effect.asVoid,
        Effect.catchIf(
          isUniqueViolation,
          () =>
            new AlreadyRecorded({
              message: `a patient ${row.id} is already registered`,
              record: "patient",
              issues: [patientIdTaken(row.id)]
            })
        ),
        Effect.catchTag("SqlError", Effect.die)
      )

    const updatePatient = (
      id: string,
      changes: Partial<
        Pick<PatientRow, "status" | "verdict" | "data" | "withdrawn_at" | "withdrawal_reason" | "updated_at">
      >
    ) =>
      Effect.gen(function* () {
        const scope = yield* scoped("center_id")
        yield* sql`UPDATE patients SET ${sql.update(changes)} WHERE id = ${id} AND ${scope}`
      }).pipe(Effect.orDie)

    /** What a list's filter asks, apart from the page it is on. */
    const matching = (filter: Omit<PatientFilter, "after" | "limit">) =>
      Effect.map(scoped("center_id"), (scope) => [
        scope,
        ...(filter.center === undefined ? [] : [sql`center_id = ${filter.center}`]),
        ...(filter.status === undefined ? [] : [sql`status = ${filter.status}`]),
        ...(filter.verdict === undefined ? [] : [sql`verdict = ${filter.verdict}`]),
        ...(filter.q === undefined || filter.q === ""
          ? []
          : [sql`search_text LIKE ${`%${escapeLike(filter.q.toLowerCase())}%`} ESCAPE '\\'`]),
        ...(filter.withdrawn === "include"
          ? []
          : filter.withdrawn === "only"
            ? [sql`withdrawn_at IS NOT NULL`]
            : [sql`withdrawn_at IS NULL`])
      ])

    const listPatients = (filter: PatientFilter) =>
      Effect.gen(function* () {
        const where = [
          ...(yield* matching(filter)),
          ...(filter.after === null ? [] : [sql`id > ${filter.after}`])
        ]
        return yield* sql<PatientRow>`SELECT * FROM patients WHERE ${sql.and(where)} ORDER BY id LIMIT ${filter.limit + 1}`
      }).pipe(Effect.orDie)

    /** How many patients a list's filter matches, over every page. */
    const countPatients = (filter: Omit<PatientFilter, "after" | "limit">) =>
      Effect.gen(function* () {
        const rows = yield* sql<{
          n: number | string
        }>`SELECT COUNT(*) AS n FROM patients WHERE ${sql.and(yield* matching(filter))}`
        return Number(rows[0]?.n ?? 0)
      }).pipe(Effect.orDie)

    /** The ids the caller may see that start with `prefix` (a center's ids, for its next free one). */
    const idsStartingWith = (prefix: string) =>
      Effect.gen(function* () {
        const scope = yield* scoped("center_id")
        const rows = yield* sql<{
          id: string
        }>`SELECT id FROM patients WHERE ${scope} AND UPPER(id) LIKE ${`${escapeLike(prefix.toUpperCase())}%`} ESCAPE '\\'`
        return rows.map((r) => r.id)
      }).pipe(Effect.orDie)

    const recordsOf = (patientId: string) =>
      Effect.gen(function* () {
        const scope = yield* scoped("center_id")
        return yield* sql<RecordRow>`SELECT * FROM clinical_records WHERE patient_id = ${patientId} AND ${scope} AND ${current} ORDER BY created_at, id`
      }).pipe(Effect.orDie)

    const insertRecord = (row: RecordRow) =>
      sql`INSERT INTO clinical_records ${sql.insert({ ...row })}`.pipe(Effect.asVoid, Effect.orDie)

    const updateRecord = (
      id: string,
      changes: Partial<Pick<RecordRow, "data" | "state" | "slot" | "updated_at">>
    ) =>
      Effect.gen(function* () {
        const scope = yield* scoped("center_id")
        yield* sql`UPDATE clinical_records SET ${sql.update(changes)} WHERE id = ${id} AND ${scope}`
      }).pipe(Effect.orDie)

    /** Every patient and every record the caller may see, in two queries (for the analysis). */
    const loadAll = Effect.gen(function* () {
      const scope = yield* scoped("center_id")
      const patients = yield* sql<PatientRow>`SELECT * FROM patients WHERE ${scope} ORDER BY id`
      // Only the columns the analysis reads: at 100,000 patients the other six are 3.7 million strings.
      const records =
        yield* sql<AnalysisRecordRow>`SELECT kind, patient_id, data FROM clinical_records WHERE ${scope} AND ${current} ORDER BY patient_id, created_at, id`
      return { patients, records }
    }).pipe(Effect.orDie)

    /** Writes the patient's study row, or removes it (`data` null: not in the study's unit of analysis). */
    const putStudyRow = (patientId: string, centerId: string, data: string | null) =>
      Effect.gen(function* () {
        const scope = yield* scoped("center_id")
        yield* sql`DELETE FROM study_rows WHERE patient_id = ${patientId} AND ${scope}`
        if (data !== null)
          yield* sql`INSERT INTO study_rows ${sql.insert({ patient_id: patientId, center_id: centerId, data })}`
      }).pipe(Effect.orDie)

    /**
     * Every study row the caller may see, in patient order: one query, one narrow row per patient. Each is
     * parsed when the tables read it (written by `putStudyRow` from records the domain Schemas checked:
     * not validated again).
     */
    const studyRows = Effect.gen(function* () {
      const scope = yield* scoped("center_id")
      const rows = yield* sql<{
        data: string
      }>`SELECT data FROM study_rows WHERE ${scope} ORDER BY patient_id`
      return {
        n: rows.length,
        rowAt: (i: number) => JSON.parse(rows[i]!.data) as Analysis.StudyRow
      } satisfies Analysis.StudyRowSource
    }).pipe(Effect.orDie)

    /** Replaces every study row (after a change of their format), in batches. */
    const replaceStudyRows = (rows: ReadonlyArray<{ patient_id: string; center_id: string; data: string }>) =>
      Effect.gen(function* () {
        yield* sql`DELETE FROM study_rows`
        for (let i = 0; i < rows.length; i += 500)
          yield* sql`INSERT INTO study_rows ${sql.insert(rows.slice(i, i + 500))}`
      }).pipe(Effect.orDie)

    /** Every adverse event the caller may see, with the patient's center. */
    const adverseEvents = Effect.gen(function* () {
      const scope = yield* scoped("center_id")
      return yield* sql<RecordRow>`SELECT * FROM clinical_records WHERE kind = 'adverseEvent' AND ${scope} AND ${current} ORDER BY patient_id, id`
    }).pipe(Effect.orDie)

    return {
      findPatient,
      insertPatient,
      updatePatient,
      listPatients,
      countPatients,
      idsStartingWith,
      recordsOf,
      insertRecord,
      updateRecord,
      loadAll,
      putStudyRow,
      studyRows,
      replaceStudyRows,
      adverseEvents
    } as const
  })
}) {}
