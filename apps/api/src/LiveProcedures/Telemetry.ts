import type { StreamMessage, TelemetryAccepted, TelemetryQuery, TelemetrySeries } from "@cryoreg/contract"
import { FreezeProtocol, type Model } from "@cryoreg/domain"
import { Effect, Either } from "effect"
import { downsample } from "./Downsample.js"
import { GroupCommit } from "./GroupCommit.js"
import { telemetryState } from "./Replay.js"
import { LiveRepo, type ProcedureRow } from "./Repo.js"
import { LiveSamples } from "./Samples.js"

/** Telemetry of live procedures: ingest idempotent by sequence number, and windows for charts. */
export const makeTelemetry = Effect.gen(function* () {
  const repo = yield* LiveRepo
  const store = yield* LiveSamples
  const commits = yield* GroupCommit

  /**
   * Stores the samples of a batch whose sequence number is new, in one transaction (or savepoint of a group commit, see `GroupCommit`). Resent ones (stored
   * already) are skipped; the new ones go through the freeze protocol's machine, which refuses any whose
   * sequence number or time does not come after the latest stored (nothing of the batch is then stored).
   */
  const ingest = <E, R>(
    find: (id: string) => Effect.Effect<ProcedureRow, E, R>,
    id: string,
    batch: ReadonlyArray<Model.TelemetrySample>
  ) =>
    commits.run(
      Effect.gen(function* () {
        const row = yield* find(id)
        let state = telemetryState(row)
        const lastSeq = state.lastSample?.seq ?? -1
        const resent = batch.filter((s) => s.seq <= lastSeq)
        const stored =
          resent.length === 0
            ? new Set<number>()
            : yield* store.storedSeqs(
                id,
                resent.map((s) => s.seq)
              )
        const fresh: Array<Model.TelemetrySample> = []
        for (const sample of batch) {
          if (stored.has(sample.seq)) continue
          // The machine's telemetry step without a fiber step per sample (FreezeProtocol.apply's own rule).
          const next = FreezeProtocol.applySample(state, sample)
          if (Either.isLeft(next)) return yield* Effect.fail(next.left)
          state = next.right
          fresh.push(sample)
        }
        const inserted = yield* store.insertSamples(id, fresh)
        const last = state.lastSample
        if (inserted > 0 && last !== null) {
          const message: StreamMessage = { _tag: "Samples", samples: fresh }
          yield* store.appendStream(id, [JSON.stringify(message)])
          yield* repo.addSamples(id, inserted, JSON.stringify(last), last.t)
        }
        return {
          received: batch.length,
          stored: inserted,
          lastSeq: last?.seq ?? null
        } satisfies TelemetryAccepted
      })
    )

  /** The stored samples of a device-time window, downsampled to `maxPoints` when asked. */
  const window = (id: string, query: TelemetryQuery) =>
    Effect.gen(function* () {
      const samples = yield* store.samples(id, query.from ?? 0, query.to ?? Number.MAX_VALUE)
      const max = query.maxPoints
      const shown = max === undefined ? samples : downsample(samples, max)
      return {
        samples: [...shown],
        total: samples.length,
        downsampled: shown.length < samples.length
      } satisfies TelemetrySeries
    })

  return { ingest, window } as const
})
