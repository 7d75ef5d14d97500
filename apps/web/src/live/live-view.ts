import type { LiveProcedureState, StreamMessage } from "@cryoreg/contract"
import type { FreezeProtocol, Model } from "@cryoreg/domain"

/** What the live page has gathered from the stream: the curve, where the protocol is, deviations. */
export interface LiveView {
  /** Tip temperature samples in device time, each sequence number once. */
  readonly samples: Array<Model.TelemetrySample>
  readonly seen: Set<number>
  phase: LiveProcedureState["phase"] | null
  /** Device time of the current freeze's start (null outside a freeze). */
  freezeStartedAt: number | null
  /** Device time of each lesion's first freeze: a lesion's curve runs from there to the next one's. */
  readonly lesionStarts: Array<number>
  /** Whether the next freeze starts a new lesion (at the start, and after each `LesionCompleted`). */
  newLesion: boolean
  readonly deviations: Array<FreezeProtocol.SummaryDeviation>
  readonly events: Set<number>
  lastT: number
}

/** An empty view, before the first message. */
export const emptyView = (): LiveView => ({
  samples: [],
  seen: new Set(),
  phase: null,
  freezeStartedAt: null,
  lesionStarts: [],
  newLesion: true,
  deviations: [],
  events: new Set(),
  lastT: 0
})

/**
 * Folds one stream message into the view. Messages replayed after a reconnection change nothing twice:
 * samples are kept once per sequence number, protocol events once per index.
 */
export const apply = (view: LiveView, message: StreamMessage): LiveView => {
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
    case "ProtocolEventStored": {
      if (view.events.has(message.index)) return view
      view.events.add(message.index)
      view.phase = message.phase
      const e = message.event
      if (e._tag === "FreezeStarted") {
        view.freezeStartedAt = e.t
        if (view.newLesion) view.lesionStarts.push(e.t)
        view.newLesion = false
      }
      if (e._tag === "FreezeEnded") view.freezeStartedAt = null
      if (e._tag === "LesionCompleted") view.newLesion = true
      return view
    }
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

/** The lesion (0-based) a sample belongs to: the last one whose first freeze started at or before it. */
export const lesionOf = (view: LiveView, t: number): number =>
  Math.max(0, view.lesionStarts.filter((start) => start <= t).length - 1)

/**
 * The curve as uPlot's aligned columns: device time, then one tip-temperature column per lesion (null
 * outside that lesion, so each lesion draws as its own line: its freezes and thaws; what comes before the
 * first freeze belongs to the first lesion).
 */
export const columns = (view: LiveView): Array<Array<number | null>> => {
  const lesions = Math.max(1, view.lesionStarts.length)
  const xs = view.samples.map((s) => s.t)
  const ys = Array.from({ length: lesions }, (_, k) =>
    view.samples.map((s) => (lesionOf(view, s.t) === k ? s.tipTemperatureC : null))
  )
  return [xs, ...ys]
}

/** Seconds the current freeze has run, by the device clock (null outside a freeze). */
export const freezeSeconds = (view: LiveView): number | null =>
  view.freezeStartedAt === null ? null : Math.max(0, view.lastT - view.freezeStartedAt)
