import { Effect, Either } from "effect"
import type { TelemetrySample } from "../Model/Procedure.js"
import type { Protocol } from "../Protocol.js"
import {
  type IllegalStep,
  LesionWithoutFreeze,
  ProcedureCompletedMidCycle,
  RepositionBeforeThaw
} from "./Errors.js"
import type { Event } from "./Events.js"
import { completeThaw, refuseRefreeze, startFreeze } from "./FreezeSteps.js"
import { initial, type State } from "./State.js"
import {
  acceptSample,
  checkTime,
  commonOf,
  mapNow,
  position,
  positionName,
  recordStimulation,
  unexpected
} from "./Steps.js"

/**
 * `apply` of a `Telemetry` event, without a fiber: the same rule, as an Either (itself an Effect), for a
 * loop over the thousands of samples a device posts a minute.
 *
 * @example
 * FreezeProtocol.applySample(state, { t: 12.1, tipTemperatureC: -71.5, pressureBar: 55, seq: 121 })
 */
export const applySample = (state: State, sample: TelemetrySample): Either.Either<State, IllegalStep> => {
  if (state._tag === "Completed")
    return Either.left(unexpected({ _tag: "Telemetry", sample }, state, "the procedure is already completed"))
  return Either.map(acceptSample(state, sample), (common): State => {
    if (state._tag === "Freezing" || state._tag === "Thawing") {
      return { ...state, ...common, samples: [...state.samples, sample] }
    }
    return { ...state, ...common }
  })
}

/**
 * Applies one event to the procedure state, or fails with the study's name for the illegal step.
 *
 * @example
 * FreezeProtocol.apply(state, { _tag: "FreezeStarted", t: 12 }, Protocol.study)
 */
export const apply = (state: State, event: Event, protocol: Protocol): Effect.Effect<State, IllegalStep> => {
  if (state._tag === "Completed")
    return Effect.fail(unexpected(event, state, "the procedure is already completed"))
  switch (event._tag) {
    case "ProbePositioned": {
      if (state._tag === "Freezing" || state._tag === "Thawing") {
        const phase = state._tag === "Freezing" ? "freezing" : "thawing"
        const from = { side: state.current.side, level: state.current.level }
        const to = { side: event.side, level: event.level }
        return Effect.fail(
          new RepositionBeforeThaw({
            from,
            to,
            phase,
            message: `The probe at ${positionName(from)} cannot be moved to ${positionName(to)} while ${phase}: wait until the thaw is complete`
          })
        )
      }
      if (state._tag === "Thawed") {
        const n = state.current.freezeCycles.length
        return Effect.fail(
          unexpected(
            event,
            state,
            `the lesion at ${positionName(state.current)} has ${n} freeze-thaw cycle${n === 1 ? "" : "s"}; record "lesion completed" before moving the probe`
          )
        )
      }
      return position(state, event.side, event.level, protocol)
    }
    case "StimulationTested": {
      if (state._tag === "Idle") return Effect.fail(unexpected(event, state, "no probe is positioned"))
      if (state._tag === "Freezing" || state._tag === "Thawing") {
        return Effect.fail(
          unexpected(event, state, "the probe is in ice; test before the freeze or after the thaw")
        )
      }
      const { _tag, ...test } = event
      return Effect.succeed(recordStimulation(state, test, protocol))
    }
    case "FreezeStarted": {
      if (state._tag === "Idle") return Effect.fail(unexpected(event, state, "no probe is positioned"))
      if (state._tag === "Freezing" || state._tag === "Thawing")
        return Effect.fail(refuseRefreeze(state, event.t))
      return startFreeze(state, event, event.t, protocol)
    }
    case "Telemetry":
      return applySample(state, event.sample)
    case "FreezeEnded": {
      if (state._tag !== "Freezing") return Effect.fail(unexpected(event, state, "no freeze is running"))
      return mapNow(checkTime(state, event, event.t), (t) => ({
        ...state,
        _tag: "Thawing",
        clock: t,
        endedAt: t
      }))
    }
    case "ThawCompleted": {
      if (state._tag === "Freezing")
        return Effect.fail(unexpected(event, state, "the freeze is still running"))
      if (state._tag !== "Thawing") return Effect.fail(unexpected(event, state, "no thaw is running"))
      return mapNow(checkTime(state, event, event.t), (t) => completeThaw(state, t, protocol))
    }
    case "LesionCompleted": {
      if (state._tag === "Thawed") {
        const { stimulation } = state.current
        // A cycle only starts after a negative test and a re-test never clears it, so this always holds.
        if (stimulation === null)
          return Effect.fail(unexpected(event, state, "the lesion has no stimulation test"))
        const lesion = { ...state.current, stimulation }
        return Effect.succeed({ _tag: "Idle", ...commonOf(state), lesions: [...state.lesions, lesion] })
      }
      if (state._tag === "Freezing" || state._tag === "Thawing") {
        return Effect.fail(unexpected(event, state, "the freeze-thaw cycle is not finished"))
      }
      const position = state._tag === "Idle" ? null : { side: state.current.side, level: state.current.level }
      const where =
        position === null
          ? "no probe is positioned"
          : `no freeze-thaw cycle was completed at ${positionName(position)}`
      return Effect.fail(new LesionWithoutFreeze({ position, message: `No lesion to close: ${where}` }))
    }
    case "ProcedureCompleted": {
      if (state._tag === "Freezing" || state._tag === "Thawing" || state._tag === "Thawed") {
        const phase =
          state._tag === "Freezing" ? "freezing" : state._tag === "Thawing" ? "thawing" : "lesion-open"
        const position = { side: state.current.side, level: state.current.level }
        const open =
          phase === "lesion-open"
            ? 'its lesion is not closed; record "lesion completed" first'
            : `it is still ${phase}`
        return Effect.fail(
          new ProcedureCompletedMidCycle({
            position,
            phase,
            message: `The procedure cannot be completed with the probe at ${positionName(position)}: ${open}`
          })
        )
      }
      return Effect.succeed({ _tag: "Completed", ...commonOf(state) })
    }
  }
}

/**
 * Applies events in order from `from` (default: the initial state), stopping at the first illegal step.
 *
 * @example
 * Effect.runSync(FreezeProtocol.applyAll(events, Protocol.study))._tag // "Completed"
 */
export const applyAll = (
  events: Iterable<Event>,
  protocol: Protocol,
  from: State = initial(protocol)
): Effect.Effect<State, IllegalStep> =>
  Effect.reduce(events, from, (state, event) => apply(state, event, protocol))
