import type { Model } from "@cryoreg/domain"
import { FreezeProtocol, Protocol } from "@cryoreg/domain"
import { co2Probe, type ProbeParameters } from "../probe/Parameters.js"
import { substream } from "../probe/Random.js"
import { type NerveModel, sacralNerves } from "../probe/Stimulation.js"
import { Device } from "./Device.js"
import { type FaultName, faultPlan } from "./Faults.js"
import { lesion } from "./Lesion.js"
import { clinicTiming, type Timing } from "./Plan.js"
import type { Step } from "./Steps.js"

/** What to simulate: the side, lesions a side, cycles a lesion, the seed and the faults. */
export interface SimulationOptions {
  readonly side: Model.TreatedSide
  readonly lesionsPerSide: number
  /** Freeze-thaw cycles per lesion (default: the protocol's minimum). */
  readonly cycles?: number
  readonly seed: number
  readonly faults?: ReadonlyArray<FaultName>
  readonly protocol?: Protocol.Protocol
  readonly parameters?: Partial<ProbeParameters>
  readonly timing?: Timing
  readonly nerves?: NerveModel
}

/**
 * A whole procedure on the device clock, deterministic for a seed: a tick per telemetry sample and the
 * protocol events in order (positioned, stimulation tested, freeze started and ended, thaw completed, lesion
 * completed; procedure completed last). Pure: nothing is sent anywhere.
 */
export function* simulateProcedure(options: SimulationOptions): Generator<Step> {
  const protocol = options.protocol ?? Protocol.study
  const parameters = { ...co2Probe, ...options.parameters }
  const plan = FreezeProtocol.planLesions(options.side, options.lesionsPerSide, protocol)
  const faults = faultPlan(parameters, options.faults ?? [], plan.length)
  const cycles = options.cycles ?? protocol.cryo.freezeCyclesPerLesion.min
  const idle = { lesion: 0, lesions: plan.length, side: null, level: null, cycle: 0, cycles }
  const device = new Device(parameters, faults.gasPath, faults.cylinderFillKg, substream(options.seed, 2), {
    ...idle,
    activity: "starting"
  })
  const ctx = {
    protocol,
    timing: options.timing ?? clinicTiming,
    nerves: options.nerves ?? sacralNerves,
    anatomy: substream(options.seed, 1),
    faults,
    cycles,
    lesions: plan.length
  }
  yield device.now()
  for (const [i, planned] of plan.entries()) yield* lesion(device, planned, i + 1, ctx)
  device.where = { ...device.where, activity: "done" }
  yield device.record({ _tag: "ProcedureCompleted" })
}
