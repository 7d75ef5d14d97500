import { createHmac } from "node:crypto"
import type { VisitRow } from "@cryoreg/contract"
import { Analgesics, Model, Odi, Protocol, StudyCalendar } from "@cryoreg/domain"
import type { LoadedPatient } from "./Load.js"

/** A stable pseudonym of a patient id for the statistician's exports (HMAC with the registry's secret). */
export const pseudonym = (secret: string, patientId: string) =>
  `P-${createHmac("sha256", secret).update(patientId).digest("hex").slice(0, 12)}`

const ageGroup = (age: number) => (age < 55 ? "<55" : ">=55")
const nrsGroup = (nrs: number) => (nrs <= 6 ? "5-6" : nrs <= 8 ? "7-8" : "9-10")

/** What the visit rows are made of: a patient, their procedure and visits, and whether they withdrew. */
export type VisitSource = Pick<LoadedPatient, "patient" | "procedure" | "visits"> & {
  readonly row: Pick<LoadedPatient["row"], "withdrawn_at">
}

/** The tidy long-format rows: one per treated patient per visit. `pseudonymize` replaces the patient id. */
export const visitRows = (
  loaded: ReadonlyArray<VisitSource>,
  pseudonymize: ((id: string) => string) | null
): Array<VisitRow> =>
  loaded.flatMap((p) => {
    const procedure = p.procedure
    if (procedure === null || p.row.withdrawn_at !== null) return []
    const baseline = p.visits.find((v) => v.timepoint === "baseline")
    const age = Number(procedure.date.slice(0, 4)) - p.patient.birthYear
    return p.visits.map((v): VisitRow => {
      const flags = Analgesics.categoriesOrNull(v.analgesics)
      const days = StudyCalendar.daysAfterProcedure(v, procedure.date)
      const date = v.date ?? (days === null ? null : StudyCalendar.addDays(procedure.date, days))
      return {
        center: p.patient.centerId,
        patient: Model.PatientId.make(pseudonymize === null ? p.patient.id : pseudonymize(p.patient.id)),
        sex: p.patient.sex,
        ageGroup: ageGroup(age),
        baselineNrsGroup: baseline === undefined ? "" : nrsGroup(baseline.nrs),
        timepoint: v.timepoint,
        daysAfterProcedure: days,
        outOfWindow: StudyCalendar.inVisitWindow(v, procedure.date, Protocol.study) === false,
        month: date === null ? null : date.slice(0, 7),
        nrs: v.nrs,
        vas: v.vasMm,
        odi: Odi.scoreOrNull(v.odiAnswers)?.percent ?? null,
        nsaids: flags?.nsaids === true,
        combinationAnalgesics: flags?.combinationAnalgesics === true,
        opioidContaining: flags?.opioidContaining === true
      }
    })
  })

const field = (value: unknown): string => {
  const text = value === null || value === undefined ? "" : String(value)
  // Quote what needs it; a leading =, +, -, @, tab or CR is prefixed so a spreadsheet does not run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** CSV (RFC 4180, header row, CRLF) of objects with the given columns. */
export const toCsv = <A extends object>(
  rows: ReadonlyArray<A>,
  columns: ReadonlyArray<keyof A & string>
): string =>
  `${[columns.join(","), ...rows.map((r) => columns.map((c) => field(r[c])).join(","))].join("\r\n")}\r\n`
