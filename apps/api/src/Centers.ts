import { Issues } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"
import { Audit } from "./Audit.js"
import { centerFilter } from "./CenterScope.js"
import { AlreadyRecorded, NotFound } from "./Errors.js"

interface CenterRow {
  readonly id: string
  readonly name: string
  readonly city: string
}

const toCenter = (row: CenterRow) =>
  Model.Center.make({ id: Model.CenterId.make(row.id), name: row.name, city: row.city })

/** The participating centers; a center-bound caller sees its own. */
export class Centers extends Effect.Service<Centers>()("api/Centers", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const audit = yield* Audit

    const list = Effect.gen(function* () {
      const rows =
        yield* sql<CenterRow>`SELECT id, name, city FROM centers WHERE ${yield* centerFilter(sql, "id")} ORDER BY id`
      return { items: rows.map(toCenter) }
    }).pipe(Effect.orDie)

    const exists = (id: string) =>
      sql<{ id: string }>`SELECT id FROM centers WHERE id = ${id}`.pipe(
        Effect.map((rows) => rows.length > 0),
        Effect.orDie
      )

    const create = (center: Model.Center) =>
      sql
        .withTransaction(
          Effect.gen(function* () {
            if (yield* exists(center.id))
              return yield* new AlreadyRecorded({
                message: `a center "${center.id}" already exists`,
                record: "center",
                issues: [
                  Issues.rule("taken", ["id"], `the center code "${center.id}" is taken`, {
                    value: center.id,
                    record: "center"
                  })
                ]
              })
            yield* sql`INSERT INTO centers ${sql.insert({ ...center, created_at: new Date().toISOString() })}`
            yield* audit.append({
              action: "create",
              entity: "center",
              entityId: center.id,
              centerId: center.id,
              after: center
            })
            return Model.Center.make(center)
          })
        )
        .pipe(Effect.catchTag("SqlError", Effect.die))

    /** A new name and city; the id (the prefix of the center's patient ids) stays. Audited as a correction. */
    const rename = (id: string, names: { readonly name: string; readonly city: string }) =>
      sql
        .withTransaction(
          Effect.gen(function* () {
            const [before] = yield* sql<CenterRow>`SELECT id, name, city FROM centers WHERE id = ${id}`
            if (before === undefined) return yield* new NotFound({ message: `no center ${id}` })
            yield* sql`UPDATE centers SET name = ${names.name}, city = ${names.city} WHERE id = ${id}`
            const after = toCenter({ id, ...names })
            yield* audit.append({
              action: "correct",
              entity: "center",
              entityId: id,
              centerId: id,
              before: toCenter(before),
              after
            })
            return after
          })
        )
        .pipe(Effect.catchTag("SqlError", Effect.die))

    return { list, create, rename, exists } as const
  })
}) {}
