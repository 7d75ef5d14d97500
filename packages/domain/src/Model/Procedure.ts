import { Schema } from "effect"
import { Level } from "../Protocol.js"
import { CenterId, PatientId, ProcedureId } from "./Ids.js"
import { allowed } from "./Message.js"
import { CalendarDate, Side, TreatedSide } from "./Scales.js"

/** Seconds from the start of the procedure, on the device clock. */
export const Seconds = Schema.Finite.pipe(
  Schema.nonNegative({
    message: allowed("a time in seconds from the procedure start is a finite number, 0 or more")
  })
)

const Volts = Schema.Finite.pipe(
  Schema.between(0, 50, { message: allowed("a stimulation voltage is a number of volts from 0 to 50") })
)

/** The motor stimulation test before a freeze: frequency, voltages tried, and the voltage of any motor response. */
export const StimulationTest = Schema.Struct({
  frequencyHz: Schema.Finite.pipe(
    Schema.between(0.1, 1000, {
      message: allowed("a stimulation frequency is a number of Hz from 0.1 to 1000")
    })
  ),
  /** Voltages tried, V, in the order tried. */
  voltagesTried: Schema.Array(Volts),
  /** Voltage, V, at which a motor response (visible contraction) appeared; null when none. */
  motorResponseAtVoltage: Schema.NullOr(Volts)
})
export type StimulationTest = typeof StimulationTest.Type

/** One freeze of a freeze-thaw cycle, timed in seconds from the procedure start. */
export const FreezeCycle = Schema.Struct({
  startedAt: Seconds,
  endedAt: Seconds,
  /** When passive thaw was complete; null when not recorded (the replay counts it at `endedAt`: `FreezeProtocol.thawTimeOf`). */
  thawCompletedAt: Schema.NullOr(Seconds),
  targetTemperatureC: Schema.Finite,
  /** Coldest tip temperature reached, °C; null when no telemetry was recorded. */
  reachedTemperatureC: Schema.NullOr(Schema.Finite)
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
  tipTemperatureC: Schema.Finite.pipe(
    Schema.between(-200, 100, {
      message: allowed("a probe tip temperature is a number of °C from -200 to 100")
    })
  ),
  pressureBar: Schema.Finite.pipe(
    Schema.between(0, 300, { message: allowed("a gas pressure is a number of bar from 0 to 300") })
  ),
  seq: Schema.NonNegativeInt.annotations({
    message: allowed("a device sequence number is an integer, 0 or more")
  })
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
  durationMinutes: Schema.Finite.pipe(
    Schema.between(1, 24 * 60, {
      message: allowed("a procedure duration is a number of minutes from 1 to 1440")
    })
  ),
  lesions: Schema.Array(Lesion)
}) {}
