import { Schema } from "effect"
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
export interface FreezeWindow {
  readonly startedAt: number
  readonly endedAt: number
}

const fmt = (x: number): string => `${Math.round(x * 10) / 10}`

const targetNotReached = (coldest: number | null, protocol: Protocol): CycleDeviation => {
  const { targetTemperatureC, targetToleranceC } = protocol.cryo
  const seen = coldest === null ? "no temperature was recorded" : `the coldest was ${fmt(coldest)} °C`
  return {
    kind: "target-not-reached",
    message: `The tip never reached ${targetTemperatureC} °C (within ${targetToleranceC} °C) during the freeze; ${seen}`
  }
}

const durationDeviations = (freezeSeconds: number, protocol: Protocol): Array<CycleDeviation> => {
  const cryo = protocol.cryo
  const wanted = `the protocol asks for ${cryo.freezeSeconds} s ± ${cryo.freezeSecondsTolerance} s`
  const message = `The freeze lasted ${fmt(freezeSeconds)} s; ${wanted}`
  if (freezeSeconds < cryo.freezeSeconds - cryo.freezeSecondsTolerance)
    return [{ kind: "freeze-too-short", message }]
  if (freezeSeconds > cryo.freezeSeconds + cryo.freezeSecondsTolerance)
    return [{ kind: "freeze-too-long", message }]
  return []
}

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
export const judgeRecordedCycle = (cycle: FreezeCycle, protocol: Protocol): Array<CycleDeviation> => {
  const { targetTemperatureC, targetToleranceC } = protocol.cryo
  const coldest = cycle.reachedTemperatureC
  const missed = coldest !== null && coldest > targetTemperatureC + targetToleranceC
  return [
    ...(missed ? [targetNotReached(coldest, protocol)] : []),
    ...durationDeviations(cycle.endedAt - cycle.startedAt, protocol)
  ]
}

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
  const cryo = protocol.cryo
  const s = [...samples].sort((a, b) => a.t - b.t)
  const limit = cryo.targetTemperatureC + cryo.targetToleranceC
  const atTarget = (x: TelemetrySample) => x.tipTemperatureC <= limit
  const coldest = s.reduce<TelemetrySample | null>(
    (c, x) => (c === null || x.tipTemperatureC < c.tipTemperatureC ? x : c),
    null
  )
  const start = window?.startedAt ?? s[0]?.t ?? 0
  const lastAtTarget = s.findLast((x) => x.t >= start && atTarget(x))
  const end = window?.endedAt ?? lastAtTarget?.t ?? coldest?.t ?? start
  const during = s.filter((x) => x.t >= start && x.t <= end)
  const reached = during.find(atTarget)
  let secondsAtOrBelowTarget = 0
  for (let i = 1; i < s.length; i++) {
    const a = s[i - 1]!
    const b = s[i]!
    if (atTarget(a) && atTarget(b))
      secondsAtOrBelowTarget += Math.max(0, Math.min(b.t, end) - Math.max(a.t, start))
  }
  const thawed = s.find((x) => x.t > end && x.tipTemperatureC >= cryo.thawCompleteTemperatureC)
  const freezeSeconds = end - start
  const deviations: Array<CycleDeviation> = []
  if (reached === undefined) deviations.push(targetNotReached(coldest?.tipTemperatureC ?? null, protocol))
  deviations.push(...durationDeviations(freezeSeconds, protocol))
  const times = [start, ...during.map((x) => x.t), end]
  for (let i = 1; i < times.length; i++) {
    const gap = times[i]! - times[i - 1]!
    if (gap > cryo.maxSensorGapSeconds) {
      deviations.push({
        kind: "sensor-gap",
        message: `No telemetry from ${fmt(times[i - 1]! - start)} s to ${fmt(times[i]! - start)} s of the freeze (${fmt(gap)} s; at most ${cryo.maxSensorGapSeconds} s allowed)`
      })
    }
  }
  return {
    timeToTargetSeconds: reached === undefined ? null : reached.t - start,
    secondsAtOrBelowTarget,
    coldestTemperatureC: coldest?.tipTemperatureC ?? null,
    thawEndSeconds: thawed === undefined ? null : thawed.t - start,
    freezeSeconds,
    deviations
  }
}
