import { Api, Endpoint, Issues, type User } from "@cryoreg/contract"
import { Config, Deferred, Duration, Effect, Exit, Fiber, Option, ParseResult, Queue } from "effect"
import type { Context, Hono } from "hono"
import { type SSEStreamingApi, streamSSE } from "hono/streaming"
import { tokenHash } from "../Auth/Passwords.js"
import { Auth } from "../Auth.js"
import { CurrentUser } from "../CurrentUser.js"
import { Forbidden, InvalidRequest, Unauthorized } from "../Errors.js"
import { type Runtime, tokenOf } from "../http/Route.js"
import { LiveProcedures } from "../LiveProcedures.js"
import { problem } from "../Problem.js"
import { streamKindOf } from "./Rows.js"
import { StreamSessions } from "./StreamSessions.js"

const open = new Set<Fiber.RuntimeFiber<void>>()

/** How many streams this process has open (a client going away closes its stream). */
export const openStreamCount = (): number => open.size

/** Ends every open stream (at shutdown, so that closing the server need not wait for their clients). */
export const closeStreams = (runtime: Runtime) =>
  Promise.all([...open].map((fiber) => runtime.runPromise(Fiber.interrupt(fiber)))).then(() => undefined)

const endpoint = Api.procedureStream

/** How often an idle stream sends a comment line, so proxies keep it open (`CRYOREG_STREAM_HEARTBEAT_SECONDS`, 15). */
const heartbeatEvery = Config.number("CRYOREG_STREAM_HEARTBEAT_SECONDS").pipe(
  Config.withDefault(15),
  Config.map((s) => Duration.seconds(s))
)
const page = 500

const authorize = (c: Context) =>
  Effect.gen(function* () {
    const token = tokenOf(c)
    const session = token === undefined ? Option.none() : yield* (yield* Auth).authenticate(token)
    if (token === undefined || Option.isNone(session))
      return yield* new Unauthorized({ message: "sign in first: no valid session or bearer token" })
    const user = session.value.user
    if (!Endpoint.allows(endpoint, user.role))
      return yield* new Forbidden({ message: `the ${user.role} role may not follow a procedure's stream` })
    const params = yield* ParseResult.decodeUnknown(endpoint.params)(c.req.param()).pipe(
      Effect.mapError(
        () =>
          new InvalidRequest({
            message: "invalid procedure id",
            issues: [Issues.rule("pattern", ["id"], "not a procedure id")]
          })
      )
    )
    const resume = c.req.header("last-event-id") ?? c.req.query("lastEventId") ?? "0"
    if (!/^\d{1,15}$/.test(resume.trim()))
      return yield* new InvalidRequest({
        message: "Last-Event-ID is the id of a message of this stream (a whole number)",
        issues: [
          Issues.rule("range", ["lastEventId"], "a whole number, 0 or more", { min: 0, integer: true })
        ]
      })
    yield* Effect.provideService((yield* LiveProcedures).find(params.id), CurrentUser, user)
    // The last check: past it the stream holds a slot of its session until it closes.
    const slot = yield* (yield* StreamSessions).acquire(tokenHash(token))
    return { user, id: params.id, after: Number(resume.trim()), slot }
  })

/** Sends every stored message after `after`, then each new one as it is stored, until the client leaves. */
const pump = (stream: SSEStreamingApi, user: User, id: string, after: number, heartbeat: Duration.Duration) =>
  Effect.scoped(
    Effect.gen(function* () {
      const live = yield* LiveProcedures
      // Subscribe before reading the log: a message stored in between wakes us instead of being missed.
      const wakes = yield* live.subscribe
      let last = after
      const flush = Effect.gen(function* () {
        for (;;) {
          const rows = yield* live.streamAfter(id, last, page)
          for (const row of rows) {
            const event = streamKindOf(row.data)
            yield* Effect.promise(() => stream.writeSSE({ id: String(row.id), event, data: row.data }))
            last = row.id
          }
          if (rows.length < page) return
        }
      })
      yield* Effect.promise(() => stream.write(": stream open\n\n"))
      yield* flush
      for (;;) {
        const woke = yield* Queue.take(wakes).pipe(Effect.timeoutOption(heartbeat))
        if (Option.isNone(woke)) {
          yield* Effect.promise(() => stream.write(": heartbeat\n\n"))
          yield* flush // also covers a wake lost while a LISTEN connection was re-established
          continue
        }
        const more = yield* Queue.takeAll(wakes)
        if (woke.value === id || [...more].includes(id)) yield* flush
      }
    })
  ).pipe(Effect.provideService(CurrentUser, user))

/** `GET /api/procedures/:id/stream`: Server-Sent Events resumable with `Last-Event-ID`, with heartbeats. */
export const streamRoute = (app: Hono, runtime: Runtime) => {
  const heartbeat = Effect.runSync(heartbeatEvery)
  app.get(endpoint.path, async (c) => {
    const opened = await runtime.runPromiseExit(authorize(c))
    if (Exit.isFailure(opened)) {
      const failure = opened.cause._tag === "Fail" ? opened.cause.error : null
      if (failure !== null) return problem(c, failure)
      console.error(opened.cause)
      return problem(c, "InternalError", "The server failed to open the stream")
    }
    const { user, id, after, slot } = opened.value
    return streamSSE(c, async (stream) => {
      // The stream ends with its session (logout, revocation, expiry; a device token with its procedure).
      const sessionEnded = Deferred.await(slot.ended).pipe(
        Effect.zipRight(Effect.promise(() => stream.write(": session ended\n\n"))),
        Effect.asVoid
      )
      const fiber = runtime.runFork(
        Effect.raceFirst(pump(stream, user, id, after, heartbeat), sessionEnded).pipe(
          Effect.ensuring(slot.release)
        )
      )
      open.add(fiber)
      stream.onAbort(() => {
        runtime.runFork(Fiber.interrupt(fiber))
      })
      try {
        await runtime.runPromise(Fiber.await(fiber))
      } finally {
        open.delete(fiber)
        await runtime.runPromise(slot.release)
      }
    })
  })
}
