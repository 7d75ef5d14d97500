import { PgClient } from "@effect/sql-pg"
import { Effect, Option, PubSub, Schedule, Stream } from "effect"
import { notifyChannel } from "./Samples.js"

/**
 * Wakes the streams of a procedure when its stream log grew. In this process a PubSub; on PostgreSQL the
 * transaction that appends to the log also sends `pg_notify`, and a `LISTEN` here forwards what any API
 * process stored, so a stream on one process sees what another stored. A wake only says "read the log".
 */
export class LiveNotifier extends Effect.Service<LiveNotifier>()("api/LiveNotifier", {
  scoped: Effect.gen(function* () {
    const hub = yield* PubSub.unbounded<string>()
    const pg = yield* Effect.serviceOption(PgClient.PgClient)
    if (Option.isSome(pg)) {
      yield* pg.value.listen(notifyChannel).pipe(
        Stream.runForEach((id) => PubSub.publish(hub, id)),
        Effect.retry(Schedule.spaced("1 second")),
        Effect.catchAllCause((cause) => Effect.logError("LISTEN for live procedures stopped", cause)),
        Effect.forkScoped
      )
    }
    return {
      /** Wakes this process's streams of the procedure (after its transaction committed). */
      wake: (procedureId: string) => PubSub.publish(hub, procedureId).pipe(Effect.asVoid),
      /** A queue of wakes, for as long as the scope lasts. */
      subscribe: PubSub.subscribe(hub)
    } as const
  })
}) {}
