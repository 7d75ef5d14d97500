/** `procedures.csv`: a procedure's lesions, a row each, with their freeze cycles. */

import { type Column, col } from "./Column.js"

/** Freeze cycles a lesion row has columns for. */
export const cyclesPerRow = 3

/** `procedures.csv`: one row per lesion; the procedure's columns on its first row (later rows: blank or the same). */
export const procedureColumns: ReadonlyArray<Column> = [
  col("patient_id", "text", "procedure", [], "WAW-0201", "the patient's id"),
  col("procedure_date", "date", "procedure", ["date"], "2026-03-16", "date of the procedure (YYYY-MM-DD)"),
  col("operator", "text", "procedure", ["operator"], "Dr A. Nowak", "who performed it"),
  col(
    "side",
    "text",
    "procedure",
    ["side"],
    "right",
    "side treated: left, right or bilateral (the patient's treated side)"
  ),
  col(
    "device_serial",
    "text",
    "procedure",
    ["deviceSerial"],
    "CF-A13-0042",
    "the cryoprobe console's serial"
  ),
  col("duration_minutes", "number", "procedure", ["durationMinutes"], "40", "duration, minutes (1–1440)"),
  col("lesion_side", "text", "lesion", ["side"], "right", "side of this lesion: left or right"),
  col("level", "text", "lesion", ["level"], "S1", "level of the lesion: L5, S1, S2, S3"),
  col(
    "stimulation_hz",
    "number",
    "lesion",
    ["stimulation", "frequencyHz"],
    "2",
    "motor stimulation test frequency, Hz"
  ),
  col(
    "voltages_tried",
    "numbers",
    "lesion",
    ["stimulation", "voltagesTried"],
    "0.5; 1; 1.5; 2",
    "voltages tried, V, separated by ;"
  ),
  col(
    "motor_response_at_v",
    "nullableNumber",
    "lesion",
    ["stimulation", "motorResponseAtVoltage"],
    "",
    "voltage of a motor response, V; blank: none"
  ),
  ...Array.from({ length: cyclesPerRow }, (_, k) => {
    const n = k + 1
    const at = (field: string) => ["freezeCycles", k, field]
    return [
      col(
        `cycle${n}_start_s`,
        "number",
        "lesion",
        at("startedAt"),
        n === 1 ? "100" : n === 2 ? "270" : "",
        `freeze cycle ${n}: start, seconds from the procedure's start (blank: no cycle ${n})`
      ),
      col(
        `cycle${n}_end_s`,
        "number",
        "lesion",
        at("endedAt"),
        n === 1 ? "220" : n === 2 ? "390" : "",
        `freeze cycle ${n}: end of the freeze, s`
      ),
      col(
        `cycle${n}_thaw_end_s`,
        "nullableNumber",
        "lesion",
        at("thawCompletedAt"),
        n === 1 ? "260" : n === 2 ? "430" : "",
        `freeze cycle ${n}: thaw complete, s (blank: not recorded)`
      ),
      col(
        `cycle${n}_target_c`,
        "number",
        "lesion",
        at("targetTemperatureC"),
        n === 3 ? "" : "-78",
        `freeze cycle ${n}: target temperature, °C`
      ),
      col(
        `cycle${n}_reached_c`,
        "nullableNumber",
        "lesion",
        at("reachedTemperatureC"),
        n === 3 ? "" : "-77",
        `freeze cycle ${n}: temperature reached, °C (blank: not recorded)`
      )
    ]
  }).flat()
]
