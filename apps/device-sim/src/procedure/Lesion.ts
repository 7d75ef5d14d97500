import type { FreezeProtocol, Protocol } from "@cryoreg/domain"
import { type Random, uniform } from "../probe/Random.js"
import {
  distanceForThreshold,
  drawDistance,
  type NerveModel,
  repositioned,
  sweep,
  thresholdVolts
} from "../probe/Stimulation.js"
import type { Device } from "./Device.js"
import type { FaultPlan } from "./Faults.js"
import type { Timing } from "./Plan.js"
import type { Step } from "./Steps.js"

/** What one lesion needs besides the device: the protocol, the clinic's timing, the anatomy and the faults. */
export interface LesionContext {
  readonly protocol: Protocol.Protocol
  readonly timing: Timing
  readonly nerves: NerveModel
  readonly anatomy: Random
  readonly faults: FaultPlan
  readonly cycles: number
  readonly lesions: number
}

const range = (random: Random, r: { readonly min: number; readonly max: number }) =>
  uniform(random, r.min, r.max)

/**
 * One lesion as the clinic does it: place the probe, sweep the 2 Hz stimulation up to the protocol's voltage
 * (a motor response: move the probe away and test again), then the freeze-thaw cycles, then close the lesion.
 */
export function* lesion(
  device: Device,
  plan: FreezeProtocol.PlannedLesion,
  index: number,
  ctx: LesionContext
): Generator<Step> {
  const { cryo } = ctx.protocol
  const at = (activity: typeof device.where.activity, cycle = 0) => {
    device.where = { ...plan, lesion: index, lesions: ctx.lesions, cycle, cycles: ctx.cycles, activity }
  }
  at("positioning")
  yield* device.advance(range(ctx.anatomy, ctx.timing.positioningSeconds))
  const forced = index === 1 ? ctx.faults.firstMotorThresholdVolts : null
  let distance =
    forced === null ? drawDistance(ctx.nerves, ctx.anatomy) : distanceForThreshold(ctx.nerves, forced)
  yield device.record({ _tag: "ProbePositioned", side: plan.side, level: plan.level })
  for (;;) {
    at("stimulating")
    const test = sweep(thresholdVolts(ctx.nerves, distance), {
      frequencyHz: cryo.stimulation.frequencyHz,
      maxVoltage: cryo.stimulation.maxVoltage,
      steps: ctx.timing.voltageSteps
    })
    yield* device.advance(test.voltagesTried.length * ctx.timing.stimulationStepSeconds)
    yield device.record({ _tag: "StimulationTested", ...test, voltagesTried: [...test.voltagesTried] })
    if (test.motorResponseAtVoltage === null) break
    at("positioning")
    yield* device.advance(range(ctx.anatomy, ctx.timing.repositioningSeconds))
    distance = repositioned(ctx.nerves, distance, ctx.anatomy)
    yield device.record({ _tag: "ProbePositioned", side: plan.side, level: plan.level })
  }
  for (let cycle = 1; cycle <= ctx.cycles; cycle++) {
    at("ready", cycle)
    yield* device.advance(ctx.timing.pauseSeconds)
    at("freezing", cycle)
    device.valve(true)
    const startedAt = device.t
    const dropout = ctx.faults.dropout
    if (dropout !== null && dropout.lesion === index && dropout.cycle === cycle)
      device.mute(startedAt + dropout.fromSeconds, startedAt + dropout.toSeconds)
    yield device.record({ _tag: "FreezeStarted", t: startedAt })
    yield* device.advance(cryo.freezeSeconds)
    device.valve(false)
    at("thawing", cycle)
    yield device.record({ _tag: "FreezeEnded", t: device.t })
    const thawed = (s: { readonly tipTemperatureC: number }) =>
      s.tipTemperatureC >= cryo.thawCompleteTemperatureC
    yield* device.advanceUntil(thawed, ctx.timing.maxThawSeconds)
    yield device.record({ _tag: "ThawCompleted", t: device.t })
  }
  yield device.record({ _tag: "LesionCompleted" })
}
