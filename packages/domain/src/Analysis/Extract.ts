import { Effect } from "effect"
import * as Analgesics from "../Analgesics.js"
import * as DiagnosticBlock from "../DiagnosticBlock.js"
import { emptyStudyRow, writeStudyRow } from "../internal/studyRow.js"
import type { PatientRecord } from "../Model/PatientRecord.js"
import type { Protocol } from "../Protocol.js"
import type { StudyColumns } from "./Columns.js"
import type { StudyRow, StudyRowSource } from "./StudyRow.js"

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** A drug list's place in a trie of the lists seen, keyed drug by drug (no joined string per visit). */
interface DrugList {
  flags: Analgesics.CategoryFlags | undefined
  readonly next: Map<string, DrugList>
}

const node = (): DrugList => ({ flags: undefined, next: new Map() })

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
 * Fills the columns in one plain loop (no Effect per row); returns the first drug list that could not
 * be classified, in row order, or undefined.
 */
const fill = (
  rowAt: (i: number) => StudyRow,
  protocol: Protocol,
  c: ReturnType<typeof allocate>
): Analgesics.UnclassifiedAnalgesic | undefined => {
  const lists = node()
  for (let i = 0; i < c.n; i++) {
    const r = rowAt(i)
    c.female[i] = r.sex === "female" ? 1 : 0
    c.right[i] = r.treatedSide === "right" ? 1 : 0
    c.left[i] = r.treatedSide === "left" ? 1 : 0
    c.symptomMonths[i] = r.painDurationMonths
    c.positiveBlock[i] =
      r.bestBlockReliefPct !== null && DiagnosticBlock.isPositive(r.bestBlockReliefPct, protocol) ? 1 : 0
    c.age[i] = r.ageYears
    c.treated[i] = r.lesions > 0 ? 1 : 0
    c.lesions[i] = r.lesions
    c.durationMinutes[i] = r.durationMinutes
    const visits = r.visits
    for (let j = 0; j < visits.length; j++) {
      const v = visits[j]!
      const t = v.timepoint
      const k = i * 3 + (t === "baseline" ? 0 : t === "month3" ? 1 : 2)
      c.attended[k] = 1
      c.nrs[k] = v.nrs
      c.vas[k] = v.vasMm
      c.odi[k] = v.odiPercent ?? Number.NaN
      const drugs = v.drugs
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
      c.nsaids[k] = list.flags.nsaids || v.nsaids ? 1 : 0
      c.opioids[k] = list.flags.opioidContaining || v.opioidContaining ? 1 : 0
    }
    const events = r.adverseEvents
    for (let j = 0; j < events.length; j++)
      c.adverseEvents.set(events[j]!, (c.adverseEvents.get(events[j]!) ?? 0) + 1)
  }
  return undefined
}

/** Extracts the columns from the patients' study rows; analgesic lists are classified once per distinct list. */
export const extractRows = (
  rows: ReadonlyArray<StudyRow> | StudyRowSource,
  protocol: Protocol
): Effect.Effect<StudyColumns, Analgesics.UnclassifiedAnalgesic> =>
  Effect.suspend(() =>
    "rowAt" in rows ? filled(rows.n, rows.rowAt, protocol) : filled(rows.length, (i) => rows[i]!, protocol)
  )

/**
 * Extracts the columns from patient records, through each one's study row: one row written again for
 * every record (a million rows kept alive together cost seconds of garbage collection).
 */
export const extract = (
  records: ReadonlyArray<PatientRecord>,
  protocol: Protocol
): Effect.Effect<StudyColumns, Analgesics.UnclassifiedAnalgesic> =>
  Effect.suspend(() => {
    const row = emptyStudyRow()
    return filled(records.length, (i) => writeStudyRow(records[i]!, row), protocol)
  })

const filled = (n: number, rowAt: (i: number) => StudyRow, protocol: Protocol) => {
  const c = allocate(n)
  const unclassified = fill(rowAt, protocol, c)
  return unclassified === undefined ? Effect.succeed<StudyColumns>(c) : Effect.fail(unclassified)
}
