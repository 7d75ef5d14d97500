import type { EventsAccepted, ProtocolEvent } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { type RetryOptions, retrying } from "./Backoff.js"
import type { Transport } from "./Transport.js"

type Item =
  | { readonly kind: "sample"; readonly sample: Model.TelemetrySample }
  | { readonly kind: "event"; readonly index: number; readonly event: ProtocolEvent }

/** What the outbox has done so far. */
export interface OutboxStats {
  readonly queued: number
  readonly samplesSent: number
  readonly samplesStored: number
  readonly eventsSent: number
  readonly eventsStored: number
  readonly retries: number
  readonly lastSeq: number | null
}

/** How the outbox batches and retries, and what it reports: retries, and what the API said of new events. */
export interface OutboxOptions extends RetryOptions {
  readonly maxBatch?: number
  readonly onEvents?: (answer: EventsAccepted) => void
  /** Index of the first event queued (the API's `nextEventIndex` when a run resumes). */
  readonly firstEventIndex?: number
}

/**
 * Everything the device recorded and the API has not acknowledged, in recording order. One worker sends it
 * oldest first (a run of samples as one telemetry batch, a run of events as one event batch), so an event
 * never reaches the API before the samples recorded before it. A failure that can pass (API unreachable or
 * restarting) is retried with backoff and the same batch is resent: the API is idempotent by sequence
 * number and event index, so nothing is stored twice or lost. Any other failure stops the outbox.
 */
export class Outbox {
  private readonly items: Array<Item> = []
  private nextEventIndex: number
  private working: Promise<void> | null = null
  private stats = { samplesSent: 0, samplesStored: 0, eventsSent: 0, eventsStored: 0, retries: 0 }
  private lastSeq: number | null = null
  /** The failure that stopped the outbox, if any. */
  failure: unknown = null

  constructor(
    private readonly transport: Transport,
    private readonly options: OutboxOptions = {}
  ) {
    this.nextEventIndex = options.firstEventIndex ?? 0
  }

  /** Queues a sample. */
  sample(sample: Model.TelemetrySample): void {
    this.items.push({ kind: "sample", sample })
  }

  /** Queues a protocol event under the next event index. */
  event(event: ProtocolEvent): void {
    this.items.push({ kind: "event", index: this.nextEventIndex++, event })
  }

  /** Samples and events waiting. */
  get queued(): number {
    return this.items.length
  }

  /** Counters so far. */
  get progress(): OutboxStats {
    return { ...this.stats, queued: this.items.length, lastSeq: this.lastSeq }
  }

  /** Starts sending what is queued, unless a send is under way (it will pick up the new items). */
  kick(): void {
    if (this.working !== null || this.failure !== null || this.items.length === 0) return
    this.working = this.drain().finally(() => {
      this.working = null
    })
  }

  /** Sends everything queued; resolves when nothing is left, rejects with the failure that stopped it. */
  async flush(): Promise<void> {
    for (;;) {
      if (this.failure !== null) throw this.failure
      if (this.items.length === 0 && this.working === null) return
      this.kick()
      await this.working
    }
  }

  private async drain(): Promise<void> {
    while (this.items.length > 0) {
      const batch = this.nextBatch()
      try {
        await retrying(() => this.send(batch), {
          ...this.options,
          onRetry: (error, attempt, waitMs) => {
            this.stats.retries++
            this.options.onRetry?.(error, attempt, waitMs)
          }
        })
      } catch (error) {
        this.failure = error
        return
      }
      this.items.splice(0, batch.length)
    }
  }

  private nextBatch(): ReadonlyArray<Item> {
    const kind = this.items[0]!.kind
    // The contract takes at most 2000 samples or 200 events a batch.
    const max = Math.min(this.options.maxBatch ?? 500, kind === "sample" ? 2000 : 200)
    const end = this.items.findIndex((item, i) => i >= max || item.kind !== kind)
    return this.items.slice(0, end === -1 ? this.items.length : end)
  }

  private async send(batch: ReadonlyArray<Item>): Promise<void> {
    const first = batch[0]!
    if (first.kind === "sample") {
      const samples = batch.flatMap((item) => (item.kind === "sample" ? [item.sample] : []))
      const answer = await this.transport.postTelemetry(samples)
      this.stats.samplesSent += samples.length
      this.stats.samplesStored += answer.stored
      this.lastSeq = answer.lastSeq
      return
    }
    const events = batch.flatMap((item) => (item.kind === "event" ? [item.event] : []))
    const answer = await this.transport.postEvents(first.index, events)
    this.stats.eventsSent += events.length
    this.stats.eventsStored += answer.stored
    this.options.onEvents?.(answer)
  }
}
