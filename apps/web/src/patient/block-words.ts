import type { DiagnosticBlock, Model } from "@cryoreg/domain"
import { num, t } from "../i18n"

/**
 * A diagnostic block's deviations and its comparative reading in the chosen language, from the codes and
 * params the domain gives (`DiagnosticBlock.describeBlockDeviation` and `describeComparativeReason` are their
 * English for API users).
 */

const agent = (a: Model.LocalAnesthetic) => t(`study.anesthetic.${a}`)

/** "volume was 3 ml; the protocol injects 1.5–2 ml", in words. */
export const wordBlockDeviation = (d: DiagnosticBlock.BlockDeviationReason): string => {
  switch (d.code) {
    case "otherAgent":
      return t("patients.blocks.deviation.otherAgent", {
        agent: agent(d.params.agent),
        protocolAgent: agent(d.params.protocolAgent)
      })
    case "otherConcentration":
      return t("patients.blocks.deviation.otherConcentration", {
        percent: num(d.params.percent),
        protocolPercent: num(d.params.protocolPercent)
      })
    case "volumeOutOfRange":
      return t("patients.blocks.deviation.volumeOutOfRange", {
        ml: num(d.params.ml),
        min: num(d.params.minMl),
        max: num(d.params.maxMl)
      })
    case "reassessedOutOfWindow":
      return t("patients.blocks.deviation.reassessedOutOfWindow", {
        minutes: num(d.params.minutes),
        min: num(d.params.minMinutes),
        max: num(d.params.maxMinutes)
      })
    case "contrastNotConfirmed":
    case "noComparativeBlock":
      return t(`patients.blocks.deviation.${d.code}`)
  }
}

/** Why two blocks read as they do ("relief lasted 6 h with bupivacaine, …"), in words. */
export const wordComparativeReason = (r: DiagnosticBlock.ComparativeReason): string => {
  switch (r.code) {
    case "onlyOnePositive":
      return t("patients.blocks.reason.onlyOnePositive", { agent: agent(r.params.agent) })
    case "sameDurationClass":
      return t("patients.blocks.reason.sameDurationClass", {
        first: agent(r.params.first),
        second: agent(r.params.second),
        acting: t(`patients.blocks.acting.${r.params.acting}`)
      })
    case "longActingLastedLonger":
    case "shortActingNotShorter":
      return t(`patients.blocks.reason.${r.code}`, {
        longAgent: agent(r.params.longAgent),
        longHours: num(r.params.longHours),
        shortAgent: agent(r.params.shortAgent),
        shortHours: num(r.params.shortHours)
      })
    case "neitherPositive":
    case "durationsNotRecorded":
      return t(`patients.blocks.reason.${r.code}`)
  }
}
