import { setTimeout as sleep } from "node:timers/promises"
import { freezeThawCycle } from "./probe/Cycle.js"
import { co2Probe } from "./probe/Parameters.js"
import type { ProbeState } from "./probe/Probe.js"
import { seededRandom } from "./probe/Random.js"

/** Options of `device-sim run`. */
export interface RunOptions {
  readonly api: string | undefined
  readonly cycles: number
  readonly freezeSeconds: number
  readonly speed: number
  readonly seed: number
  /** Print one line per cycle instead of one per sample. */
  readonly summary: boolean
  readonly log?: (line: string) => void
}

const waitForApi = async (api: string, log: (line: string) => void) => {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(new URL("/api/health", api))
      if (response.ok) {
        const status = (await response.json()) as { version?: string; database?: { kind?: string } }
        log(`API ${api} is up (version ${status.version}, ${status.database?.kind})`)
        return
      }
      log(`API ${api} answered ${response.status}; retrying`)
    } catch {
      if (attempt === 1 || attempt % 10 === 0) log(`waiting for the API at ${api}…`)
    }
    await sleep(Math.min(5000, 250 * attempt))
  }
}

/** Runs the simulated probe, printing telemetry once per second of probe time, for `cycles` cycles (0: until stopped). */
export const runProbe = async (options: RunOptions): Promise<void> => {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`))
  if (options.api !== undefined) await waitForApi(options.api, log)
  const random = seededRandom(options.seed)
  const parameters = { ...co2Probe, sampleRateHz: 1 }
  let state: ProbeState | undefined
  let seq = 0
  for (let cycle = 1; options.cycles === 0 || cycle <= options.cycles; cycle++) {
    if (!options.summary) log(`cycle ${cycle}: freeze ${options.freezeSeconds} s, then passive thaw`)
    const start = state?.t ?? 0
    let coldest = Number.POSITIVE_INFINITY
    let iceBall = 0
    const samples = freezeThawCycle({
      parameters,
      freezeSeconds: options.freezeSeconds,
      thawEndC: 0,
      seq0: seq,
      random,
      ...(state === undefined ? {} : { state })
    })
    for (let next = samples.next(); ; next = samples.next()) {
      if (next.done) {
        state = { ...next.value, t: next.value.t + 1 }
        break
      }
      const { sample, probe } = next.value
      coldest = Math.min(coldest, sample.tipTemperatureC)
      iceBall = Math.max(iceBall, probe.iceBallRadiusMm)
      if (!options.summary)
        log(
          `t=${sample.t.toFixed(0).padStart(5)} s  tip ${sample.tipTemperatureC.toFixed(1).padStart(6)} °C  ` +
            `${sample.pressureBar.toFixed(1).padStart(5)} bar  ice ${probe.iceBallRadiusMm.toFixed(1)} mm  seq ${sample.seq}`
        )
      seq = sample.seq + 1
      await sleep(1000 / options.speed)
    }
    if (options.summary) {
      log(
        `cycle ${cycle}: ${options.freezeSeconds} s freeze, coldest ${coldest.toFixed(1)} °C, ice ball ${iceBall.toFixed(1)} mm, thawed after ${state.t - start} s`
      )
    }
  }
}
