import { Effect } from "effect"
import * as Analgesics from "../Analgesics.js"
import * as DiagnosticBlock from "../DiagnosticBlock.js"
import type { PatientRecord } from "../Model/PatientRecord.js"
import type { Protocol } from "../Protocol.js"
import type { StudyColumns } from "./Columns.js"

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** A drug list's place in a trie of the lists seen, keyed drug by drug (no joined string per visit). */
interface DrugList {
  flags: Analgesics.CategoryFlags | undefined
  readonly next: Map<string, DrugList>
}

const node = (): DrugList => ({ flags: undefined, next: new Map() })

const odiPercent = (answers: ReadonlyArray<number | null>): number => {
  let total = 0
  let answered = 0
  for (let j = 0; j < answers.length; j++) {
    const a = answers[j]
    if (a !== null && a !== undefined) {
      total += a
      answered++
    }
  }
  return (100 * total) / (5 * answered)
}

// The year of a "YYYY-MM-DD" date, without allocating a substring per patient.
const year = (date: string): number =>
  (date.charCodeAt(0) - 48) * 1000 +
  (date.charCodeAt(1) - 48) * 100 +
  (date.charCodeAt(2) - 48) * 10 +
  date.charCodeAt(3) -
  48

const positiveBlock = (r: PatientRecord, protocol: Protocol): boolean => {
  for (let j = 0; j < r.blocks.length; j++) {
    const b = r.blocks[j]!
    if (
      b.nrsBefore > 0 &&
      DiagnosticBlock.isPositive((100 * (b.nrsBefore - b.nrsAfter)) / b.nrsBefore, protocol)
    )
      return true
  }
  return false
}

const allocate = (n: number): Mutable<StudyColumns> & { adverseEvents: Map<string, number> } => ({
  n,
  female: new Uint8Array(n),
  right: new Uint8Array(n),
  left: new Uint8Array(n),
  positiveBlock: new Uint8Array(n),
  age: new Float64Array(n),
  symptomMonths: new Float64Array(n),
  nrs: new Float64Array(n * 3).fill(Number.NaN),
  vas: new Float64Array(n * 3).fill(Number.NaN),
  odi: new Float64Array(n * 3).fill(Number.NaN),
  attended: new Uint8Array(n * 3),
  nsaids: new Uint8Array(n * 3),
  opioids: new Uint8Array(n * 3),
  treated: new Uint8Array(n),
  lesions: new Float64Array(n),
  durationMinutes: new Float64Array(n),
  adverseEvents: new Map<string, number>()
})

/**
 * Fills the columns in one plain loop (no Effect per record); returns the first drug list that
 * could not be classified, in record order, or undefined.
 */
const fill = (
  records: ReadonlyArray<PatientRecord>,
  protocol: Protocol,
  c: ReturnType<typeof allocate>
): Analgesics.UnclassifiedAnalgesic | undefined => {
  const lists = node()
  for (let i = 0; i < c.n; i++) {
    const r = records[i]!
    const patient = r.patient
    c.female[i] = patient.sex === "female" ? 1 : 0
    c.right[i] = patient.treatedSide === "right" ? 1 : 0
    c.left[i] = patient.treatedSide === "left" ? 1 : 0
    c.symptomMonths[i] = r.screening.painDurationMonths
    c.positiveBlock[i] = positiveBlock(r, protocol) ? 1 : 0
    const p = r.procedure
    c.age[i] = year(p?.date ?? r.screening.date) - patient.birthYear
    if (p !== null) {
      c.treated[i] = p.lesions.length > 0 ? 1 : 0
      c.lesions[i] = p.lesions.length
      c.durationMinutes[i] = p.durationMinutes
    }
    const visits = r.visits
    for (let j = 0; j < visits.length; j++) {
      const v = visits[j]!
      const t = v.timepoint
      const k = i * 3 + (t === "baseline" ? 0 : t === "month3" ? 1 : 2)
      c.attended[k] = 1
      c.nrs[k] = v.nrs
      c.vas[k] = v.vasMm
      c.odi[k] = odiPercent(v.odiAnswers)
      const use = v.analgesics
      const drugs = use.drugs
      let list = lists
      for (let d = 0; d < drugs.length; d++) {
        let next = list.next.get(drugs[d]!)
        if (next === undefined) {
          next = node()
          list.next.set(drugs[d]!, next)
        }
        list = next
      }
      if (list.flags === undefined) {
        const classified = Effect.runSync(Effect.either(Analgesics.classifyUse(drugs)))
        if (classified._tag === "Left") return classified.left
        list.flags = classified.right
      }
      c.nsaids[k] = list.flags.nsaids || use.nsaids === true ? 1 : 0
      c.opioids[k] = list.flags.opioidContaining || use.opioidContaining === true ? 1 : 0
    }
    // each type counts once per patient, in order of first appearance
    const events = r.adverseEvents
    for (let j = 0; j < events.length; j++) {
      const t = events[j]!.type
      let first = true
      for (let l = 0; l < j && first; l++) first = events[l]!.type !== t
      if (first) c.adverseEvents.set(t, (c.adverseEvents.get(t) ?? 0) + 1)
    }
  }
  return undefined
}

/** Extracts the columns; analgesic lists are classified once per distinct list. */
export const extract = (
  records: ReadonlyArray<PatientRecord>,
  protocol: Protocol
): Effect.Effect<StudyColumns, Analgesics.UnclassifiedAnalgesic> =>
  Effect.suspend(() => {
    const c = allocate(records.length)
    const unclassified = fill(records, protocol, c)
    return unclassified === undefined ? Effect.succeed(c) : Effect.fail(unclassified)
  })
