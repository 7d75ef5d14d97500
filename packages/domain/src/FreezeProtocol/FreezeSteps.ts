import { Effect } from "effect"
import type { Protocol } from "../Protocol.js"
import {
  FreezeBeforeThaw,
  FreezeWithoutNegativeStimulation,
  TooManyFreezeCycles,
  type UnexpectedEvent
} from "./Errors.js"
import type { Event } from "./Events.js"
import type { State } from "./State.js"
import { checkTime, commonOf, mapNow, positionName, type WithProbe } from "./Steps.js"
import { describeFinding, stimulationFinding } from "./Stimulation.js"

type InCycle = Extract<State, { readonly _tag: "Freezing" | "Thawing" }>

/** Starts a freeze cycle if the cycle limit and the last stimulation test allow it. */
export const startFreeze = (
  state: WithProbe,
  event: Event,
  t: number,
  protocol: Protocol
): Effect.Effect<State, TooManyFreezeCycles | FreezeWithoutNegativeStimulation | UnexpectedEvent> => {
  const { current } = state
  const maxCycles = protocol.cryo.freezeCyclesPerLesion.max
  if (current.freezeCycles.length >= maxCycles) {
    return Effect.fail(
      new TooManyFreezeCycles({
        side: current.side,
        level: current.level,
        cyclesDone: current.freezeCycles.length,
        maxCycles,
        message: `${positionName(current)} already has ${current.freezeCycles.length} freeze-thaw cycles; the protocol allows at most ${maxCycles} per lesion`
      })
    )
  }
  const finding = stimulationFinding(current.stimulation, protocol)
  if (finding !== null) {
    return Effect.fail(
      new FreezeWithoutNegativeStimulation({
        side: current.side,
        level: current.level,
        finding,
        test: current.stimulation,
        requiredFrequencyHz: protocol.cryo.stimulation.frequencyHz,
        requiredMaxVoltage: protocol.cryo.stimulation.maxVoltage,
        message: `Freeze at ${positionName(current)} refused: ${describeFinding(finding, current.stimulation, protocol)}`
      })
    )
  }
  return mapNow(checkTime(state, event, t), (startedAt) => ({
    _tag: "Freezing" as const,
    ...commonOf(state),
    clock: startedAt,
    current,
    startedAt,
    samples: []
  }))
}

/** Refuses a freeze started while the previous cycle is still freezing or thawing. */
export const refuseRefreeze = (state: InCycle, t: number): FreezeBeforeThaw => {
  const phase = state._tag === "Freezing" ? "freezing" : "thawing"
  return new FreezeBeforeThaw({
    side: state.current.side,
    level: state.current.level,
    phase,
    t,
    message: `A new freeze at ${positionName(state.current)} (${t} s) cannot start while the previous cycle is still ${phase}: end the freeze and let it thaw first`
  })
}

/** Closes the running cycle at thaw time `t`: the lesion gains a freeze cycle with its telemetry. */
export const completeThaw = (
  state: Extract<State, { readonly _tag: "Thawing" }>,
  t: number,
  protocol: Protocol
): State => {
  const temps = state.samples.map((x) => x.tipTemperatureC)
  const cycle = {
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    thawCompletedAt: t,
    targetTemperatureC: protocol.cryo.targetTemperatureC,
    reachedTemperatureC: temps.length === 0 ? null : Math.min(...temps),
    samples: state.samples
  }
  const current = { ...state.current, freezeCycles: [...state.current.freezeCycles, cycle] }
  return { _tag: "Thawed", lesions: state.lesions, lastSample: state.lastSample, clock: t, current }
}
