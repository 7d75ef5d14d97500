import { FreezeProtocol, type Model, Protocol } from "@cryoreg/domain"
import { num, str, type Values } from "../forms/form"
import { locale, num as shown } from "../i18n"

const { cryo } = Protocol.study
/** The time between a lesion's last thaw (or freeze end) and the next freeze when the form fills it in. */
const pauseSeconds = 60

/** How many freeze-thaw cycles each lesion of the form has, in order. */
export type Shape = ReadonlyArray<number>

/** The keys of a lesion's and a cycle's fields in the form's values (the paths the API's issues carry). */
export const lesionKey = (i: number, field: string) => `lesions.${i}.${field}`
export const cycleKey = (i: number, k: number, field: string) => `lesions.${i}.freezeCycles.${k}.${field}`
/** The fields of a cycle typed as times from the start of the procedure. */
export const timeFields = ["startedAt", "endedAt", "thawCompletedAt"] as const

/**
 * A time typed as minutes:seconds from the start of the procedure ("5:00", "12:30.5") or as seconds
 * ("300"): seconds, undefined when empty, NaN when it is neither.
 */
export const parseClock = (text: string | boolean | undefined): number | undefined => {
  const t = str(text)
  if (t === undefined) return undefined
  if (/^\d+([.,]\d+)?$/.test(t)) return Number(t.replace(",", "."))
  const m = /^(\d+):([0-5]?\d([.,]\d+)?)$/.exec(t)
  return m === null ? Number.NaN : Number(m[1]) * 60 + Number(m[2]!.replace(",", "."))
}

/**
 * Numbers typed in one field, separated by commas, semicolons or spaces ("0.5, 1, 1.5"). With a semicolon
 * in the field, a comma is a decimal comma, as Polish writes it ("0,5; 1; 1,5").
 */
export const numbers = (v: string | boolean | undefined) => {
  const text = str(v) ?? ""
  const decimalComma = text.includes(";")
  return text
    .split(decimalComma ? /[;\s]+/ : /[,;\s]+/)
    .filter((x) => x !== "")
    .map((x) => Number(decimalComma ? x.replace(",", ".") : x))
}

const clock = (seconds: number | undefined) =>
  seconds === undefined || Number.isNaN(seconds) ? "" : FreezeProtocol.clockTime(Math.max(0, seconds))

/** A lesion's side when the form fills it in: the procedure's, none for a bilateral one (the user chooses). */
const sideOf = (procedureSide: string) =>
  procedureSide === "left" || procedureSide === "right" ? procedureSide : ""

/** One cycle as the protocol has it: a freeze of its length at its target, starting at `start`. */
const typicalCycle = (i: number, k: number, start: number | undefined): Values => ({
  [cycleKey(i, k, "startedAt")]: clock(start),
  [cycleKey(i, k, "endedAt")]: clock(start === undefined ? undefined : start + cryo.freezeSeconds),
  [cycleKey(i, k, "thawCompletedAt")]: "",
  // the coldest tip is what the probe showed: left empty until it is read off ("leave empty if not noted")
  [cycleKey(i, k, "reachedTemperatureC")]: ""
})

/**
 * The first lesion of the form, as the protocol has it: the first level, the procedure's side, a negative
 * test at the protocol's frequency up to its voltage, one freeze from 0:00.
 */
export const firstLesion = (procedureSide: string): Values => {
  const v = cryo.stimulation.maxVoltage
  return {
    [lesionKey(0, "side")]: sideOf(procedureSide),
    [lesionKey(0, "level")]: cryo.levels[0] ?? "",
    [lesionKey(0, "stimulation.frequencyHz")]: String(cryo.stimulation.frequencyHz),
    [lesionKey(0, "stimulation.voltagesTried")]: [1, 2, 3, 4]
      .map((k) => shown((k * v) / 4))
      .join(locale() === "pl" ? "; " : ", "),
    [lesionKey(0, "stimulation.motor")]: "none",
    [lesionKey(0, "stimulation.motorResponseAtVoltage")]: "",
    ...typicalCycle(0, 0, 0)
  }
}

/** When the lesion's cycles are over: its last thaw end, else its last freeze end. */
const endOf = (values: Values, i: number, cycles: number): number | undefined => {
  const times = Array.from({ length: cycles }, (_, k) =>
    [
      parseClock(values[cycleKey(i, k, "thawCompletedAt")]),
      parseClock(values[cycleKey(i, k, "endedAt")])
    ].find((t) => t !== undefined && !Number.isNaN(t))
  )
  const known = times.filter((t): t is number => t !== undefined)
  return known.length === 0 ? undefined : Math.max(...known)
}

/**
 * The lesion "Add a lesion" appends: the previous lesion's side, test and cycles, at the level the
 * protocol's plan gives the next lesion of that side (`FreezeProtocol.planLesions`: L5, S1, S1, S2, S2, S3, S3), its times shifted to start a minute after the previous
 * lesion ended (thaw times stay as they were: recorded or not).
 */
export const nextLesion = (values: Values, shape: Shape): Values => {
  const i = shape.length
  const p = i - 1
  if (p < 0) return firstLesion(String(values.side ?? ""))
  const side = values[lesionKey(p, "side")] ?? ""
  // the protocol's plan of a side (7: L5, S1, S1, S2, S2, S3, S3), continued on the lesion's side
  const onSide = Array.from({ length: i }, (_, j) => values[lesionKey(j, "side")]).filter(
    (s) => s === side
  ).length
  const plan = FreezeProtocol.planLesions("left", cryo.lesionsPerSide.max, Protocol.study)
  const firstStart = parseClock(values[cycleKey(p, 0, "startedAt")])
  const end = endOf(values, p, shape[p] ?? 0)
  const shift =
    firstStart === undefined || Number.isNaN(firstStart) || end === undefined
      ? undefined
      : end + pauseSeconds - firstStart
  const out: Record<string, string | boolean> = {
    [lesionKey(i, "side")]: side,
    [lesionKey(i, "level")]: plan[onSide % plan.length]?.level ?? "",
    [lesionKey(i, "stimulation.frequencyHz")]: values[lesionKey(p, "stimulation.frequencyHz")] ?? "",
    [lesionKey(i, "stimulation.voltagesTried")]: values[lesionKey(p, "stimulation.voltagesTried")] ?? "",
    [lesionKey(i, "stimulation.motor")]: "none",
    [lesionKey(i, "stimulation.motorResponseAtVoltage")]: ""
  }
  for (let k = 0; k < (shape[p] ?? 0); k++) {
    for (const field of timeFields) {
      const t = parseClock(values[cycleKey(p, k, field)])
      out[cycleKey(i, k, field)] =
        field === "thawCompletedAt" && t === undefined
          ? ""
          : clock(t === undefined || shift === undefined ? undefined : t + shift)
    }
    out[cycleKey(i, k, "reachedTemperatureC")] = values[cycleKey(p, k, "reachedTemperatureC")] ?? ""
  }
  return out
}

/** The cycle "Add a cycle" appends to lesion `i`: a typical freeze a minute after its last one ended. */
export const nextCycle = (values: Values, shape: Shape, i: number): Values => {
  const k = shape[i] ?? 0
  const end = endOf(values, i, k)
  return typicalCycle(i, k, end === undefined ? undefined : end + pauseSeconds)
}

const renumbered = (values: Values, prefix: string, removed: number): Values => {
  const out: Record<string, string | boolean> = {}
  const pattern = new RegExp(`^${prefix.replace(/\./g, "\\.")}(\\d+)(\\..*)$`)
  for (const [key, value] of Object.entries(values)) {
    const m = pattern.exec(key)
    const n = m === null ? null : Number(m[1])
    if (n === null) out[key] = value
    else if (n !== removed) out[`${prefix}${n > removed ? n - 1 : n}${m![2]}`] = value
  }
  return out
}

/** The values without lesion `i`, the lesions after it moved up one. */
export const withoutLesion = (values: Values, i: number): Values => renumbered(values, "lesions.", i)

/** The values without cycle `k` of lesion `i`, the cycles after it moved up one. */
export const withoutCycle = (values: Values, i: number, k: number): Values =>
  renumbered(values, `lesions.${i}.freezeCycles.`, k)

/**
 * How many lesions the values hold and how many cycles each: a lesion is there with its level's key, a
 * cycle with its freeze start's (every way the form adds one sets them, even empty).
 */
export const shapeOf = (values: Values): Shape => {
  const out: Array<number> = []
  for (let i = 0; Object.hasOwn(values, lesionKey(i, "level")); i++) {
    let k = 0
    while (Object.hasOwn(values, cycleKey(i, k, "startedAt"))) k++
    out.push(k)
  }
  return out
}

/** Two shapes alike (for a memo of the shape, which the values give anew on every keystroke). */
export const sameShape = (a: Shape, b: Shape) => a.length === b.length && a.every((n, i) => n === b[i])

/**
 * A stored number as a form shows it, exactly (no rounding: a correction that changes nothing gives it back
 * as stored), with the decimal separator of the language.
 */
export const exact = (x: number) => (locale() === "pl" ? String(x).replace(".", ",") : String(x))

// A stored time as minutes:seconds when that is exact (to a tenth of a second), else as seconds.
const exactClock = (seconds: number) => {
  const shownClock = clock(seconds)
  return parseClock(shownClock) === seconds ? shownClock : String(seconds)
}

// Voltages as the hint shows them ("0.5, 1, 1.5, 2"; Polish "0,5; 1; 1,5; 2"); a single Polish decimal
// keeps its semicolon, so that its comma is read as a decimal comma.
const exactList = (xs: ReadonlyArray<number>) => {
  if (locale() !== "pl") return xs.map(exact).join(", ")
  const text = xs.map(exact).join("; ")
  return xs.length === 1 && text.includes(",") ? `${text};` : text
}

/**
 * The values of recorded lesions, for the form that corrects them: every field as stored, exactly, so that
 * the untouched form sends the lesions back unchanged (each cycle's target temperature, which the form does
 * not show, is kept among the values).
 */
export const lesionValues = (lesions: ReadonlyArray<Model.Lesion>): Values => {
  const out: Record<string, string> = {}
  lesions.forEach((lesion, i) => {
    const motorAt = lesion.stimulation.motorResponseAtVoltage
    out[lesionKey(i, "side")] = lesion.side
    out[lesionKey(i, "level")] = lesion.level
    out[lesionKey(i, "stimulation.frequencyHz")] = exact(lesion.stimulation.frequencyHz)
    out[lesionKey(i, "stimulation.voltagesTried")] = exactList(lesion.stimulation.voltagesTried)
    out[lesionKey(i, "stimulation.motor")] = motorAt === null ? "none" : "response"
    out[lesionKey(i, "stimulation.motorResponseAtVoltage")] = motorAt === null ? "" : exact(motorAt)
    lesion.freezeCycles.forEach((cycle, k) => {
      out[cycleKey(i, k, "startedAt")] = exactClock(cycle.startedAt)
      out[cycleKey(i, k, "endedAt")] = exactClock(cycle.endedAt)
      out[cycleKey(i, k, "thawCompletedAt")] =
        cycle.thawCompletedAt === null ? "" : exactClock(cycle.thawCompletedAt)
      out[cycleKey(i, k, "reachedTemperatureC")] =
        cycle.reachedTemperatureC === null ? "" : exact(cycle.reachedTemperatureC)
      out[cycleKey(i, k, "targetTemperatureC")] = exact(cycle.targetTemperatureC)
    })
  })
  return out
}

/** The lesions the values make, for the lesions and cycles of `shape` (times in seconds). */
export const lesionsRequest = (v: Values, shape: Shape) =>
  shape.map((cycles, i) => ({
    side: v[lesionKey(i, "side")] || undefined,
    level: v[lesionKey(i, "level")] || undefined,
    stimulation: {
      frequencyHz: num(v[lesionKey(i, "stimulation.frequencyHz")]),
      voltagesTried: numbers(v[lesionKey(i, "stimulation.voltagesTried")]),
      motorResponseAtVoltage:
        v[lesionKey(i, "stimulation.motor")] === "none"
          ? null
          : num(v[lesionKey(i, "stimulation.motorResponseAtVoltage")])
    },
    freezeCycles: Array.from({ length: cycles }, (_, k) => ({
      startedAt: parseClock(v[cycleKey(i, k, "startedAt")]),
      endedAt: parseClock(v[cycleKey(i, k, "endedAt")]),
      thawCompletedAt: parseClock(v[cycleKey(i, k, "thawCompletedAt")]) ?? null,
      // the protocol's target, or the one a corrected cycle was recorded with
      targetTemperatureC: num(v[cycleKey(i, k, "targetTemperatureC")]) ?? cryo.targetTemperatureC,
      reachedTemperatureC: num(v[cycleKey(i, k, "reachedTemperatureC")]) ?? null
    }))
  }))

/** The request the values make, for the lesions and cycles of `shape` (times in seconds). */
export const procedureRequest = (v: Values, shape: Shape) => ({
  date: v.date,
  operator: str(v.operator),
  side: v.side,
  deviceSerial: str(v.deviceSerial),
  durationMinutes: num(v.durationMinutes),
  lesions: lesionsRequest(v, shape)
})
