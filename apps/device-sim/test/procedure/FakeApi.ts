import { ApiError, type ProtocolEvent } from "@cryoreg/contract"
import { FreezeProtocol, type Model, Protocol } from "@cryoreg/domain"
import { Effect, Either } from "effect"
import type { Transport } from "../../src/procedure/Transport.js"

/**
 * An in-process stand-in for the API's live-procedure routes, with the contract's semantics: telemetry
 * idempotent by sequence number, events idempotent by index, every step through `FreezeProtocol.apply`
 * (a refused one is a 409 with the error's tag). It can drop answers after storing (a restart mid-request).
 */
export class FakeApi implements Transport {
  state: FreezeProtocol.State
  readonly samples = new Map<number, Model.TelemetrySample>()
  readonly events: Array<ProtocolEvent> = []
  requests = 0
  /** Answer this request number (1-based) with a lost connection after storing. */
  loseAnswerOf: (request: number) => boolean = () => false
  /** Fail before storing anything (an API that is down). */
  down = false
  status: number | null = null

  constructor(readonly protocol: Protocol.Protocol = Protocol.study) {
    this.state = FreezeProtocol.initial(protocol)
  }

  private apply(event: FreezeProtocol.Event): FreezeProtocol.State {
    const next = Effect.runSync(Effect.either(FreezeProtocol.apply(this.state, event, this.protocol)))
    if (Either.isLeft(next)) throw new ApiError(409, next.left._tag, next.left.message)
    return next.right
  }

  private enter(): number {
    const n = ++this.requests
    if (this.status !== null) throw new ApiError(this.status, "Unauthorized", "refused")
    if (this.down) throw new ApiError(0, "Unreachable", "The API cannot be reached: connection refused")
    return n
  }

  private leave<A>(n: number, answer: A): Promise<A> {
    if (this.loseAnswerOf(n)) return Promise.reject(new ApiError(0, "Unreachable", "socket hang up"))
    return Promise.resolve(answer)
  }

  postTelemetry: Transport["postTelemetry"] = async (samples) => {
    const n = this.enter()
    let stored = 0
    for (const sample of samples) {
      if (this.samples.has(sample.seq)) continue
      this.state = this.apply({ _tag: "Telemetry", sample })
      this.samples.set(sample.seq, sample)
      stored++
    }
    const lastSeq = this.samples.size === 0 ? null : Math.max(...this.samples.keys())
    return this.leave(n, { received: samples.length, stored, lastSeq })
  }

  postEvents: Transport["postEvents"] = async (firstIndex, events) => {
    const n = this.enter()
    if (firstIndex > this.events.length) throw new ApiError(409, "EventIndexGap", "gap")
    const fresh = events.slice(this.events.length - firstIndex)
    let state = this.state
    for (const event of fresh) {
      const next = Effect.runSync(Effect.either(FreezeProtocol.apply(state, event, this.protocol)))
      if (Either.isLeft(next)) throw new ApiError(409, next.left._tag, next.left.message)
      state = next.right
    }
    this.state = state
    this.events.push(...fresh)
    return this.leave(n, {
      received: events.length,
      stored: fresh.length,
      nextIndex: this.events.length,
      phase: state._tag,
      deviations: []
    })
  }
}
