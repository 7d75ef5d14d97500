import type { CycleView, LiveProcedure, LiveProcedureState } from "@cryoreg/contract"
import { FreezeProtocol, type Model, Protocol } from "@cryoreg/domain"
import { dateTime, locale, num, t } from "../i18n"
import { sideWord } from "../i18n/study-words"

/**
 * The live page's sentences in the chosen language, from the codes the API sends (a finding, a deviation's
 * kind) and the protocol's numbers: the same facts as `FreezeProtocol.describeFinding` and the summary's
 * English sentences, worded for the clinic in Polish or English.
 */

const cryo = Protocol.study.cryo
const { frequencyHz, maxVoltage } = cryo.stimulation
const volts = (v: number) => `${num(v)} V`

/** Why the probe's position is not cleared to freeze (the domain's `describeFinding`, in words). */
export const findingText = (
  finding: FreezeProtocol.StimulationFinding,
  test: Model.StimulationTest | null
): string => {
  const p = FreezeProtocol.findingParams(test, Protocol.study)
  const rule = t("live.finding.rule", { hz: num(p.frequencyHz), max: num(p.maxVoltage) })
  switch (finding) {
    case "no-test":
      return t("live.finding.no-test", { rule })
    case "wrong-frequency":
      return t("live.finding.wrong-frequency", { hz: num(p.testedHz), rule })
    case "motor-response":
      return t("live.finding.motor-response", {
        volts: num(p.motorResponseAtVoltage),
        max: num(p.maxVoltage)
      })
    case "voltage-not-reached":
      return t("live.finding.voltage-not-reached", {
        volts: p.highestVoltage === null ? t("live.finding.noVoltage") : volts(p.highestVoltage),
        rule
      })
  }
}

/** The stimulation gate: whether the probe may freeze where it is, and why not. */
export const gateText = (state: LiveProcedureState): string => {
  const c = state.current
  if (state.procedure.mode === "aborted") return t("live.gateState.aborted")
  if (state.phase === "Completed") return t("live.gateState.completed")
  if (c === null) return t("live.gateState.notPlaced")
  const side = sideWord(c.side)
  if (c.finding === null)
    return t("live.gateState.cleared", { side, level: c.level, volts: num(maxVoltage), hz: num(frequencyHz) })
  return t("live.gateState.notCleared", {
    side,
    level: c.level,
    finding: findingText(c.finding, c.stimulation)
  })
}

const capitalized = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`
const span = (r: { readonly min: number; readonly max: number }) => `${r.min}–${r.max}`

/** What went wrong in a cycle, by its kind (the numbers are the protocol's). */
const cycleWhat = (kind: FreezeProtocol.CycleDeviation["kind"]): string => {
  switch (kind) {
    case "target-not-reached":
      return t("live.deviation.target-not-reached", {
        target: num(cryo.targetTemperatureC),
        tolerance: num(cryo.targetToleranceC)
      })
    case "freeze-too-short":
    case "freeze-too-long":
      return t(`live.deviation.${kind}`, { s: cryo.freezeSeconds, tolerance: cryo.freezeSecondsTolerance })
    case "sensor-gap":
      return t("live.deviation.sensor-gap", { s: num(cryo.maxSensorGapSeconds) })
  }
}

/**
 * A deviation of the procedure in words, placed by side or lesion as the API places it. In English it is the
 * domain's own sentence (with the cycle's measured numbers), as the patient page lists it.
 */
export const deviationText = (d: FreezeProtocol.SummaryDeviation, state: LiveProcedureState): string => {
  if (locale() === "en") return d.message
  const lesion = d.lesion === null ? undefined : state.lesions[d.lesion]
  const where = lesion === undefined ? "" : `${lesion.level} ${sideWord(lesion.side)}`
  const n = (d.lesion ?? 0) + 1
  const side = d.side === null ? "" : sideWord(d.side)
  switch (d.kind) {
    case "no-lesions":
      return t("live.deviation.no-lesions")
    case "too-few-lesions":
    case "too-many-lesions":
      return capitalized(
        t(`live.deviation.${d.kind}`, {
          side,
          n: state.lesions.filter((l) => l.side === d.side).length,
          wanted: span(cryo.lesionsPerSide)
        })
      )
    case "level-not-covered":
      return capitalized(
        t("live.deviation.level-not-covered", {
          side,
          level: cryo.levels
            .filter((l) => !state.lesions.some((x) => x.side === d.side && x.level === l))
            .join(", "),
          levels: cryo.levels.join(", ")
        })
      )
    case "lesion-on-untreated-side":
      return t("live.deviation.lesion-on-untreated-side", { n, where })
    case "freeze-cycles-out-of-range":
      return t("live.deviation.freeze-cycles-out-of-range", {
        n,
        where,
        cycles: lesion?.cycles.length ?? "—",
        wanted: span(cryo.freezeCyclesPerLesion)
      })
    default:
      return t("live.deviation.inLesion", { n, where, what: cycleWhat(d.kind) })
  }
}

/** One evaluated cycle of a closed lesion: its freeze, coldest tip, time at target, and deviations. */
export const cycleText = (c: CycleView): string => {
  const e = c.evaluation
  const facts = t("live.cycle", {
    s: Math.round(e.freezeSeconds),
    coldest: num(e.coldestTemperatureC),
    atTarget: Math.round(e.secondsAtOrBelowTarget)
  })
  const what = e.deviations.map((d) => (locale() === "en" ? d.message : cycleWhat(d.kind)))
  return what.length === 0 ? facts : `${facts} (${what.join("; ")})`
}

/**
 * The live procedure named as the clinic names it, never by its id: whose, which side, when it started.
 *
 * @example
 * liveTitle(procedure) // "Zabieg na żywo — pacjent WAW-0003, strona lewa, rozpoczęty 07.12.2026 14:03"
 */
export const liveTitle = (p: Pick<LiveProcedure, "patientId" | "side" | "createdAt"> | undefined): string =>
  p === undefined
    ? t("live.titleLoading")
    : t("live.title", { patient: p.patientId, side: sideWord(p.side), at: dateTime(p.createdAt) })

/** What the deviations list says when it has none: "so far" only while the procedure is open. */
export const noDeviationText = (mode: LiveProcedure["mode"] | undefined): string =>
  mode === undefined || mode === "live"
    ? t("live.noneYet")
    : mode === "completed"
      ? t("live.noDeviation")
      : t("live.noneAborted")
