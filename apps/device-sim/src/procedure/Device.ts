import type { ProtocolEvent } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import type { ProbeParameters } from "../probe/Parameters.js"
import { type GasPath, initialProbe, type ProbeState, readSample, stepProbe } from "../probe/Probe.js"
import type { Random } from "../probe/Random.js"
import type { EventStep, Step, Tick, Where } from "./Steps.js"

/**
 * The simulated device: the probe's physics on an integer tick clock (no drift: t = tick / rate), its
 * sequence numbers, and sensor dropouts. Generators yield a tick per sample period.
 */
export class Device {
  private tick = 0
  private seq = 0
  private mutedUntil: { readonly from: number; readonly to: number } | null = null
  probe: ProbeState
  where: Where

  constructor(
    readonly parameters: ProbeParameters,
    readonly path: GasPath,
    fillKg: number,
    private readonly noise: Random,
    where: Where
  ) {
    this.probe = initialProbe(parameters, fillKg)
    this.where = where
  }

  /** Device time now, s (to the millisecond, as samples print it). */
  get t(): number {
    return Math.round((this.tick / this.parameters.sampleRateHz) * 1000) / 1000
  }

  /** Ticks in `seconds` at the sample rate (at least one for a positive duration). */
  ticksIn(seconds: number): number {
    return Math.max(seconds > 0 ? 1 : 0, Math.round(seconds * this.parameters.sampleRateHz))
  }

  /** The sample the sensors send now (none while muted). */
  now(): Tick {
    const muted = this.mutedUntil !== null && this.t > this.mutedUntil.from && this.t < this.mutedUntil.to
    const sample: Model.TelemetrySample | null = muted
      ? null
      : readSample(this.parameters, { ...this.probe, t: this.t }, this.path, this.seq++, this.noise)
    return { kind: "tick", t: this.t, probe: this.probe, sample, where: this.where }
  }

  /** Runs the physics for `seconds`, yielding a tick each sample period. */
  *advance(seconds: number): Generator<Step> {
    yield* this.advanceTicks(this.ticksIn(seconds))
  }

  /** Runs the physics tick by tick until a sample satisfies `done` or `maxSeconds` pass. */
  *advanceUntil(done: (sample: Model.TelemetrySample) => boolean, maxSeconds: number): Generator<Step> {
    for (let k = 0; k < this.ticksIn(maxSeconds); k++) {
      const tick = this.step()
      yield tick
      if (tick.sample !== null && done(tick.sample)) return
    }
  }

  private *advanceTicks(n: number): Generator<Step> {
    for (let k = 0; k < n; k++) yield this.step()
  }

  private step(): Tick {
    const dt = 1 / this.parameters.sampleRateHz
    this.probe = stepProbe(this.parameters, this.probe, this.path, dt)
    this.tick++
    return this.now()
  }

  /** Opens or closes the gas valve. */
  valve(open: boolean): void {
    this.probe = { ...this.probe, valveOpen: open }
  }

  /** Sends no samples strictly between device times `from` and `to`, s (a sensor dropout). */
  mute(from: number, to: number): void {
    this.mutedUntil = { from, to }
  }

  /** A protocol event at the current device time. */
  record(event: ProtocolEvent): EventStep {
    return { kind: "event", t: this.t, event, where: this.where }
  }
}
