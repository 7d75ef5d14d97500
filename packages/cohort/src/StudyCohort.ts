import type { Model } from "@cryoreg/domain"
import { generateColumns, type Miss, type StudyCohort } from "./internal/generate.js"
import * as Random from "./internal/random.js"
import { type PatientIdOf, toRecords } from "./internal/records.js"

export type { Miss, StudyCohort } from "./internal/generate.js"

/** A generated study cohort: the domain records and the cells the calibration could not meet. */
export interface GeneratedCohort {
  readonly records: ReadonlyArray<Model.PatientRecord>
  readonly columns: StudyCohort
  readonly misses: ReadonlyArray<Miss>
}

/**
 * A synthetic cohort calibrated to the paper's Tables 1–10: deterministic for a seed, 107 patients
 * by default, any other size with the same distributions.
 *
 * @example
 * const { records } = generateStudyCohort({ seed: 1 }) // 107 PatientRecords
 */
export const generateStudyCohort = (
  options: { readonly seed?: number; readonly n?: number } = {}
): GeneratedCohort => {
  const seed = options.seed ?? 1
  const n = options.n ?? 107
  if (!Number.isInteger(n) || n < 20) throw new RangeError(`n must be an integer of at least 20, got ${n}`)
  return calibrated(seed, n)
}

/** The calibrated cohort with patient ids of the caller's choosing (the demo registry's `WAW-0001`). */
export const calibrated = (seed: number, n: number, patientIdOf?: PatientIdOf): GeneratedCohort => {
  const columns = generateColumns(seed, n)
  const records = toRecords(columns, Random.make(seed ^ 0x5eed), patientIdOf)
  return { records, columns, misses: columns.misses }
}
