import type { FreezeProtocol } from "@cryoreg/domain"
import { num, t } from "../i18n"
import { sideLabel, sideWord } from "../i18n/study-words"

/**
 * A procedure's deviation in the chosen language, from its kind, place and params (the domain's
 * `FreezeProtocol.describeSummaryDeviation` is its English for API users).
 */

type Deviation = FreezeProtocol.SummaryDeviation
type InCycle = Extract<
  Deviation,
  { kind: "target-not-reached" | "freeze-too-short" | "freeze-too-long" | "sensor-gap" }
>

/** A measured number to a tenth at most, as the domain's English writes it (140, 95.5). */
const tenth = (x: number) => num(Math.round(x * 10) / 10)

const sideName = (d: Deviation) => (d.side === null ? "" : sideLabel(d.side))

/** "Lesion 3 (S1 left)". */
const lesionName = (d: Deviation, level: string) =>
  t("patients.procedure.lesion", {
    n: (d.lesion ?? 0) + 1,
    level,
    side: d.side === null ? "" : sideWord(d.side)
  })

const cycleWhat = (d: InCycle): string => {
  switch (d.kind) {
    case "target-not-reached":
      return t("patients.procedure.deviation.target-not-reached", {
        target: num(d.params.targetC),
        tolerance: num(d.params.toleranceC),
        coldest:
          d.params.coldestC === null
            ? t("patients.procedure.noTemperature")
            : t("patients.procedure.coldestWas", { c: tenth(d.params.coldestC) })
      })
    case "freeze-too-short":
    case "freeze-too-long":
      return t(`patients.procedure.deviation.${d.kind}`, {
        seconds: tenth(d.params.seconds),
        protocol: num(d.params.protocolSeconds),
        tolerance: num(d.params.toleranceSeconds)
      })
    case "sensor-gap":
      return t("patients.procedure.deviation.sensor-gap", {
        from: tenth(d.params.fromSeconds),
        to: tenth(d.params.toSeconds),
        gap: tenth(d.params.gapSeconds),
        max: num(d.params.maxGapSeconds)
      })
  }
}

/** "Left side: 5 lesions; the protocol asks for 6–7 a side", in words. */
export const wordProcedureDeviation = (d: Deviation): string => {
  switch (d.kind) {
    case "no-lesions":
      return t("patients.procedure.deviation.no-lesions")
    case "too-few-lesions":
    case "too-many-lesions":
      return t(`patients.procedure.deviation.${d.kind}`, {
        side: sideName(d),
        lesions: d.params.lesions,
        range: `${num(d.params.min)}–${num(d.params.max)}`
      })
    case "level-not-covered":
      return t("patients.procedure.deviation.level-not-covered", {
        side: sideName(d),
        level: d.params.level,
        levels: d.params.levels.join(", ")
      })
    case "lesion-on-untreated-side":
      return t("patients.procedure.deviation.lesion-on-untreated-side", {
        lesion: lesionName(d, d.params.level)
      })
    case "freeze-cycles-out-of-range":
      return t("patients.procedure.deviation.freeze-cycles-out-of-range", {
        lesion: lesionName(d, d.params.level),
        cycles: d.params.cycles,
        min: num(d.params.min),
        max: num(d.params.max)
      })
    default:
      return t("patients.procedure.inCycle", {
        lesion: lesionName(d, d.params.level),
        cycle: d.params.cycle + 1,
        what: cycleWhat(d)
      })
  }
}
