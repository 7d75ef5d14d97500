import type { ProcedureInput } from "@cryoreg/contract"
import { rules } from "../Imports/Problems.js"
import type { Errors } from "./RedcapCells.js"
import { maxCycles } from "./RedcapModel.js"
import { filled, type Located, numbers, type Row, read, rowsOf, type Sources } from "./RedcapRows.js"

/** The procedure of a patient with its lesions and freeze cycles (the procedure_arm_1 event), if recorded. */
export const procedureOf = (valid: ReadonlyArray<Row>, errors: Errors): Located<ProcedureInput> | null => {
  const { at, byInstance } = rowsOf(valid)
  const procedureRow = at("procedure_arm_1")[0]
  if (procedureRow === undefined || !filled(procedureRow, "procedure")) return null
  const s: Sources = new Map()
  const v = read(
    procedureRow,
    {
      date: "procedure_date",
      operator: "operator",
      side: "procedure_side",
      deviceSerial: "device_serial",
      durationMinutes: "duration_minutes"
    },
    errors,
    s
  )
  const lesions = byInstance(at("procedure_arm_1", "lesion")).map((r, i) => {
    const n = Number(r.__row)
    const base = read(
      r,
      {
        side: "lesion_side",
        level: "lesion_level",
        frequencyHz: "stim_frequency_hz",
        motor: "stim_motor_response_v",
        cycles: "lesion_cycles"
      },
      errors,
      s,
      `lesions.${i}.`,
      ["motor"]
    )
    const voltages = numbers(r.stim_voltages ?? "")
    if (voltages.some((x) => !Number.isFinite(x)))
      errors.add(
        n,
        "stim_voltages",
        rules.format,
        `"Voltages tried (V)" are numbers separated by semicolons, not "${r.stim_voltages}"`,
        "notNumbers",
        {
          value:
            (r.stim_voltages ?? "").split(/[;\s]+/).find((x) => x !== "" && !Number.isFinite(Number(x))) ?? ""
        }
      )
    s.set(`lesions.${i}.stimulation.voltagesTried`, { row: n, column: "stim_voltages" })
    s.set(`lesions.${i}.stimulation.frequencyHz`, { row: n, column: "stim_frequency_hz" })
    s.set(`lesions.${i}.stimulation.motorResponseAtVoltage`, { row: n, column: "stim_motor_response_v" })
    const count = typeof base.cycles === "number" ? Math.min(base.cycles, maxCycles) : 0
    const freezeCycles = Array.from({ length: count }, (_, j) => {
      const c = read(
        r,
        {
          startedAt: `cycle${j + 1}_start_s`,
          endedAt: `cycle${j + 1}_end_s`,
          thawCompletedAt: `cycle${j + 1}_thaw_s`,
          targetTemperatureC: `cycle${j + 1}_target_c`,
          reachedTemperatureC: `cycle${j + 1}_reached_c`
        },
        errors,
        s,
        `lesions.${i}.freezeCycles.${j}.`
      )
      return c
    })
    return {
      side: base.side,
      level: base.level,
      stimulation: {
        frequencyHz: base.frequencyHz,
        voltagesTried: voltages,
        motorResponseAtVoltage: base.motor
      },
      freezeCycles
    }
  })
  return {
    row: Number(procedureRow.__row),
    input: { ...v, lesions } as unknown as ProcedureInput,
    sources: s
  }
}
