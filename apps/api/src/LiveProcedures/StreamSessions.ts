import { Deferred, Duration, Effect, Schedule } from "effect"
import * as AppConfig from "../AppConfig.js"
import { AuthRepo } from "../Auth/Repo.js"
import { TooManyStreams } from "./Errors.js"

/** An open stream's hold on its session: `ended` completes when the session ends; `release` frees the slot. */
export interface StreamSlot {
  readonly ended: Deferred.Deferred<void>
  readonly release: Effect.Effect<void>
}

// How often the sessions of the open streams are checked: one query for all of them, whatever their number,
// so a stream ends within about this long of its session (logout, revocation, expiry, its procedure's end
// for a device token), also when another API process ended it.
const checkEvery = Duration.millis(500)
const chunk = 500

/**
 * The open live-procedure streams of this process by session (a token's hash): at most
 * `CRYOREG_STREAMS_PER_SESSION` each, and each ended when its session no longer is valid.
 */
export class StreamSessions extends Effect.Service<StreamSessions>()("api/StreamSessions", {
  scoped: Effect.gen(function* () {
    const repo = yield* AuthRepo
    const cap = yield* AppConfig.streamsPerSession
    const open = new Map<string, Set<Deferred.Deferred<void>>>()

    const check = Effect.gen(function* () {
      const hashes = [...open.keys()]
      const now = new Date().toISOString()
      for (let i = 0; i < hashes.length; i += chunk) {
        const some = hashes.slice(i, i + chunk)
        const valid = yield* repo.liveSessions(some, now)
        for (const hash of some)
          if (!valid.has(hash))
            for (const ended of open.get(hash) ?? []) yield* Deferred.succeed(ended, undefined)
      }
    })
    yield* check.pipe(
      Effect.catchAllCause((cause) => Effect.logError("checking the sessions of open streams failed", cause)),
      Effect.repeat(Schedule.spaced(checkEvery)),
      Effect.forkScoped
    )

    /** Takes a slot for one more stream of the session, or fails with 429 when it holds the most allowed. */
    const acquire = (tokenHash: string): Effect.Effect<StreamSlot, TooManyStreams> =>
      Effect.gen(function* () {
        const streams = open.get(tokenHash) ?? new Set<Deferred.Deferred<void>>()
        if (cap > 0 && streams.size >= cap)
          return yield* new TooManyStreams({
            message: `this session already follows ${streams.size} live procedures, the most allowed at once (CRYOREG_STREAMS_PER_SESSION = ${cap}): close one of its live pages first`
          })
        const ended = yield* Deferred.make<void>()
        streams.add(ended)
        open.set(tokenHash, streams)
        const release = Effect.sync(() => {
          streams.delete(ended)
          if (streams.size === 0 && open.get(tokenHash) === streams) open.delete(tokenHash)
        })
        return { ended, release }
      })

    return { acquire } as const
  }),
  dependencies: [AuthRepo.Default]
}) {}
