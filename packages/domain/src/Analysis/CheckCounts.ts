import type { Cells, Finding } from "./Finding.js"
import { fmt } from "./Finding.js"
import { round } from "./Printed.js"

const pctOf = (k: number, n: number, decimals: number) => round((100 * k) / n, decimals)

const decimalsOf = (cells: Cells, path: string): number => {
  const i = cells.interval(path)
  return Math.max(0, Math.round(-Math.log10(i.hi - i.lo)))
}

/** Does `count` of `n` print as the percentage at `pctPath`? */
export const checkPercent = (
  cells: Cells,
  label: string,
  count: number,
  n: number,
  pctPath: string
): Finding => {
  const printed = cells.value(pctPath)
  const computed = pctOf(count, n, decimalsOf(cells, pctPath))
  const ok = computed === printed
  return {
    check: "percent of count",
    verdict: ok ? "consistent" : "inconsistent",
    cells: [pctPath],
    sentence: ok
      ? `${label}: ${count}/${n} is ${printed}% as printed.`
      : `${label}: ${count}/${n} is ${computed}%, not the printed ${printed}%.`
  }
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
  label: string,
  groups: ReadonlyArray<{ n: number; pctPath: string }>,
  overall: number,
  overallPath: string
): Array<Finding> => {
  const options = groups.map((g) => countsFor(cells, g.n, g.pctPath))
  const out: Array<Finding> = groups.map((g, k) => ({
    check: "percent of count",
    verdict: options[k]!.length > 0 ? "consistent" : "impossible",
    cells: [g.pctPath],
    sentence:
      options[k]!.length > 0
        ? `${label}: ${cells.value(g.pctPath)}% of ${g.n} is ${options[k]!.join(" or ")} patients.`
        : `${label}: no count of ${g.n} patients is ${cells.value(g.pctPath)}%.`
  }))
  const sums = new Set<number>([0])
  for (const o of options) {
    const next = new Set<number>()
    for (const s of sums) for (const k of o) next.add(s + k)
    sums.clear()
    for (const s of next) sums.add(s)
  }
  const ok = sums.has(overall)
  out.push({
    check: "subgroup counts add up",
    verdict: ok ? "consistent" : "impossible",
    cells: [...groups.map((g) => g.pctPath), overallPath],
    sentence: ok
      ? `${label}: the subgroup counts add up to the overall ${overall}.`
      : `${label}: the subgroup counts add up to ${[...sums].map((s) => fmt(s)).join(" or ")}, never the overall ${overall}.`
  })
  return out
}
