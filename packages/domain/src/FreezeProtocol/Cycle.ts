import { Schema } from "effect"
import {
  evaluateCycleFindings,
  recordedCycleFindings,
  type FreezeWindow as Window
} from "../internal/cycleFindings.js"
import { type CycleFinding, describeCycleFinding } from "../internal/procedureDeviation.js"
import type { FreezeCycle, TelemetrySample } from "../Model/Procedure.js"
import type { Protocol } from "../Protocol.js"

/** How a freeze cycle strayed from the protocol, as seen in its telemetry. */
export const CycleDeviationKind = Schema.Literal(
  "target-not-reached",
  "freeze-too-short",
  "freeze-too-long",
  "sensor-gap"
)
export type CycleDeviationKind = typeof CycleDeviationKind.Type

/** One deviation of a freeze cycle, with a sentence for the clinician. */
export const CycleDeviation = Schema.Struct({ kind: CycleDeviationKind, message: Schema.String })
export type CycleDeviation = typeof CycleDeviation.Type

/** What the telemetry of one freeze-thaw cycle shows; times in seconds from the freeze start. */
export const CycleEvaluation = Schema.Struct({
  timeToTargetSeconds: Schema.NullOr(Schema.Number),
  secondsAtOrBelowTarget: Schema.Number,
  coldestTemperatureC: Schema.NullOr(Schema.Number),
  thawEndSeconds: Schema.NullOr(Schema.Number),
  freezeSeconds: Schema.Number,
  deviations: Schema.Array(CycleDeviation)
})
export type CycleEvaluation = typeof CycleEvaluation.Type

/** When gas flow started and stopped, on the telemetry clock. */
export type FreezeWindow = Window

const worded = (f: CycleFinding): CycleDeviation => ({ kind: f.kind, message: describeCycleFinding(f) })

/**
 * Judges a freeze-thaw cycle from what was recorded of it, without telemetry: its freeze duration (start
 * to end) and its coldest tip against the target. A coldest tip that was not recorded is not judged; a
 * sensor gap needs telemetry. For the same cycle these are the deviations `evaluateCycle` finds in its
 * telemetry, in the same words.
 *
 * @example
 * FreezeProtocol.judgeRecordedCycle({ startedAt: 0, endedAt: 60, thawCompletedAt: null, targetTemperatureC: -78, reachedTemperatureC: -40 }, Protocol.study)
 * // [target-not-reached, freeze-too-short]
 */
export const judgeRecordedCycle = (cycle: FreezeCycle, protocol: Protocol): Array<CycleDeviation> =>
  recordedCycleFindings(cycle, protocol).map(worded)

/**
 * Evaluates one freeze-thaw cycle from its telemetry. A sample is "at target" when its tip is at or below
 * target + tolerance; time at target adds up the spans between consecutive samples both at target, inside
 * the freeze. Without `window`, the freeze is taken to run from the first sample to the last one at target
 * (or to the coldest one when the target was never reached). The thaw ends at the first sample after the
 * freeze at or above the protocol's thaw temperature.
 *
 * @example
 * FreezeProtocol.evaluateCycle(samples, Protocol.study, { startedAt: 10, endedAt: 130 }).deviations // []
 */
export const evaluateCycle = (
  samples: ReadonlyArray<TelemetrySample>,
  protocol: Protocol,
  window?: FreezeWindow
): CycleEvaluation => {
  const { findings, ...evaluation } = evaluateCycleFindings(samples, protocol, window)
  return { ...evaluation, deviations: findings.map(worded) }
}
