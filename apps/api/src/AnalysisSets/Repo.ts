import { SqlClient } from "@effect/sql"
import { Effect, Option } from "effect"
import { centerFilter } from "../CenterScope.js"

/** An analysis set's row in `analysis_sets` (the selection as JSON). */
export interface SetRow {
  readonly id: string
  readonly name: string
  readonly center_id: string | null
  readonly selection: string
  readonly n: number
  readonly sha256: string
  readonly demo: number
  readonly created_at: string
  readonly created_by: string
}

/** One frozen patient of a set: the study row and the visit export rows as JSON, as they were. */
export interface MemberRow {
  readonly set_id: string
  readonly pseudonym: string
  readonly patient_id: string
  readonly center_id: string
  readonly data: string
  readonly visits: string
}

/**
 * Analysis sets in SQL, scoped by the caller: a center-bound caller reads and writes only the sets of
 * their own center; a set spanning centers (`center_id` null) is seen by the all-center roles only.
 */
export class AnalysisSetsRepo extends Effect.Service<AnalysisSetsRepo>()("api/AnalysisSetsRepo", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const scoped = centerFilter(sql)

    const list = Effect.gen(function* () {
      return yield* sql<SetRow>`SELECT * FROM analysis_sets WHERE ${yield* scoped} ORDER BY created_at DESC, id`
    }).pipe(Effect.orDie)

    const find = (id: string) =>
      Effect.gen(function* () {
        const rows = yield* sql<SetRow>`SELECT * FROM analysis_sets WHERE id = ${id} AND ${yield* scoped}`
        return Option.fromNullable(rows[0])
      }).pipe(Effect.orDie)

    const findDemo = Effect.gen(function* () {
      const rows =
        yield* sql<SetRow>`SELECT * FROM analysis_sets WHERE demo = 1 AND ${yield* scoped} ORDER BY created_at LIMIT 1`
      return Option.fromNullable(rows[0])
    }).pipe(Effect.orDie)

    /** The members of a set the caller may see, in canonical order (by pseudonym). */
    const members = (id: string) =>
      Effect.gen(function* () {
        const visible = yield* find(id)
        if (Option.isNone(visible)) return Option.none<ReadonlyArray<MemberRow>>()
        const rows =
          yield* sql<MemberRow>`SELECT * FROM analysis_set_rows WHERE set_id = ${id} ORDER BY pseudonym`
        return Option.some(rows as ReadonlyArray<MemberRow>)
      }).pipe(Effect.orDie)

    const insert = (set: SetRow, rows: ReadonlyArray<MemberRow>) =>
      Effect.gen(function* () {
        yield* sql`INSERT INTO analysis_sets ${sql.insert({ ...set })}`
        for (let i = 0; i < rows.length; i += 500)
          yield* sql`INSERT INTO analysis_set_rows ${sql.insert(rows.slice(i, i + 500).map((r) => ({ ...r })))}`
      }).pipe(Effect.orDie)

    const rename = (id: string, name: string) =>
      Effect.gen(function* () {
        yield* sql`UPDATE analysis_sets SET name = ${name} WHERE id = ${id} AND ${yield* scoped}`
      }).pipe(Effect.orDie)

    const remove = (id: string) =>
      Effect.gen(function* () {
        const scope = yield* scoped
        yield* sql`DELETE FROM analysis_set_rows WHERE set_id = ${id} AND EXISTS (SELECT 1 FROM analysis_sets s WHERE s.id = ${id} AND ${scope})`
        yield* sql`DELETE FROM analysis_sets WHERE id = ${id} AND ${scope}`
      }).pipe(Effect.orDie)

    /** Every study row the caller may see, with its patient (what a new set copies). */
    const studyRows = Effect.gen(function* () {
      return yield* sql<{
        patient_id: string
        center_id: string
        data: string
      }>`SELECT patient_id, center_id, data FROM study_rows WHERE ${yield* scoped} ORDER BY patient_id`
    }).pipe(Effect.orDie)

    return { list, find, findDemo, members, insert, rename, remove, studyRows } as const
  })
}) {}
