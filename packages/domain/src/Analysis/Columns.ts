import { Effect } from "effect"
import * as Analgesics from "../Analgesics.js"
import * as DiagnosticBlock from "../DiagnosticBlock.js"
import type { PatientRecord } from "../Model/PatientRecord.js"
import type { Protocol } from "../Protocol.js"

/** The analysis's columns, extracted from the records once (flat typed arrays, n × 3 for the visits). */
export interface StudyColumns {
  readonly n: number
  readonly female: Uint8Array
  readonly right: Uint8Array
  readonly left: Uint8Array
  readonly positiveBlock: Uint8Array
  readonly age: Float64Array
  readonly symptomMonths: Float64Array
  /** n × 3 (baseline, 3, 6 months), row-major: the flat fast path of `@cryoreg/stats`. */
  readonly nrs: Float64Array
  readonly vas: Float64Array
  readonly odi: Float64Array
  readonly nsaids: Uint8Array
  readonly opioids: Uint8Array
  readonly treated: Uint8Array
  readonly lesions: Float64Array
  readonly durationMinutes: Float64Array
  /** Patients with at least one adverse event of each type. */
  readonly adverseEvents: ReadonlyMap<string, number>
}

const timepointIndex = { baseline: 0, month3: 1, month6: 2 } as const

const odiPercent = (answers: ReadonlyArray<number | null>): number => {
  let total = 0
  let answered = 0
  for (const a of answers)
    if (a !== null) {
      total += a
      answered++
    }
  return (100 * total) / (5 * answered)
}

/** Extracts the columns; analgesic lists are classified once per distinct list. */
export const extract = (
  records: ReadonlyArray<PatientRecord>,
  protocol: Protocol
): Effect.Effect<StudyColumns, Analgesics.UnclassifiedAnalgesic> =>
  Effect.gen(function* () {
    const n = records.length
    const c = {
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
      nsaids: new Uint8Array(n * 3),
      opioids: new Uint8Array(n * 3),
      treated: new Uint8Array(n),
      lesions: new Float64Array(n),
      durationMinutes: new Float64Array(n),
      adverseEvents: new Map<string, number>()
    }
    const classified = new Map<string, Analgesics.CategoryFlags>()
    const seen = new Set<string>()
    for (let i = 0; i < n; i++) {
      const r = records[i]!
      c.female[i] = r.patient.sex === "female" ? 1 : 0
      c.right[i] = r.patient.treatedSide === "right" ? 1 : 0
      c.left[i] = r.patient.treatedSide === "left" ? 1 : 0
      c.symptomMonths[i] = r.screening.painDurationMonths
      c.positiveBlock[i] = r.blocks.some(
        (b) =>
          b.nrsBefore > 0 &&
          DiagnosticBlock.isPositive((100 * (b.nrsBefore - b.nrsAfter)) / b.nrsBefore, protocol)
      )
        ? 1
        : 0
      const p = r.procedure
      const date = p?.date ?? r.screening.date
      // The year of a "YYYY-MM-DD" date, without allocating a substring per patient.
      const year =
        (date.charCodeAt(0) - 48) * 1000 +
        (date.charCodeAt(1) - 48) * 100 +
        (date.charCodeAt(2) - 48) * 10 +
        date.charCodeAt(3) -
        48
      c.age[i] = year - r.patient.birthYear
      if (p !== null) {
        c.treated[i] = p.lesions.length > 0 ? 1 : 0
        c.lesions[i] = p.lesions.length
        c.durationMinutes[i] = p.durationMinutes
      }
      for (const v of r.visits) {
        const k = i * 3 + timepointIndex[v.timepoint]
        c.nrs[k] = v.nrs
        c.vas[k] = v.vasMm
        c.odi[k] = odiPercent(v.odiAnswers)
        const drugs = v.analgesics.drugs
        const key = drugs.length === 0 ? "" : drugs.length === 1 ? drugs[0]! : drugs.join("|")
        let flags = classified.get(key)
        if (flags === undefined) {
          flags = yield* Analgesics.classifyUse(v.analgesics.drugs)
          classified.set(key, flags)
        }
        c.nsaids[k] = flags.nsaids || v.analgesics.nsaids === true ? 1 : 0
        c.opioids[k] = flags.opioidContaining || v.analgesics.opioidContaining === true ? 1 : 0
      }
      if (r.adverseEvents.length > 0) {
        seen.clear()
        for (const e of r.adverseEvents) seen.add(e.type)
        for (const t of seen) c.adverseEvents.set(t, (c.adverseEvents.get(t) ?? 0) + 1)
      }
    }
    return c
  })

/** Column `t` (0 baseline, 1 3 months, 2 6 months) of an n × 3 array. */
export const column = (x: Float64Array, t: number): Float64Array => {
  const n = x.length / 3
  const out = new Float64Array(n)
  for (let i = 0; i < n; i++) out[i] = x[i * 3 + t]!
  return out
}

/** Mean and sample SD (n − 1) of the values where `mask` is 1 (all when no mask). */
export const meanSd = (
  x: Float64Array,
  mask?: Uint8Array,
  value = 1
): { n: number; mean: number; sd: number } => {
  let n = 0
  let sum = 0
  for (let i = 0; i < x.length; i++)
    if (mask === undefined || mask[i] === value) {
      n++
      sum += x[i]!
    }
  const mean = sum / n
  let ss = 0
  for (let i = 0; i < x.length; i++) if (mask === undefined || mask[i] === value) ss += (x[i]! - mean) ** 2
  return { n, mean, sd: Math.sqrt(ss / (n - 1)) }
}

/** The values where `mask[i] === value`. */
export const select = (x: Float64Array, mask: Uint8Array, value: number): Float64Array => {
  let n = 0
  for (let i = 0; i < x.length; i++) if (mask[i] === value) n++
  const out = new Float64Array(n)
  for (let i = 0, k = 0; i < x.length; i++) if (mask[i] === value) out[k++] = x[i]!
  return out
}
