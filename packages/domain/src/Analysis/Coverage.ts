import { Schema } from "effect"

const Patients = Schema.Number

/**
 * `leftOut` in every table: the cohort's patients missing from at least one of the table's figures or
 * tests because a visit (or a score at it) is missing.
 */
const LeftOut = { leftOut: Patients }

/** One scale of Tables 2–3: patients measured at each time point, and the complete cases of its tests. */
export const ScaleCoverage = Schema.Struct({
  baseline: Patients,
  m3: Patients,
  m6: Patients,
  /** Changes from baseline (and NRS's Cohen's d at 3 months): patients measured at baseline and then. */
  changeM3: Patients,
  changeM6: Patients,
  /** Patients measured at all three visits: the repeated-measures ANOVA, post hoc and rank tests. */
  completeCases: Patients,
  ...LeftOut
})
export type ScaleCoverage = typeof ScaleCoverage.Type

const SubgroupM6 = Schema.Struct({ baselineNrs: Patients, reductionM6: Patients })
const SubgroupM3M6 = Schema.Struct({ ...SubgroupM6.fields, reductionM3: Patients })

/**
 * How many patients each figure of Tables 1–10 uses. Descriptive figures use every patient measured at
 * their time point; responders and changes those measured at baseline and then; the tests between time
 * points the patients measured at each of them (`completeCases`, `paired`). Subgroup reductions and
 * 6-month responders (Tables 8–10) use the group's patients measured at baseline and at that time point.
 */
export const ReportCoverage = Schema.Struct({
  cohort: Patients,
  table1: Schema.Struct({ patients: Patients, nrs: Patients, vas: Patients, odi: Patients, ...LeftOut }),
  table2: Schema.Struct({ nrs: ScaleCoverage, vas: ScaleCoverage }),
  table3: Schema.Struct({ odi: ScaleCoverage }),
  /** Responders at 3 and 6 months (the "of" of each cell); `paired`: the 3- vs 6-month tests. */
  table4: Schema.Struct({ m3: Patients, m6: Patients, paired: Patients, ...LeftOut }),
  /** Patients with a visit at each time point; `paired`: baseline and 6 months, the tests. */
  table5: Schema.Struct({ baseline: Patients, m3: Patients, m6: Patients, paired: Patients, ...LeftOut }),
  table6: Schema.Struct({ patients: Patients, ...LeftOut }),
  table7: Schema.Struct({ patients: Patients, ...LeftOut }),
  table8: Schema.Struct({ female: SubgroupM3M6, male: SubgroupM3M6, ...LeftOut }),
  table9: Schema.Struct({ under55: SubgroupM6, atLeast55: SubgroupM6, ...LeftOut }),
  table10: Schema.Struct({ nrs5to6: SubgroupM6, nrs7to8: SubgroupM6, nrs9to10: SubgroupM6, ...LeftOut })
})
export type ReportCoverage = typeof ReportCoverage.Type

/** Patients measured at time point `t` of an n × 3 visit array (NaN = missed), optionally also at `also`. */
export const measuredAt = (x: Float64Array, t: number, also?: number): Uint8Array => {
  const n = x.length / 3
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i++)
    out[i] = Number.isNaN(x[i * 3 + t]!) || (also !== undefined && Number.isNaN(x[i * 3 + also]!)) ? 0 : 1
  return out
}

/** Patients missing time point `t` in at least one of the n × 3 arrays `xs`. */
export const missingAt = (xs: ReadonlyArray<Float64Array>, t: number): number => {
  let k = 0
  for (let i = t; i < xs[0]!.length; i += 3) if (xs.some((x) => Number.isNaN(x[i]!))) k++
  return k
}

/** 1 where both 0/1 arrays are 1. */
export const both = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length)
  for (let i = 0; i < a.length; i++) out[i] = a[i]! & b[i]!
  return out
}

/** Patients a subgroup table leaves out: no baseline or 6-month NRS (or 3-month, with `withM3`). */
export const subgroupsLeftOut = (nrs: Float64Array, withM3: boolean): number => {
  let k = 0
  for (let i = 0; i < nrs.length; i += 3)
    if (Number.isNaN(nrs[i]!) || Number.isNaN(nrs[i + 2]!) || (withM3 && Number.isNaN(nrs[i + 1]!))) k++
  return k
}

/** A subgroup's counts without the 3-month column (Tables 9 and 10 have none). */
export const m6Only = ({ baselineNrs, reductionM6 }: { baselineNrs: number; reductionM6: number }) => ({
  baselineNrs,
  reductionM6
})
