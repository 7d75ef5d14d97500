import { SqlClient } from "@effect/sql"
import { Cause, Effect, Exit, Option, Runtime } from "effect"
import * as Sqlite from "../Database/Sqlite.js"

interface Job {
  readonly work: Effect.Effect<unknown, unknown>
  readonly done: (exit: Exit.Exit<unknown, unknown>) => void
}

/** The most batches one commit holds. */
const groupLimit = 256

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
    const direct = yield* Effect.serviceOption(Sqlite.Direct)
    const runtime: Runtime.Runtime<never> = yield* Effect.runtime<never>()

    if (Option.isNone(direct)) {
      /** Runs `work` in a transaction of its own. */
      const run = <A, E, R>(work: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
        sql.withTransaction(work).pipe(Effect.catchTag("SqlError", Effect.die)) as Effect.Effect<A, E, R>
      return { run } as const
    }

    const exec = (text: string) => Effect.orDie(direct.value.rows(sql.unsafe(text)))
    // Each batch in a savepoint, released when it succeeds (so the next one does not stack on it) and
    // rolled back alone when it fails.
    const inSavepoint = (work: Effect.Effect<unknown, unknown>) =>
      Effect.zipRight(exec("SAVEPOINT telemetry_batch"), Effect.exit(work)).pipe(
        Effect.tap((exit) =>
          Exit.isSuccess(exit)
            ? exec("RELEASE telemetry_batch")
            : Effect.zipRight(exec("ROLLBACK TO telemetry_batch"), exec("RELEASE telemetry_batch"))
        )
      )

    let pending: Array<Job> = []
    const commit = Effect.suspend(() => {
      if (pending.length === 0) return Effect.void
      const jobs = pending.slice(0, groupLimit)
      pending = pending.slice(groupLimit)
      return sql.withTransaction(Effect.forEach(jobs, (job) => inSavepoint(job.work))).pipe(
        Effect.exit,
        Effect.flatMap((exits) =>
          Effect.sync(() => {
            for (const [i, job] of jobs.entries())
              job.done(Exit.isSuccess(exits) ? exits.value[i]! : Exit.die(Cause.squash(exits.cause)))
            if (pending.length > 0) schedule()
          })
        )
      )
    })
    let scheduled = false
    // A group begins a millisecond after its first batch, so the requests that arrived during the last
    // commit reach it first.
    const schedule = () => {
      if (scheduled) return
      scheduled = true
      setTimeout(() => {
        scheduled = false
        Runtime.runFork(runtime)(commit)
      }, 1)
    }
    // At shutdown the batches still waiting are committed (and answered) before the database closes.
    yield* Effect.addFinalizer(() =>
      Effect.whileLoop({ while: () => pending.length > 0, body: () => commit, step: () => {} })
    )

    /** Runs `work` in its savepoint of the next group commit. */
    const run = <A, E, R>(work: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
      Effect.flatMap(Effect.context<R>(), (context) =>
        Effect.async<A, E>((resume) => {
          pending.push({
            work: Effect.provide(work, context),
            done: (exit) => resume(exit as Exit.Exit<A, E>)
          })
          schedule()
        })
      )

    return { run } as const
  })
}) {}
