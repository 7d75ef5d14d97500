import { countedTicks } from "../Analgesics.js"
import type { StudyRow, StudyVisit } from "../Analysis/StudyRow.js"
import { decisiveRelief } from "../DiagnosticBlock.js"
import type { PatientRecord } from "../Model/PatientRecord.js"

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** A study row whose fields and visit objects can be written again (`writeStudyRow`). */
export type WritableStudyRow = Mutable<Omit<StudyRow, "visits" | "adverseEvents">> & {
  visits: Array<Mutable<StudyVisit>>
  adverseEvents: Array<string>
}

export const emptyStudyRow = (): WritableStudyRow => ({
  sex: "female",
  treatedSide: "right",
  ageYears: 0,
  painDurationMonths: 0,
  bestBlockReliefPct: null,
  lesions: 0,
  durationMinutes: 0,
  visits: [],
  adverseEvents: []
})

const odiPercent = (answers: ReadonlyArray<number | null>): number | null => {
  let total = 0
  let answered = 0
  for (let j = 0; j < answers.length; j++) {
    const a = answers[j]
    if (a !== null && a !== undefined) {
      total += a
      answered++
    }
  }
  return answered === 0 ? null : (100 * total) / (5 * answered)
}

// The year of a "YYYY-MM-DD" date, without allocating a substring per patient.
const year = (date: string): number =>
  (date.charCodeAt(0) - 48) * 1000 +
  (date.charCodeAt(1) - 48) * 100 +
  (date.charCodeAt(2) - 48) * 10 +
  date.charCodeAt(3) -
  48

/**
 * Writes `record`'s row of the study tables into `row`, reusing its visit objects and arrays: `studyRowOf`
 * with a fresh row, the extraction with one row for every record (each is read once and overwritten).
 */
export const writeStudyRow = (record: PatientRecord, row: WritableStudyRow): StudyRow => {
  const p = record.procedure
  row.visits.length = Math.min(row.visits.length, record.visits.length)
  for (let j = 0; j < record.visits.length; j++) {
    const v = record.visits[j]!
    if (row.visits[j] === undefined) row.visits[j] = {} as Mutable<StudyVisit>
    const into = row.visits[j]!
    into.timepoint = v.timepoint
    into.nrs = v.nrs
    into.vasMm = v.vasMm
    into.odiPercent = odiPercent(v.odiAnswers)
    into.drugs = v.analgesics.drugs
    const ticks = countedTicks(v.analgesics)
    into.nsaids = ticks.nsaids
    into.opioidContaining = ticks.opioidContaining
  }
  row.adverseEvents.length = 0
  for (const e of record.adverseEvents)
    if (!row.adverseEvents.includes(e.type)) row.adverseEvents.push(e.type)
  row.sex = record.patient.sex
  row.treatedSide = record.patient.treatedSide
  row.ageYears = year(p?.date ?? record.screening.date) - record.patient.birthYear
  row.painDurationMonths = record.screening.painDurationMonths
  // the relief of the block eligibility rests on (one rule: DiagnosticBlock.decisive)
  row.bestBlockReliefPct = decisiveRelief(record.blocks)
  row.lesions = p === null ? 0 : p.lesions.length
  row.durationMinutes = p === null ? 0 : p.durationMinutes
  return row
}
