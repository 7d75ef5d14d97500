import { setImmediate } from "node:timers/promises"
import type { EventsAccepted } from "@cryoreg/contract"
import { co2Probe } from "../probe/Parameters.js"
import type { Backoff } from "./Backoff.js"
import { faultPlan } from "./Faults.js"
import { Outbox, type OutboxStats } from "./Outbox.js"
import { type SimulationOptions, simulateProcedure } from "./Simulation.js"
import type { Step, Tick } from "./Steps.js"
import { type Transport, withNetworkLoss } from "./Transport.js"

/** How to run a simulated procedure against a transport. */
export interface RunnerOptions {
  readonly simulation: SimulationOptions
  readonly transport: Transport
  /** Simulated seconds per real second; `Infinity` runs as fast as the machine allows. */
  readonly speed: number
  /** Called for every tick and protocol event, with the outbox's counters. */
  readonly onStep?: (step: Step, outbox: OutboxStats) => void
  readonly onRetry?: (error: unknown, attempt: number, waitMs: number) => void
  /** Called with the API's answer to each event batch (its phase and the deviations the events raised). */
  readonly onEvents?: (answer: EventsAccepted) => void
  /** Send what is queued at least this often (real time), ms; events are sent at once. */
  readonly flushEveryMs?: number
  readonly maxBatch?: number
  readonly backoff?: Backoff
}

/** What a run did: the outbox's counters, the device time at the end and the probe's last tick. */
export interface RunResult {
  readonly stats: OutboxStats
  readonly deviceSeconds: number
  readonly lastTick: Tick | null
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs a simulated procedure in (scaled) real time: each sample and protocol event goes into the outbox as the
 * device records it, the outbox sends them in order in the background (retrying while the API is unreachable),
 * and the run ends when everything is acknowledged. Fails with the first failure that cannot be retried
 * (e.g. a refused step, 409 with the domain's error tag).
 */
export const runProcedure = async (options: RunnerOptions): Promise<RunResult> => {
  let deviceT = 0
  const faults = faultPlan(
    { ...co2Probe, ...options.simulation.parameters },
    options.simulation.faults ?? [],
    1
  )
  const loss = faults.networkLoss
  const transport =
    loss === null
      ? options.transport
      : withNetworkLoss(options.transport, () => deviceT >= loss.fromT && deviceT < loss.toT)
  const outbox = new Outbox(transport, {
    ...(options.maxBatch === undefined ? {} : { maxBatch: options.maxBatch }),
    ...(options.backoff === undefined ? {} : { backoff: options.backoff }),
    ...(options.onRetry === undefined ? {} : { onRetry: options.onRetry }),
    ...(options.onEvents === undefined ? {} : { onEvents: options.onEvents })
  })
  const flushEveryMs = options.flushEveryMs ?? 200
  const start = Date.now()
  let lastKick = start
  let lastTick: Tick | null = null
  let spins = 0
  for (const step of simulateProcedure(options.simulation)) {
    deviceT = step.t
    if (step.kind === "tick") {
      lastTick = step
      if (step.sample !== null) outbox.sample(step.sample)
    } else outbox.event(step.event)
    options.onStep?.(step, outbox.progress)
    if (outbox.failure !== null) throw outbox.failure
    if (step.kind === "event" || Date.now() - lastKick >= flushEveryMs) {
      outbox.kick()
      lastKick = Date.now()
    }
    const ahead = start + (deviceT * 1000) / options.speed - Date.now()
    if (ahead > 2) await sleep(ahead)
    else if (++spins % 100 === 0) await setImmediate()
  }
  await outbox.flush()
  return { stats: outbox.progress, deviceSeconds: deviceT, lastTick }
}
