import type { FreezeCycle, TelemetrySample } from "../Model/Procedure.js"
import type { Protocol } from "../Protocol.js"
import type { CycleFinding } from "./procedureDeviation.js"

/** When gas flow started and stopped, on the telemetry clock. */
export interface FreezeWindow {
  readonly startedAt: number
  readonly endedAt: number
}

const targetNotReached = (coldestC: number | null, protocol: Protocol): CycleFinding => ({
  kind: "target-not-reached",
  params: { targetC: protocol.cryo.targetTemperatureC, toleranceC: protocol.cryo.targetToleranceC, coldestC }
})

const duration = (seconds: number, protocol: Protocol): Array<CycleFinding> => {
  const cryo = protocol.cryo
  const params = {
    seconds,
    protocolSeconds: cryo.freezeSeconds,
    toleranceSeconds: cryo.freezeSecondsTolerance
  }
  if (seconds < cryo.freezeSeconds - cryo.freezeSecondsTolerance)
    return [{ kind: "freeze-too-short", params }]
  if (seconds > cryo.freezeSeconds + cryo.freezeSecondsTolerance) return [{ kind: "freeze-too-long", params }]
  return []
}

/** `judgeRecordedCycle`'s deviations as data. */
export const recordedCycleFindings = (cycle: FreezeCycle, protocol: Protocol): Array<CycleFinding> => {
  const { targetTemperatureC, targetToleranceC } = protocol.cryo
  const coldest = cycle.reachedTemperatureC
  const missed = coldest !== null && coldest > targetTemperatureC + targetToleranceC
  return [
    ...(missed ? [targetNotReached(coldest, protocol)] : []),
    ...duration(cycle.endedAt - cycle.startedAt, protocol)
  ]
}

/** `evaluateCycle`, its deviations as data (`findings`). */
export const evaluateCycleFindings = (
  samples: ReadonlyArray<TelemetrySample>,
  protocol: Protocol,
  window?: FreezeWindow
) => {
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
  const findings: Array<CycleFinding> = []
  if (reached === undefined) findings.push(targetNotReached(coldest?.tipTemperatureC ?? null, protocol))
  findings.push(...duration(freezeSeconds, protocol))
  const times = [start, ...during.map((x) => x.t), end]
  for (let i = 1; i < times.length; i++) {
    const gap = times[i]! - times[i - 1]!
    if (gap > cryo.maxSensorGapSeconds) {
      findings.push({
        kind: "sensor-gap",
        params: {
          fromSeconds: times[i - 1]! - start,
          toSeconds: times[i]! - start,
          gapSeconds: gap,
          maxGapSeconds: cryo.maxSensorGapSeconds
        }
      })
    }
  }
  return {
    timeToTargetSeconds: reached === undefined ? null : reached.t - start,
    secondsAtOrBelowTarget,
    coldestTemperatureC: coldest?.tipTemperatureC ?? null,
    thawEndSeconds: thawed === undefined ? null : thawed.t - start,
    freezeSeconds,
    findings
  }
}
