import * as Reactivity from "@effect/experimental/Reactivity"
import { SqlClient, type SqlConnection, Statement } from "@effect/sql"
import { SqlError } from "@effect/sql/SqlError"
import Sqlite from "better-sqlite3"
import { Effect, Layer, Scope } from "effect"

const preparedLimit = 500

/**
 * SQLite through better-sqlite3 as an `@effect/sql` client: `@effect/sql-sqlite-node`'s client (one
 * connection; a transaction holds it, other fibers wait) with two differences measured on the API's hot
 * paths. A statement outside a transaction does not pass through the connection's semaphore when no
 * transaction holds it: Effect's `Semaphore.take` always suspends the fiber, so every statement became
 * an asynchronous step (a scheduler round trip) although better-sqlite3 runs it synchronously. And
 * prepared statements are kept in a plain bounded `Map` instead of an Effect `Cache`.
 */
export const make = (filename: string) =>
  Effect.gen(function* () {
    const db = new Sqlite(filename)
    yield* Effect.addFinalizer(() => Effect.sync(() => db.close()))
    db.pragma("journal_mode = WAL")

    const prepared = new Map<string, Sqlite.Statement>()
    const prepare = (sql: string) => {
      let statement = prepared.get(sql)
      if (statement === undefined) {
        if (prepared.size >= preparedLimit) prepared.delete(prepared.keys().next().value as string)
        statement = db.prepare(sql)
        prepared.set(sql, statement)
      }
      return statement
    }
    const attempt = <A>(run: () => A) =>
      Effect.try({
        try: run,
        catch: (cause) => new SqlError({ cause, message: "Failed to execute statement" })
      })
    const run = (sql: string, params: ReadonlyArray<unknown>, raw: boolean) =>
      attempt(() => {
        const statement = prepare(sql)
        if (statement.reader) return statement.all(...params) as ReadonlyArray<object>
        const result = statement.run(...params)
        return raw ? (result as unknown as ReadonlyArray<object>) : []
      })

    const connection: SqlConnection.Connection = {
      execute: (sql, params, transformRows) =>
        transformRows === undefined
          ? run(sql, params, false)
          : Effect.map(run(sql, params, false), transformRows),
      executeRaw: (sql, params) => run(sql, params, true),
      executeValues: (sql, params) =>
        attempt(() => {
          const statement = prepare(sql)
          if (!statement.reader) {
            statement.run(...params)
            return []
          }
          statement.raw(true)
          try {
            return statement.all(...params) as ReadonlyArray<ReadonlyArray<unknown>>
          } finally {
            statement.raw(false)
          }
        }),
      executeUnprepared: (sql, params, transformRows) => {
        const effect = attempt(() => {
          const statement = db.prepare(sql)
          if (statement.reader) return statement.all(...(params ?? [])) as ReadonlyArray<object>
          statement.run(...(params ?? []))
          return []
        })
        return transformRows === undefined ? effect : Effect.map(effect, transformRows)
      },
      executeStream: () => Effect.dieMessage("executeStream not implemented") as never
    }

    // One permit: a transaction takes it for its whole scope; a statement outside one waits only while
    // a transaction holds it (then it takes and gives it back at once, as @effect/sql-sqlite-node does).
    const semaphore = yield* Effect.makeSemaphore(1)
    let held = 0
    const acquirer = Effect.suspend(() =>
      held === 0 ? Effect.succeed(connection) : semaphore.withPermits(1)(Effect.succeed(connection))
    )
    const transactionAcquirer = Effect.uninterruptibleMask((restore) =>
      Effect.zipRight(
        restore(semaphore.take(1)),
        Effect.tap(Effect.scope, (scope) => {
          held++
          return Scope.addFinalizer(
            scope,
            Effect.zipRight(
              Effect.sync(() => held--),
              semaphore.release(1)
            )
          )
        })
      ).pipe(Effect.as(connection))
    )
    return yield* SqlClient.make({
      acquirer,
      transactionAcquirer,
      compiler: Statement.makeCompilerSqlite(),
      spanAttributes: [["db.system.name", "sqlite"]]
    })
  })

/** The client for the file `filename` (created when missing), in WAL mode. */
export const layer = (filename: string): Layer.Layer<SqlClient.SqlClient> =>
  Layer.scoped(SqlClient.SqlClient, make(filename)).pipe(Layer.provide(Reactivity.layer))
