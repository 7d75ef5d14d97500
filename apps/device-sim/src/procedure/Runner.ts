import { setImmediate } from "node:timers/promises"
import type { EventsAccepted } from "@cryoreg/contract"
import { co2Probe } from "../probe/Parameters.js"
import type { Backoff } from "./Backoff.js"
import { faultPlan } from "./Faults.js"
import { Outbox, type OutboxStats } from "./Outbox.js"
import { isStored, type Stored } from "./Resume.js"
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
  /** What the API already holds of this procedure (see `resumePoint`): those steps are replayed, not sent. */
  readonly resume?: Stored
  /** When aborted, the run takes no new step, sends what it holds and returns `interrupted`. */
  readonly signal?: AbortSignal
}

/** What a run did: the outbox's counters, the device time at the end and the probe's last tick. */
export interface RunResult {
  readonly stats: OutboxStats
  readonly deviceSeconds: number
  readonly lastTick: Tick | null
  /** True when `signal` stopped the run before its end (what was recorded is sent all the same). */
  readonly interrupted: boolean
}

/** Waits `ms`, or less when `signal` aborts. */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer)
      signal?.removeEventListener("abort", done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener("abort", done, { once: true })
  })

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
    ...(options.onEvents === undefined ? {} : { onEvents: options.onEvents }),
    firstEventIndex: options.resume?.nextEventIndex ?? 0
  })
  const flushEveryMs = options.flushEveryMs ?? 200
  const resume = options.resume ?? { nextEventIndex: 0, lastSeq: null }
  let start: number | null = null
  let startT = 0
  let lastKick = Date.now()
  let lastTick: Tick | null = null
  let spins = 0
  let eventIndex = 0
  let interrupted = false
  for (const step of simulateProcedure(options.simulation)) {
    if (options.signal?.aborted) {
      interrupted = true
      break
    }
    deviceT = step.t
    const held = isStored(step, eventIndex, resume)
    if (step.kind === "event") eventIndex++
    if (held) continue
    if (start === null) {
      start = Date.now()
      startT = step.t
    }
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
    const ahead = start + ((deviceT - startT) * 1000) / options.speed - Date.now()
    if (ahead > 2) await sleep(ahead, options.signal)
    else if (++spins % 100 === 0) await setImmediate()
  }
  await outbox.flush()
  return { stats: outbox.progress, deviceSeconds: deviceT, lastTick, interrupted }
}
