import { FreezeProtocol, Model, Protocol } from "@cryoreg/domain"
import { Either, Schema } from "effect"
import { num, str, type Values } from "../forms/form"
import type { FieldErrors } from "../forms/issues"
import {
  cycleKey,
  lesionKey,
  numbers,
  parseClock,
  procedureRequest,
  type Shape,
  timeFields
} from "./procedure-form-values"

const timeNames = { startedAt: "freeze start", endedAt: "freeze end", thawCompletedAt: "thaw end" } as const

const inClock = "minutes:seconds from the start of the procedure (5:00), or seconds (300)"

/**
 * What the form itself can say before any rule: a field left empty, text that is not a time or a number,
 * a motor response without its voltage. In the clinic's words, by field (over the schema's own words).
 */
export const typingErrors = (v: Values, shape: Shape): FieldErrors => {
  const out: Record<string, string> = {}
  const required = (key: string, message: string) => {
    if (str(v[key]) === undefined) out[key] = message
  }
  const notNumber = (key: string, what: string) => {
    const n = num(v[key])
    if (n !== undefined && Number.isNaN(n)) out[key] = `Write the ${what} as a number`
  }
  required("date", "Give the date of the procedure")
  required("operator", "Give the operator's name")
  required("side", "Choose the side treated")
  required("deviceSerial", "Give the serial number of the probe's device")
  required("durationMinutes", "Give the duration of the procedure in minutes")
  notNumber("durationMinutes", "duration in minutes")
  shape.forEach((cycles, i) => {
    required(lesionKey(i, "side"), "Choose the side of this lesion")
    required(lesionKey(i, "level"), "Choose the level of this lesion")
    required(lesionKey(i, "stimulation.frequencyHz"), "Give the stimulation frequency in Hz")
    notNumber(lesionKey(i, "stimulation.frequencyHz"), "frequency in Hz")
    if (numbers(v[lesionKey(i, "stimulation.voltagesTried")]).some(Number.isNaN))
      out[lesionKey(i, "stimulation.voltagesTried")] = "Write the voltages as numbers, e.g. 0.5, 1, 1.5, 2"
    if (v[lesionKey(i, "stimulation.motor")] !== "none") {
      const key = lesionKey(i, "stimulation.motorResponseAtVoltage")
      if (num(v[key]) === undefined)
        out[key] = "Give the voltage of the motor response, or choose no motor response"
      notNumber(key, "voltage")
    }
    for (let k = 0; k < cycles; k++) {
      required(cycleKey(i, k, "startedAt"), `Give the freeze start, in ${inClock}`)
      required(cycleKey(i, k, "endedAt"), `Give the freeze end, in ${inClock}`)
      for (const field of timeFields) {
        if (Number.isNaN(parseClock(v[cycleKey(i, k, field)])))
          out[cycleKey(i, k, field)] = `Write the ${timeNames[field]} in ${inClock}`
      }
      notNumber(cycleKey(i, k, "reachedTemperatureC"), "coldest tip in °C")
    }
  })
  return out
}

const decodeLesions = Schema.decodeUnknownEither(Schema.Array(Model.Lesion))

/**
 * The freeze protocol's verdict on the lesions (`FreezeProtocol.recordedIssues`), by field, as soon as the
 * lesions are complete: with the other errors of the form, whatever the rest of it says.
 */
export const protocolErrors = (v: Values, shape: Shape): FieldErrors => {
  const lesions = decodeLesions(procedureRequest(v, shape).lesions)
  if (Either.isLeft(lesions)) return {}
  return Object.fromEntries(
    FreezeProtocol.recordedIssues({ lesions: lesions.right }, Protocol.study).map((i) => [
      i.path.join("."),
      i.message
    ])
  )
}
