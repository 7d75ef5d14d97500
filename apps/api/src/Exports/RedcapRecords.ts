import { Analgesics, type Model, StudyCalendar } from "@cryoreg/domain"
import { Effect } from "effect"
import type { LoadedPatient } from "../Analysis/Load.js"
import {
  aeTypes,
  analgesicClasses,
  anesthetics,
  answers,
  type Choice,
  exclusions,
  fieldNamed,
  levels,
  maxCycles,
  recordColumns,
  severities,
  sides,
  treatedSides,
  visitEvents
} from "./RedcapModel.js"

type Values = Record<string, string>

const codeOf = (choices: ReadonlyArray<Choice>, value: string): string =>
  choices.find((c) => c.value === value)?.code ?? ""
const n = (v: number | null | undefined): string => (v === null || v === undefined ? "" : String(v))
const yn = (b: boolean): string => (b ? "1" : "0")
const complete = "2"

const blockValues = (p: string, b: Model.DiagnosticBlock["comparative"] & object): Values => ({
  [`${p}date`]: b.date,
  [`${p}agent`]: codeOf(anesthetics, b.agent),
  [`${p}concentration`]: n(b.concentrationPercent),
  [`${p}volume_ml`]: n(b.volumeMl),
  [`${p}contrast`]: yn(b.contrastConfirmed),
  [`${p}nrs_before`]: n(b.nrsBefore),
  [`${p}nrs_after`]: n(b.nrsAfter),
  [`${p}minutes_after`]: n(b.minutesAfter),
  [`${p}relief_hours`]: n(b.reliefDurationHours)
})

const lesionValues = (l: Model.Procedure["lesions"][number]): Values => {
  const values: Values = {
    lesion_side: codeOf(sides, l.side),
    lesion_level: codeOf(levels, l.level),
    stim_frequency_hz: n(l.stimulation.frequencyHz),
    stim_voltages: l.stimulation.voltagesTried.join("; "),
    stim_motor_response_v: n(l.stimulation.motorResponseAtVoltage),
    lesion_cycles: String(l.freezeCycles.length)
  }
  l.freezeCycles.slice(0, maxCycles).forEach((c, i) => {
    values[`cycle${i + 1}_start_s`] = n(c.startedAt)
    values[`cycle${i + 1}_end_s`] = n(c.endedAt)
    values[`cycle${i + 1}_thaw_s`] = n(c.thawCompletedAt)
    values[`cycle${i + 1}_target_c`] = n(c.targetTemperatureC)
    values[`cycle${i + 1}_reached_c`] = n(c.reachedTemperatureC)
  })
  return values
}

const visitValues = (v: Model.FollowUpVisit, procedureDate: string | null): Values => {
  const days = procedureDate === null ? null : StudyCalendar.daysAfterProcedure(v, procedureDate)
  const date =
    v.date ?? (days === null || procedureDate === null ? "" : StudyCalendar.addDays(procedureDate, days))
  const values: Values = {
    visit_date: date,
    nrs: n(v.nrs),
    vas_mm: n(v.vasMm),
    analgesic_drugs: v.analgesics.drugs.join("; "),
    follow_up_visit_complete: complete
  }
  v.odiAnswers.forEach((a, i) => {
    values[`odi_${i + 1}`] = n(a)
  })
  // A box is ticked for its category's drugs named as well, as the form's rule asks (`Analgesics.categoriesOf`).
  const flags = Effect.runSync(
    Effect.orElseSucceed(Analgesics.categoriesOf(v.analgesics), () => Analgesics.countedTicks(v.analgesics))
  )
  for (const c of analgesicClasses)
    values[`analgesic_class___${c.code}`] = yn(flags[c.value as keyof typeof flags])
  return values
}

const aeValues = (e: Model.AdverseEvent): Values => ({
  ae_type: codeOf(aeTypes, e.type),
  ae_description: e.description ?? "",
  ae_severity: codeOf(severities, e.severity),
  ae_serious: yn(e.serious),
  ae_onset_days: n(e.onsetDays),
  ae_resolution_days: n(e.resolutionDays),
  ae_related: yn(e.relatedToProcedure),
  adverse_event_complete: complete
})

/** One row of REDCap's flat longitudinal records: its event, repeat instrument and instance, and its values. */
export interface RecordRow {
  readonly event: string
  readonly instrument: string
  readonly instance: number | null
  readonly values: Values
}

/** A patient's rows in REDCap's flat format: screening event, blocks, procedure, lesions, adverse events, visits. */
export const patientRows = (p: LoadedPatient): Array<RecordRow> => {
  const rows: Array<RecordRow> = []
  const s = p.screening
  rows.push({
    event: "screening_arm_1",
    instrument: "",
    instance: null,
    values: {
      center_id: p.patient.centerId,
      sex: p.patient.sex === "female" ? "1" : "2",
      birth_year: String(p.patient.birthYear),
      treated_side: codeOf(treatedSides, p.patient.treatedSide),
      patient_complete: complete,
      ...(s === null
        ? {}
        : {
            screening_date: s.date,
            pain_duration_months: n(s.painDurationMonths),
            screening_nrs: n(s.baselineNrs),
            conservative_care_months: n(s.conservativeCareFailedMonths),
            imaging_done: yn(s.imagingDone),
            ...Object.fromEntries(
              exclusions.map(([key, name]) => [name, codeOf(answers, s.exclusions[key])])
            ),
            screening_complete: complete
          })
    }
  })
  for (const [i, b] of p.blocks.entries())
    rows.push({
      event: "screening_arm_1",
      instrument: "diagnostic_block",
      instance: i + 1,
      values: {
        ...blockValues("block_", b),
        comparative_done: yn(b.comparative !== undefined),
        ...(b.comparative === undefined ? {} : blockValues("comp_", b.comparative)),
        diagnostic_block_complete: complete
      }
    })
  const pr = p.procedure
  if (pr !== null) {
    rows.push({
      event: "procedure_arm_1",
      instrument: "",
      instance: null,
      values: {
        procedure_date: pr.date,
        operator: pr.operator,
        procedure_side: codeOf(treatedSides, pr.side),
        device_serial: pr.deviceSerial,
        duration_minutes: n(pr.durationMinutes),
        procedure_complete: complete
      }
    })
    for (const [i, l] of pr.lesions.entries())
      rows.push({
        event: "procedure_arm_1",
        instrument: "lesion",
        instance: i + 1,
        values: { ...lesionValues(l), lesion_complete: complete }
      })
  }
  for (const [i, e] of p.adverseEvents.entries())
    rows.push({ event: "procedure_arm_1", instrument: "adverse_event", instance: i + 1, values: aeValues(e) })
  const order = ["baseline", "month3", "month6"] as const
  for (const t of order)
    for (const v of p.visits.filter((v) => v.timepoint === t))
      rows.push({
        event: visitEvents[t],
        instrument: "",
        instance: null,
        values: visitValues(v, pr?.date ?? null)
      })
  return rows
}

/** A row's cells in `recordColumns` order; free text left empty when `hideFreeText`. */
export const rowCells = (recordId: string, row: RecordRow, hideFreeText: boolean): Array<string> =>
  recordColumns.map((column) => {
    if (column === "record_id") return recordId
    if (column === "redcap_event_name") return row.event
    if (column === "redcap_repeat_instrument") return row.instrument
    if (column === "redcap_repeat_instance") return row.instance === null ? "" : String(row.instance)
    if (hideFreeText && fieldNamed.get(column)?.field.freeText === true) return ""
    return row.values[column] ?? ""
  })
