import { apportion, countFromPercent } from "./apportion.js"
import { value } from "./cells.js"
import { type Random, shuffle } from "./random.js"

/** Baseline NRS strata of Table 10 with their NRS ranges. */
export const strata = [
  { key: "nrs5to6", lo: 5, hi: 6 },
  { key: "nrs7to8", lo: 7, hi: 8 },
  { key: "nrs9to10", lo: 9, hi: 10 }
] as const

/** The cohort's fixed group memberships, drawn with the published proportions before any score. */
export interface Design {
  readonly n: number
  /** 0 female, 1 male. */
  readonly sex: Int32Array
  /** 0 under 55, 1 55 or older. */
  readonly ageGroup: Int32Array
  /** Table 10 stratum of baseline NRS: 0 (5–6), 1 (7–8), 2 (9–10). */
  readonly stratum: Int32Array
  /** 0 right, 1 left. */
  readonly side: Int32Array
}

/** Scales a published count (of the paper's 107) to a cohort of `n`. */
export const scaleCount = (count: number, n: number): number => apportion(n, [count, 107 - count])[0]!

const assign = (random: Random, n: number, parts: ReadonlyArray<number>): Int32Array => {
  const labels: Array<number> = []
  parts.forEach((size, label) => {
    for (let k = 0; k < size; k++) labels.push(label)
  })
  return Int32Array.from(shuffle(random, labels.slice(0, n)))
}

/** Draws sex, age group, baseline stratum and side with the counts of Tables 1, 9 and 10. */
export const draw = (random: Random, n: number): Design => ({
  n,
  sex: assign(random, n, apportion(n, [value("table1.female.n"), value("table1.male.n")])),
  ageGroup: assign(random, n, apportion(n, [value("table9.under55.n"), value("table9.atLeast55.n")])),
  stratum: assign(
    random,
    n,
    apportion(
      n,
      strata.map((s) => value(`table10.${s.key}.n`))
    )
  ),
  side: assign(random, n, apportion(n, [value("table1.rightSide.n"), value("table1.leftSide.n")]))
})

/** Size of each group of a 0/1/2 labelling. */
export const groupSizes = (labels: Int32Array, groups: number): Array<number> => {
  const sizes = new Array<number>(groups).fill(0)
  for (const l of labels) sizes[l]! += 1
  return sizes
}

/** Responder count in a subgroup from the subgroup's printed percentage. */
export const subgroupCount = (percentPath: string, size: number): number =>
  countFromPercent(value(percentPath), size)
