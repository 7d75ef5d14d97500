import type { Cells, Finding } from "./Finding.js"
import { finding } from "./Finding.js"
import type { Partition, PercentRow } from "./FindingCode.js"
import { detail } from "./FindingCode.js"
import { round } from "./Printed.js"

const pctOf = (k: number, n: number, decimals: number) => round((100 * k) / n, decimals)

const decimalsOf = (cells: Cells, path: string): number => {
  const i = cells.interval(path)
  return Math.max(0, Math.round(-Math.log10(i.hi - i.lo)))
}

/** Does `count` of `n` print as the percentage at `pctPath`? */
export const checkPercent = (
  cells: Cells,
  row: PercentRow,
  count: number,
  n: number,
  pctPath: string
): Finding => {
  const printed = cells.value(pctPath)
  const computed = pctOf(count, n, decimalsOf(cells, pctPath))
  const ok = computed === printed
  const params = { row, count, n, printed }
  return finding(
    "percent of count",
    ok ? "consistent" : "inconsistent",
    [pctPath],
    ok ? detail("percentAsPrinted", params) : detail("percentNotPrinted", { ...params, computed })
  )
}

/** The counts of `n` that print as the percentage at `pctPath`. */
export const countsFor = (cells: Cells, n: number, pctPath: string): Array<number> => {
  const printed = cells.value(pctPath)
  const d = decimalsOf(cells, pctPath)
  const out: Array<number> = []
  for (let k = 0; k <= n; k++) if (pctOf(k, n, d) === printed) out.push(k)
  return out
}

/** Subgroup percentages: each must be some count of its n, and the counts must add up to the overall count. */
export const checkSubgroupCounts = (
  cells: Cells,
  by: Partition,
  groups: ReadonlyArray<{ n: number; pctPath: string }>,
  overall: number,
  overallPath: string
): Array<Finding> => {
  const options = groups.map((g) => countsFor(cells, g.n, g.pctPath))
  const out: Array<Finding> = groups.map((g, k) => {
    const params = { by, n: g.n, pct: cells.value(g.pctPath) }
    const counts = options[k]!
    return counts.length > 0
      ? finding(
          "percent of count",
          "consistent",
          [g.pctPath],
          detail("subgroupPercentCounts", { ...params, counts })
        )
      : finding("percent of count", "impossible", [g.pctPath], detail("subgroupPercentNoCount", params))
  })
  const sums = new Set<number>([0])
  for (const o of options) {
    const next = new Set<number>()
    for (const s of sums) for (const k of o) next.add(s + k)
    sums.clear()
    for (const s of next) sums.add(s)
  }
  const ok = sums.has(overall)
  out.push(
    finding(
      "subgroup counts add up",
      ok ? "consistent" : "impossible",
      [...groups.map((g) => g.pctPath), overallPath],
      ok
        ? detail("subgroupCountsAddUp", { by, overall })
        : detail("subgroupCountsNever", { by, overall, sums: [...sums] })
    )
  )
  return out
}
