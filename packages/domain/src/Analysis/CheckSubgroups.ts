import { combinedMean, type GroupSummary, intersect, pooledSd, times } from "./Combine.js"
import type { Cells, Finding, Interval } from "./Finding.js"
import { finding, overlaps } from "./Finding.js"
import type { AgreedQuantity, Partition, SourceName } from "./FindingCode.js"
import { detail } from "./FindingCode.js"

/** Table 10's strata: the baseline NRS range each covers, read from its key (`nrs5to6` → 5–6). */
export const strata = (table10: object): Array<{ key: string; lo: number; hi: number }> =>
  Object.keys(table10).flatMap((key) => {
    const m = /^nrs(\d+)to(\d+)$/.exec(key)
    return m === null ? [] : [{ key, lo: Number(m[1]), hi: Number(m[2]) }]
  })

/**
 * Baseline NRS forced by Table 10: each two-value stratum's mean fixes how many patients score
 * its upper value, so the overall mean and SD can only take the values enumerated here.
 */
export const baselineFromStrata = (cells: Cells, table10: object, overallMean: Interval) => {
  const groups = strata(table10).map((s) => {
    const n = cells.value(`table10.${s.key}.n`)
    const mean = cells.interval(`table10.${s.key}.baselineNrs[0]`)
    const ks: Array<number> = []
    for (let k = 0; k <= n; k++) if (s.lo + k / n >= mean.lo && s.lo + k / n <= mean.hi) ks.push(k)
    return { ...s, n, ks }
  })
  const n = groups.reduce((a, g) => a + g.n, 0)
  let sd: Interval = { lo: Number.POSITIVE_INFINITY, hi: Number.NEGATIVE_INFINITY }
  const visit = (g: number, s1: number, s2: number): void => {
    if (g === groups.length) {
      const m = s1 / n
      if (m < overallMean.lo || m > overallMean.hi) return
      const v = Math.sqrt((s2 - (s1 * s1) / n) / (n - 1))
      sd = { lo: Math.min(sd.lo, v), hi: Math.max(sd.hi, v) }
      return
    }
    const { lo, hi, n: size, ks } = groups[g]!
    for (const k of ks) visit(g + 1, s1 + (size - k) * lo + k * hi, s2 + (size - k) * lo * lo + k * hi * hi)
  }
  visit(0, 0, 0)
  return { sd: sd.lo <= sd.hi ? sd : null, groups, n }
}

/** A named source of an interval for one quantity, with the cells it rests on. */
export interface Source {
  readonly name: SourceName
  readonly interval: Interval
  readonly cells: ReadonlyArray<string>
}

/** Compares every pair of sources for one quantity: disjoint intervals make the cells jointly impossible. */
export const agree = (
  check: string,
  quantity: AgreedQuantity,
  sources: ReadonlyArray<Source>
): Array<Finding> => {
  const out: Array<Finding> = []
  for (let i = 0; i < sources.length; i++)
    for (let j = i + 1; j < sources.length; j++) {
      const a = sources[i]!
      const b = sources[j]!
      const ok = overlaps(a.interval, b.interval)
      const params = {
        quantity,
        a: { name: a.name, ...a.interval },
        b: { name: b.name, ...b.interval }
      }
      out.push(
        finding(
          check,
          ok ? "consistent" : "impossible",
          [...a.cells, ...b.cells],
          detail(ok ? "sourcesAgree" : "sourcesDisagree", params)
        )
      )
    }
  return out
}

/** A subgroup's summary of `field` (`[mean, sd]` cell) from a table's group entry. */
export const group = (
  cells: Cells,
  path: string,
  field: string
): GroupSummary & { cells: Array<string> } => ({
  n: cells.value(`${path}.n`),
  mean: cells.interval(`${path}.${field}[0]`),
  sd: cells.interval(`${path}.${field}[1]`),
  cells: [`${path}.${field}[0]`, `${path}.${field}[1]`]
})

/** Sources for an overall mean and SD from a partition into subgroups of integer scores. */
export const fromPartition = (
  by: Partition,
  groups: ReadonlyArray<GroupSummary & { cells: Array<string> }>
): { mean: Source; sd: Source } => {
  const cells = groups.flatMap((g) => g.cells)
  return {
    mean: {
      name: { kind: "combined", by },
      interval: combinedMean(groups, true),
      cells: cells.filter((c) => c.endsWith("[0]"))
    },
    sd: { name: { kind: "pooled", by }, interval: pooledSd(groups), cells }
  }
}

/** Source for a mean change implied by a printed percent change and the printed baseline mean. */
export const fromPercent = (cells: Cells, pctPath: string, baselinePath: string): Source => ({
  name: { kind: "percent", value: cells.value(pctPath) },
  interval: times(
    { lo: cells.interval(pctPath).lo / 100, hi: cells.interval(pctPath).hi / 100 },
    cells.interval(baselinePath)
  ),
  cells: [pctPath, baselinePath]
})

/** The narrowest interval all sources allow, or null. */
export const common = (sources: ReadonlyArray<Source>): Interval | null =>
  sources.reduce<Interval | null>((acc, s) => (acc === null ? null : intersect(acc, s.interval)), {
    lo: Number.NEGATIVE_INFINITY,
    hi: Number.POSITIVE_INFINITY
  })
