import { Effect, Either, Exit } from "effect"
import type { StimulationTest, TelemetrySample } from "../Model/Procedure.js"
import type { Side } from "../Model/Scales.js"
import type { Level, Protocol } from "../Protocol.js"
import { LevelNotInProtocol, TelemetryOutOfOrder, UnexpectedEvent } from "./Errors.js"
import type { Event, SpinalLevel } from "./Events.js"
import type { OpenLesion, State } from "./State.js"
import { stimulationFinding } from "./Stimulation.js"

type Common = Pick<State, "lesions" | "lastSample" | "clock">
/** A state with the probe in place and no cycle running. */
export type WithProbe = Extract<State, { readonly _tag: "Positioned" | "Stimulated" | "Thawed" }>

const labels: Record<Event["_tag"], string> = {
  ProbePositioned: "probe positioned",
  StimulationTested: "stimulation tested",
  FreezeStarted: "freeze started",
  Telemetry: "telemetry sample",
  FreezeEnded: "freeze ended",
  ThawCompleted: "thaw completed",
  LesionCompleted: "lesion completed",
  ProcedureCompleted: "procedure completed"
}

/** "S1 left": how a clinician names a probe position. */
export const positionName = (p: { readonly side: Side; readonly level: SpinalLevel }): string =>
  `${p.level} ${p.side}`

/** The fields every state carries over. */
export const commonOf = (s: State): Common => ({
  lesions: s.lesions,
  lastSample: s.lastSample,
  clock: s.clock
})

/** `Effect.map` of a step already decided (an Exit, as `Effect.succeed` and `Effect.fail` are) as an Exit again, so a replay of thousands of events reads each answer without running a fiber. */
export const mapNow = <A, B, E>(effect: Effect.Effect<A, E>, f: (a: A) => B): Effect.Effect<B, E> =>
  Exit.isExit(effect) ? Exit.map(effect as Exit.Exit<A, E>, f) : Effect.map(effect, f)

/** Refuses `event` in `state`, saying why in words. */
export const unexpected = (event: Event, state: State, why: string): UnexpectedEvent =>
  new UnexpectedEvent({
    event: event._tag,
    state: state._tag,
    message: `"${labels[event._tag]}" is not possible now: ${why}`
  })

/** Accepts the device time of an event unless it goes back before the latest time seen. */
export const checkTime = (state: State, event: Event, t: number): Effect.Effect<number, UnexpectedEvent> =>
  state.clock !== null && t < state.clock
    ? Effect.fail(
        unexpected(
          event,
          state,
          `its time ${t} s is before the last recorded time ${state.clock} s; times never go back`
        )
      )
    : Effect.succeed(t)

/**
 * Accepts a telemetry sample only if its sequence number and time come after everything seen before (an
 * Either, itself an Effect: a device posts thousands a minute, and this runs without a fiber).
 */
export const acceptSample = (
  state: State,
  sample: TelemetrySample
): Either.Either<Common, TelemetryOutOfOrder> => {
  const prev = state.lastSample
  const seqBack = prev !== null && sample.seq <= prev.seq
  const timeBack = (prev !== null && sample.t <= prev.t) || (state.clock !== null && sample.t < state.clock)
  if (!seqBack && !timeBack)
    return Either.right({ lesions: state.lesions, lastSample: sample, clock: sample.t })
  const what = seqBack ? `sequence number ${sample.seq}` : `time ${sample.t} s`
  const after = prev === null ? `the last event at ${state.clock} s` : `sample #${prev.seq} at ${prev.t} s`
  return Either.left(
    new TelemetryOutOfOrder({
      seq: sample.seq,
      t: sample.t,
      previousSeq: prev?.seq ?? null,
      previousT: prev?.t ?? state.clock,
      message: `telemetry sample #${sample.seq} at ${sample.t} s is out of order (${what} does not come after ${after}); sequence numbers and times must increase`
    })
  )
}

const isProtocolLevel = (level: SpinalLevel, levels: ReadonlyArray<Level>): level is Level =>
  (levels as ReadonlyArray<string>).includes(level)

/** Places the probe: a new lesion position with no stimulation test yet. */
export const position = (
  state: State,
  side: Side,
  level: SpinalLevel,
  protocol: Protocol
): Effect.Effect<State, LevelNotInProtocol> => {
  const allowed = protocol.cryo.levels
  if (!isProtocolLevel(level, allowed)) {
    return Effect.fail(
      new LevelNotInProtocol({
        level,
        allowed,
        message: `${level} is not a level of this protocol; lesions are made at ${allowed.join(", ")}`
      })
    )
  }
  const current: OpenLesion = { side, level, stimulation: null, freezeCycles: [] }
  return Effect.succeed({ _tag: "Positioned", ...commonOf(state), current })
}

/** Records a stimulation test at the current position; a negative one clears the probe to freeze. */
export const recordStimulation = (state: WithProbe, test: StimulationTest, protocol: Protocol): State => {
  const current: OpenLesion = { ...state.current, stimulation: test }
  if (state._tag === "Thawed") return { ...state, current }
  const tag = stimulationFinding(test, protocol) === null ? "Stimulated" : "Positioned"
  return { _tag: tag, ...commonOf(state), current }
}
