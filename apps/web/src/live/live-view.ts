import type { LiveProcedureState, StreamMessage } from "@cryoreg/contract"
import { FreezeProtocol, type Model, Protocol } from "@cryoreg/domain"
import { Effect, Either } from "effect"

/**
 * What the live page has gathered from the stream. Where the procedure stands is the domain's
 * `FreezeProtocol.State`, folded with `FreezeProtocol.apply` over the stored events as the API folds them
 * (the stream replays them all from the first); the view keeps only what is its own: the curve's samples,
 * the device clock they reached, and the deviations to list.
 */
export interface LiveView {
  /** Tip temperature samples in device time, each sequence number once. */
  readonly samples: Array<Model.TelemetrySample>
  readonly seen: Set<number>
  /** The freeze protocol's state after the events received so far (without telemetry: the curve has it). */
  protocol: FreezeProtocol.State
  /** Indexes of the protocol events applied, so a replayed one changes nothing. */
  readonly events: Set<number>
  readonly deviations: Array<FreezeProtocol.SummaryDeviation>
  lastT: number
}

/** An empty view, before the first message. */
export const emptyView = (): LiveView => ({
  samples: [],
  seen: new Set(),
  protocol: FreezeProtocol.initial(Protocol.study),
  events: new Set(),
  deviations: [],
  lastT: 0
})

// The API stored each event only after the same machine accepted it; a refused one (never expected) is
// left out rather than stopping the page.
const step = (state: FreezeProtocol.State, event: FreezeProtocol.Event): FreezeProtocol.State =>
  Either.getOrElse(
    Effect.runSync(Effect.either(FreezeProtocol.apply(state, event, Protocol.study))),
    () => state
  )

/**
 * Folds one stream message into the view. Messages replayed after a reconnection change nothing twice:
 * samples are kept once per sequence number, protocol events once per index.
 */
export const receive = (view: LiveView, message: StreamMessage): LiveView => {
  switch (message._tag) {
    case "Samples":
      for (const s of message.samples) {
        if (view.seen.has(s.seq)) continue
        view.seen.add(s.seq)
        view.samples.push(s)
        view.lastT = Math.max(view.lastT, s.t)
      }
      view.samples.sort((a, b) => a.t - b.t)
      return view
    case "ProtocolEventStored":
      if (view.events.has(message.index)) return view
      view.events.add(message.index)
      view.protocol = step(view.protocol, message.event)
      return view
    case "Deviation":
      if (
        !view.deviations.some(
          (d) => d.message === message.deviation.message && d.lesion === message.deviation.lesion
        )
      )
        view.deviations.push(message.deviation)
      return view
    case "CycleEvaluated":
      return view
  }
}

/** The protocol step the stream has reached (null before its first event: the page shows the API's). */
export const phaseOf = (view: LiveView): LiveProcedureState["phase"] | null =>
  view.events.size === 0 ? null : view.protocol._tag

/**
 * Device time of each lesion's first freeze, closed lesions then the open one (its running freeze when it
 * has no finished cycle yet): a lesion's curve runs from there to the next one's.
 */
export const lesionStarts = (state: FreezeProtocol.State): Array<number> => {
  const closed = state.lesions.flatMap((l) =>
    l.freezeCycles[0] === undefined ? [] : [l.freezeCycles[0].startedAt]
  )
  if (!("current" in state)) return closed
  const first =
    state.current.freezeCycles[0]?.startedAt ?? (state._tag === "Freezing" ? state.startedAt : null)
  return first === null ? closed : [...closed, first]
}

/** The lesion (0-based) a sample belongs to: the last one whose first freeze started at or before it. */
export const lesionOf = (starts: ReadonlyArray<number>, t: number): number =>
  Math.max(0, starts.filter((start) => start <= t).length - 1)

/**
 * A curve as uPlot's aligned columns: device time, then one tip-temperature column per lesion (null outside
 * that lesion, so each lesion draws as its own line: its freezes and thaws; what comes before the first
 * freeze belongs to the first lesion).
 */
export const curveColumns = (
  samples: ReadonlyArray<Model.TelemetrySample>,
  starts: ReadonlyArray<number>
): Array<Array<number | null>> => {
  const lesions = Math.max(1, starts.length)
  const xs = samples.map((s) => s.t)
  const ys = Array.from({ length: lesions }, (_, k) =>
    samples.map((s) => (lesionOf(starts, s.t) === k ? s.tipTemperatureC : null))
  )
  return [xs, ...ys]
}

/** The live view's curve (`curveColumns` with the lesions the protocol state holds). */
export const columns = (view: LiveView): Array<Array<number | null>> =>
  curveColumns(view.samples, lesionStarts(view.protocol))

/** Seconds the current freeze has run, by the device clock (null outside a freeze). */
export const freezeSeconds = (view: LiveView): number | null =>
  view.protocol._tag === "Freezing" ? Math.max(0, view.lastT - view.protocol.startedAt) : null
