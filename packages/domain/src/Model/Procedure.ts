import { Schema } from "effect"
import { Level } from "../Protocol.js"
import { CenterId, PatientId, ProcedureId } from "./Ids.js"
import { allowed } from "./Message.js"
import { CalendarDate, Side, TreatedSide } from "./Scales.js"

/** Seconds from the start of the procedure. */
const Seconds = Schema.Number.pipe(
  Schema.nonNegative({ message: allowed("a time in seconds from the procedure start is 0 or more") })
)

/** The motor stimulation test before a freeze: frequency, voltages tried, and the voltage of any motor response. */
export const StimulationTest = Schema.Struct({
  frequencyHz: Schema.Positive,
  /** Voltages tried, V, in the order tried. */
  voltagesTried: Schema.Array(Schema.NonNegative),
  /** Voltage, V, at which a motor response (visible contraction) appeared; null when none. */
  motorResponseAtVoltage: Schema.NullOr(Schema.NonNegative)
})
export type StimulationTest = typeof StimulationTest.Type

/** One freeze of a freeze-thaw cycle, timed in seconds from the procedure start. */
export const FreezeCycle = Schema.Struct({
  startedAt: Seconds,
  endedAt: Seconds,
  targetTemperatureC: Schema.Number,
  /** Coldest tip temperature reached, °C. */
  reachedTemperatureC: Schema.Number
})
export type FreezeCycle = typeof FreezeCycle.Type

/** One cryolesion: probe position (side, level), its stimulation test and its freeze cycles. */
export const Lesion = Schema.Struct({
  side: Side,
  level: Level,
  stimulation: StimulationTest,
  freezeCycles: Schema.Array(FreezeCycle)
})
export type Lesion = typeof Lesion.Type

/** One probe telemetry sample: time (s), tip temperature (°C), gas pressure (bar), device sequence number. */
export const TelemetrySample = Schema.Struct({
  t: Seconds,
  tipTemperatureC: Schema.Number,
  pressureBar: Schema.NonNegative,
  seq: Schema.NonNegativeInt
})
export type TelemetrySample = typeof TelemetrySample.Type

/** A cryoneurolysis procedure of the sacral lateral branches (Table 6: lesions and duration). */
export class Procedure extends Schema.Class<Procedure>("Procedure")({
  id: ProcedureId,
  patientId: PatientId,
  date: CalendarDate,
  operator: Schema.NonEmptyTrimmedString,
  centerId: CenterId,
  side: TreatedSide,
  deviceSerial: Schema.NonEmptyTrimmedString,
  /** Procedure duration, minutes (Table 6: 32.5 ± 8.7). */
  durationMinutes: Schema.Positive,
  lesions: Schema.Array(Lesion)
}) {}
