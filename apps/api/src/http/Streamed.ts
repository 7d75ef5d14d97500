import { SqlClient } from "@effect/sql"
import { Context, Effect, Queue, Stream, type Take } from "effect"
import type { Context as HonoContext } from "hono"
import type { CurrentUser } from "../CurrentUser.js"
import { RowSecurity } from "../RowSecurity.js"
import type { Services } from "../Services.js"

/**
 * An answer written while it is produced (an export too large to hold in memory): `http/Route` sends its
 * headers at once and its bytes as the client reads them. Its stream carries everything it needs.
 */
export class Streamed {
  constructor(
    readonly mediaType: string,
    readonly filename: string,
    readonly body: Stream.Stream<Uint8Array, unknown>
  ) {}
}

/**
 * A streamed answer of `body`, run with the caller's services inside its own `RowSecurity` scope: on
 * PostgreSQL the request's transaction ends when the handler returns, before the client reads the body,
 * so the body's cursor gets a transaction of its own that lives as long as the client reads. The body is
 * produced one chunk ahead of the client; a client that goes away ends it (and rolls the transaction back).
 */
export const streamed = <E>(
  mediaType: string,
  filename: string,
  body: Stream.Stream<Uint8Array, E, Services | CurrentUser>
) =>
  Effect.gen(function* () {
    // Not the request's transaction: it is over when the body is read.
    const context = Context.omit(SqlClient.TransactionConnection)(
      yield* Effect.context<Services | CurrentUser>()
    )
    const rls = yield* RowSecurity
    const scoped = Stream.unwrapScoped(
      Effect.gen(function* () {
        const queue = yield* Effect.acquireRelease(Queue.bounded<Take.Take<Uint8Array, E>>(1), Queue.shutdown)
        yield* Effect.forkScoped(rls.scoped(Stream.runIntoQueue(body, queue)))
        return Stream.flattenTake(Stream.fromQueue(queue))
      })
    )
    return new Streamed(mediaType, filename, Stream.provideContext(scoped, context))
  })

/** The HTTP answer of a `Streamed`: its bytes as a pull-based body, so a slow client slows the producer. */
export const respondStreamed = (c: HonoContext, answer: Streamed): Response =>
  c.body(Stream.toReadableStream(answer.body), 200, {
    "content-type": answer.mediaType,
    "content-disposition": `attachment; filename="${answer.filename}"`
  })
