import { SqlClient } from "@effect/sql"
import { Deferred, Duration, Effect, Exit, Queue } from "effect"
import { DatabaseInfo } from "../Database.js"

interface Job {
  readonly work: Effect.Effect<unknown, unknown>
  readonly done: Deferred.Deferred<unknown, unknown>
}

/**
 * Telemetry writes, each batch all-or-nothing. On SQLite, whose writes run one at a time and whose commit
 * waits for the WAL to reach the disk (synchronous=FULL), the batches that arrive while a commit is under
 * way are written together: one transaction, each batch in its own savepoint (a refused batch rolls back
 * alone), one commit for all, and only then is any of them answered. On PostgreSQL each batch has its own
 * transaction (its connections commit in parallel).
 */
export class GroupCommit extends Effect.Service<GroupCommit>()("api/GroupCommit", {
  scoped: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const { kind } = yield* DatabaseInfo
    const queue = yield* Queue.unbounded<Job>()

    const group = Effect.gen(function* () {
      const first = yield* Queue.take(queue)
      // Let the requests that arrived during the last commit reach the queue before this one begins.
      yield* Effect.sleep(Duration.millis(1))
      const jobs = [first, ...(yield* Queue.takeUpTo(queue, 255))]
      const exits = yield* sql
        .withTransaction(Effect.forEach(jobs, (job) => Effect.exit(sql.withTransaction(job.work))))
        .pipe(Effect.exit)
      for (const [i, job] of jobs.entries()) {
        const exit = Exit.isSuccess(exits) ? exits.value[i]! : Exit.die(exits.cause)
        yield* Deferred.done(job.done, exit as Exit.Exit<unknown, unknown>)
      }
    })
    if (kind === "sqlite") yield* Effect.forkScoped(Effect.forever(group))

    /** Runs `work` in a transaction of its own (PostgreSQL) or in its savepoint of the next group commit. */
    const run = <A, E, R>(work: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
      kind !== "sqlite"
        ? (sql.withTransaction(work).pipe(Effect.catchTag("SqlError", Effect.die)) as Effect.Effect<A, E, R>)
        : (Effect.gen(function* () {
            const context = yield* Effect.context<R>()
            const done = yield* Deferred.make<unknown, unknown>()
            yield* Queue.offer(queue, { work: Effect.provide(work, context), done })
            return (yield* Deferred.await(done)) as A
          }) as Effect.Effect<A, E, R>)

    return { run } as const
  })
}) {}
