import { type EventBatch, ProtocolEvent, type StreamMessage } from "@cryoreg/contract"
import { FreezeProtocol } from "@cryoreg/domain"
import { Effect, Schema } from "effect"
import { EventConflict, EventIndexGap } from "./Errors.js"
import { completionDeviations, cycleKey, lesionDeviations, protocol, replay } from "./Replay.js"
import type { LiveRepo, ProcedureRow } from "./Repo.js"
import { decodeEvent } from "./Rows.js"
import type { LiveSamples } from "./Samples.js"

const encodeEvent = Schema.encodeSync(ProtocolEvent)

/** What applying an event batch did, for the caller to store in its transaction. */
export interface Applied {
  readonly state: FreezeProtocol.State
  readonly fresh: ReadonlyArray<string>
  readonly messages: ReadonlyArray<StreamMessage>
  readonly cycles: ReadonlyArray<{
    lesion: number
    cycle: number
    evaluation: FreezeProtocol.CycleEvaluation
  }>
  readonly deviations: ReadonlyArray<FreezeProtocol.SummaryDeviation>
  readonly evaluations: ReadonlyMap<string, FreezeProtocol.CycleEvaluation>
}

/**
 * Applies the new events of a batch to a procedure through `FreezeProtocol.apply`: events at stored indexes
 * must equal the stored ones, a refused step fails with the domain's error. A cycle is evaluated on its
 * stored telemetry when its thaw completes; a closed lesion and a completed procedure are summarized.
 */
export const applyBatch = (repo: LiveRepo, store: LiveSamples, row: ProcedureRow, batch: EventBatch) =>
  Effect.gen(function* () {
    const storedRows = yield* repo.events(row.id)
    const stored = storedRows.map((r) => r.data)
    if (batch.firstIndex > stored.length)
      return yield* new EventIndexGap({
        message: `the batch starts at event ${batch.firstIndex}, but ${stored.length} events are stored: send from ${stored.length}`
      })
    const encoded = batch.events.map((e) => JSON.stringify(encodeEvent(e)))
    for (const [i, e] of encoded.entries()) {
      const at = batch.firstIndex + i
      if (at < stored.length && stored[at] !== e)
        return yield* new EventConflict({
          message: `event ${at} differs from the one stored: ${stored[at]}`
        })
    }
    const fresh = encoded.slice(stored.length - batch.firstIndex)
    const evaluations = new Map(
      (yield* repo.cycles(row.id)).map((c) => [cycleKey(c.lesion, c.cycle), c.evaluation])
    )
    let state = yield* replay(
      row,
      stored.map((e) => decodeEvent(e))
    )
    const messages: Array<StreamMessage> = []
    const cycles: Array<Applied["cycles"][number]> = []
    const deviations: Array<FreezeProtocol.SummaryDeviation> = []
    for (const [i, event] of batch.events.slice(stored.length - batch.firstIndex).entries()) {
      state = yield* FreezeProtocol.apply(state, event, protocol)
      messages.push({ _tag: "ProtocolEventStored", index: stored.length + i, event, phase: state._tag })
      if (event._tag === "ThawCompleted" && state._tag === "Thawed") {
        const lesion = state.lesions.length
        const cycle = state.current.freezeCycles.length - 1
        const window = state.current.freezeCycles[cycle]!
        const samples = yield* store.samples(row.id, window.startedAt, event.t)
        const evaluation = FreezeProtocol.evaluateCycle(samples, protocol, window)
        evaluations.set(cycleKey(lesion, cycle), evaluation)
        cycles.push({ lesion, cycle, evaluation })
        messages.push({ _tag: "CycleEvaluated", lesion, cycle, evaluation })
      }
      const raised: Array<FreezeProtocol.SummaryDeviation> = []
      if (event._tag === "LesionCompleted") {
        const i = state.lesions.length - 1
        const samples = yield* Effect.forEach(state.lesions[i]!.freezeCycles, (c) =>
          store.samples(row.id, c.startedAt, c.thawCompletedAt ?? c.endedAt)
        )
        raised.push(...lesionDeviations(row, state.lesions, i, samples))
      }
      if (event._tag === "ProcedureCompleted") raised.push(...completionDeviations(row, state.lesions))
      for (const deviation of raised) messages.push({ _tag: "Deviation", deviation })
      deviations.push(...raised)
    }
    return { state, fresh, messages, cycles, deviations, evaluations } satisfies Applied
  })
