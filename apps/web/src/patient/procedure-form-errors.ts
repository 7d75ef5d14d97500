import { FreezeProtocol, Model, Protocol } from "@cryoreg/domain"
import { Either, Schema } from "effect"
import { num, str, type Values } from "../forms/form"
import type { FieldErrors } from "../forms/issues"
import { requiredText } from "../forms/words"
import { locale, t } from "../i18n"
import { findingText } from "../live/words"
import {
  cycleKey,
  lesionKey,
  lesionsRequest,
  numbers,
  parseClock,
  type Shape,
  timeFields
} from "./procedure-form-values"

// The two checks of a typed field: left empty, or not a number; each writes its words into `out`.
const checks = (v: Values, out: Record<string, string>) => ({
  required: (key: string, message: string) => {
    if (str(v[key]) === undefined) out[key] = message
  },
  notNumber: (key: string, what: string) => {
    const n = num(v[key])
    if (n !== undefined && Number.isNaN(n)) out[key] = t("procedure.errors.asNumber", { what })
  }
})

/**
 * What the form itself can say before any rule: a field left empty, text that is not a time or a number,
 * a motor response without its voltage. In the clinic's words, by field (over the schema's own words).
 */
export const typingErrors = (v: Values, shape: Shape): FieldErrors => {
  const out: Record<string, string> = {}
  const { required, notNumber } = checks(v, out)
  // a field left empty is said in every form's words ("Uzupełnij pole „Operator”"); a choice as the procedure's
  required("date", requiredText(t("fields.procedure.date")))
  required("operator", requiredText(t("fields.procedure.operator")))
  required("side", t("procedure.errors.side"))
  required("deviceSerial", requiredText(t("fields.procedure.deviceSerial")))
  required("durationMinutes", requiredText(t("fields.procedure.durationMinutes")))
  notNumber("durationMinutes", t("procedure.errors.durationWhat"))
  return { ...out, ...lesionTypingErrors(v, shape) }
}

/** `typingErrors` of the lesions alone (the form that corrects a recorded procedure's lesions). */
export const lesionTypingErrors = (v: Values, shape: Shape): FieldErrors => {
  const out: Record<string, string> = {}
  const { required, notNumber } = checks(v, out)
  const clock = t("procedure.errors.clock")
  shape.forEach((cycles, i) => {
    required(lesionKey(i, "side"), t("procedure.errors.lesionSide"))
    required(lesionKey(i, "level"), t("procedure.errors.lesionLevel"))
    required(lesionKey(i, "stimulation.frequencyHz"), requiredText(t("procedure.lesion.frequency")))
    notNumber(lesionKey(i, "stimulation.frequencyHz"), t("procedure.errors.frequencyWhat"))
    if (numbers(v[lesionKey(i, "stimulation.voltagesTried")]).some(Number.isNaN))
      out[lesionKey(i, "stimulation.voltagesTried")] = t("procedure.errors.voltages")
    if (v[lesionKey(i, "stimulation.motor")] !== "none") {
      const key = lesionKey(i, "stimulation.motorResponseAtVoltage")
      if (num(v[key]) === undefined) out[key] = t("procedure.errors.motorVoltage")
      notNumber(key, t("procedure.errors.voltageWhat"))
    }
    for (let k = 0; k < cycles; k++) {
      required(cycleKey(i, k, "startedAt"), t("procedure.errors.freezeStart", { clock }))
      required(cycleKey(i, k, "endedAt"), t("procedure.errors.freezeEnd", { clock }))
      for (const field of timeFields) {
        if (Number.isNaN(parseClock(v[cycleKey(i, k, field)])))
          out[cycleKey(i, k, field)] = t("procedure.errors.clockTime", {
            what: t(`procedure.errors.time.${field}`),
            clock
          })
      }
      notNumber(cycleKey(i, k, "reachedTemperatureC"), t("procedure.errors.coldestWhat"))
    }
  })
  return out
}

/** The freeze protocol's refusal of a lesion in the chosen language (the domain's English otherwise kept). */
const protocolText = (issue: FreezeProtocol.RecordedIssue, lesions: ReadonlyArray<Model.Lesion>): string => {
  const step = issue.step
  switch (step._tag) {
    case "FreezeWithoutNegativeStimulation":
      return t("procedure.errors.noFreeze", { finding: findingText(step.finding, step.test) })
    case "TooManyFreezeCycles":
      return t("procedure.errors.tooManyCycles", {
        n: lesions[Number(issue.path[1])]?.freezeCycles.length ?? step.cyclesDone,
        max: step.maxCycles
      })
    case "LesionWithoutFreeze":
      return t("procedure.errors.noCycle")
    default:
      return locale() === "en" ? issue.message : t("procedure.errors.outOfOrder")
  }
}

const decodeLesions = Schema.decodeUnknownEither(Schema.Array(Model.Lesion))

/**
 * The freeze protocol's verdict on the lesions (`FreezeProtocol.recordedIssues`), by field, as soon as the
 * lesions are complete: with the other errors of the form, whatever the rest of it says.
 */
export const protocolErrors = (v: Values, shape: Shape): FieldErrors => {
  const lesions = decodeLesions(lesionsRequest(v, shape))
  if (Either.isLeft(lesions)) return {}
  return Object.fromEntries(
    FreezeProtocol.recordedIssues({ lesions: lesions.right }, Protocol.study).map((i) => [
      i.path.join("."),
      protocolText(i, lesions.right)
    ])
  )
}
