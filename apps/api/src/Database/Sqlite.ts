import * as Reactivity from "@effect/experimental/Reactivity"
import { SqlClient, type SqlConnection, Statement } from "@effect/sql"
import { SqlError } from "@effect/sql/SqlError"
import Sqlite from "better-sqlite3"
import { Chunk, Context, Effect, Layer, Option, Scope, Stream } from "effect"

const preparedLimit = 500

/** Transaction control (BEGIN, SAVEPOINT …): few distinct texts, run on every write, so kept prepared. */
const control = /^(BEGIN|SAVEPOINT|RELEASE|ROLLBACK|COMMIT)\b/

/**
 * Statements run at once on this client's connection, for the hot paths (telemetry ingest, the session
 * check): the statement is compiled as `@effect/sql` would and run on its prepared statement in the same
 * step, without the span, scope and acquirer `@effect/sql` wraps around each statement (≈ 10 µs of ≈ 12).
 * It runs inline when no transaction holds the connection or when the caller's own transaction does;
 * while another fiber's transaction holds it, it waits as any statement does.
 */
export class Direct extends Context.Tag("api/SqliteDirect")<
  Direct,
  {
    /** The rows of a query (or `[]` for a statement that returns none). */
    readonly rows: <A extends object>(
      statement: Statement.Statement<A>
    ) => Effect.Effect<ReadonlyArray<A>, SqlError>
    /** How many rows a write changed. */
    readonly changes: (statement: Statement.Statement<unknown>) => Effect.Effect<number, SqlError>
  }
>() {}

const batch = 256

/**
 * Lets the event loop turn (I/O, timers, other requests) before the caller goes on. better-sqlite3 reads
 * synchronously and an export's bytes rarely fill the socket, so without it an export would hold the
 * process from its first row to its last.
 */
const breathe = Effect.async<void>((resume) => {
  const immediate = setImmediate(() => resume(Effect.void))
  return Effect.sync(() => clearImmediate(immediate))
})

/**
 * A query's rows from a cursor of its own (`statement.stream`): a read-only connection to the same file in
 * one read transaction, so a long export sees one snapshot (WAL) and neither blocks nor is blocked by the
 * writes of the client's connection, which a cursor held open on it would do. Rows come `batch` at a time,
 * each batch after a turn of the event loop, so other requests are served while the cursor is read.
 */
const readerStream = (
  filename: string,
  sql: string,
  params: ReadonlyArray<unknown>,
  transformRows: (<A extends object>(rows: ReadonlyArray<A>) => ReadonlyArray<A>) | undefined
) =>
  Stream.unwrapScoped(
    Effect.gen(function* () {
      const attempt = <A>(run: () => A) =>
        Effect.try({
          try: run,
          catch: (cause) => new SqlError({ cause, message: "Failed to execute statement" })
        })
      const db = yield* Effect.acquireRelease(
        attempt(() => new Sqlite(filename, { readonly: true, fileMustExist: true })),
        (db) => Effect.sync(() => db.close())
      )
      const rows = yield* Effect.acquireRelease(
        attempt(() => {
          db.pragma("busy_timeout = 5000")
          db.exec("BEGIN")
          return db.prepare(sql).iterate(...params) as IterableIterator<object>
        }),
        (rows) => Effect.sync(() => rows.return?.())
      )
      const pull = Effect.zipRight(
        breathe,
        attempt(() => {
          const out: Array<object> = []
          for (let next = rows.next(); !next.done; next = rows.next()) {
            out.push(next.value)
            if (out.length === batch) break
          }
          return out
        })
      ).pipe(
        Effect.mapError(Option.some),
        Effect.flatMap((out) =>
          out.length === 0
            ? Effect.fail(Option.none())
            : Effect.succeed(Chunk.unsafeFromArray(transformRows === undefined ? out : transformRows(out)))
        )
      )
      return Stream.repeatEffectChunkOption(pull)
    })
  )

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
    /** A query's rows; a statement that returns none is run, and answers `[]`. */
    const rowsOf = (statement: Sqlite.Statement, params: ReadonlyArray<unknown>): ReadonlyArray<object> => {
      if (statement.reader) return statement.all(...params) as ReadonlyArray<object>
      statement.run(...params)
      return []
    }
    const run = (sql: string, params: ReadonlyArray<unknown>, raw: boolean) =>
      attempt(() => {
        const statement = prepare(sql)
        return raw && !statement.reader
          ? (statement.run(...params) as unknown as ReadonlyArray<object>)
          : rowsOf(statement, params)
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
        const effect = attempt(() => rowsOf(control.test(sql) ? prepare(sql) : db.prepare(sql), params ?? []))
        return transformRows === undefined ? effect : Effect.map(effect, transformRows)
      },
      executeStream: (sql, params, transformRows) => readerStream(filename, sql, params, transformRows)
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
    const client = yield* SqlClient.make({
      acquirer,
      transactionAcquirer,
      compiler: Statement.makeCompilerSqlite(),
      spanAttributes: [["db.system.name", "sqlite"]]
    })

    const inline = <A>(
      statement: Statement.Statement<unknown>,
      execute: (s: Sqlite.Statement, params: ReadonlyArray<unknown>) => A,
      queued: Effect.Effect<A, SqlError>
    ) =>
      Effect.contextWithEffect((context: Context.Context<never>) =>
        held === 0 || Context.getOption(context, SqlClient.TransactionConnection)._tag === "Some"
          ? attempt(() => {
              const [text, params] = statement.compile()
              return execute(prepare(text), params)
            })
          : queued
      )
    const direct: Context.Tag.Service<Direct> = {
      rows: <A extends object>(statement: Statement.Statement<A>) =>
        inline(statement, (s, params) => rowsOf(s, params) as ReadonlyArray<A>, statement),
      changes: (statement) =>
        inline(
          statement,
          (s, params) => s.run(...params).changes,
          Effect.map(statement.raw, (result) => (result as { readonly changes: number }).changes)
        )
    }
    return { client, direct }
  })

/** The client for the file `filename` (created when missing), in WAL mode, and its `Direct` runner. */
export const layer = (filename: string): Layer.Layer<SqlClient.SqlClient | Direct> =>
  Layer.scopedContext(
    Effect.map(make(filename), ({ client, direct }) =>
      Context.make(SqlClient.SqlClient, client).pipe(Context.add(Direct, direct))
    )
  ).pipe(Layer.provide(Reactivity.layer))

/** How a repository runs its hot statements: `Direct.rows` on this SQLite client, the statement itself elsewhere. */
export const rowsRunner = Effect.map(Effect.serviceOption(Direct), (direct) =>
  direct._tag === "Some"
    ? direct.value.rows
    : <A extends object>(statement: Statement.Statement<A>): Effect.Effect<ReadonlyArray<A>, SqlError> =>
        statement
)
