import * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import type { Finding, Interval } from "./Finding.js"
import { finding } from "./Finding.js"
import { detail, type McNemarVariant, mcnemarVariants, type VariantRange } from "./FindingCode.js"
import { type PrintedP, pInterval } from "./FromSummaries.js"
import type { Criterion } from "./Reason.js"

export { type McNemarVariant, mcnemarVariants } from "./FindingCode.js"

/** One paired table the printed marginals allow, and McNemar's p of each variant on it. */
export interface PairedSplit {
  /** Patients who had it at both time points, only at the first, only at the second, at neither. */
  readonly both: number
  readonly onlyFirst: number
  readonly onlySecond: number
  readonly neither: number
  readonly p: Readonly<Record<McNemarVariant, number>>
}

/**
 * Every 2 × 2 paired table of `n` patients with `first` of them positive at the first time point and
 * `second` at the second (the printed marginals), with McNemar's p of each variant. Tables without a
 * discordant patient have no McNemar statistic and are left out.
 */
export const pairedSplits = (first: number, second: number, n: number) =>
  Effect.gen(function* () {
    const out: Array<PairedSplit> = []
    for (let both = Math.max(0, first + second - n); both <= Math.min(first, second); both++) {
      const [onlyFirst, onlySecond] = [first - both, second - both]
      if (onlyFirst + onlySecond === 0) continue
      const table = [
        [both, onlyFirst],
        [onlySecond, n - first - second + both]
      ]
      out.push({
        both,
        onlyFirst,
        onlySecond,
        neither: n - first - second + both,
        p: {
          "with continuity correction": (yield* Stats.mcnemar(table, true)).p,
          "without correction": (yield* Stats.mcnemar(table, false)).p,
          exact: (yield* Stats.mcnemarExact(table)).p
        }
      })
    }
    return out
  })

const inside = (p: number, i: Interval) => p >= i.lo && p < i.hi

const discordant = (s: PairedSplit) => ({ onlyFirst: s.onlyFirst, onlySecond: s.onlySecond })

/**
 * Can a paired test give the printed p of a 3- vs 6-month comparison? Enumerates the discordant-pair
 * splits the printed counts allow and reports, per McNemar variant, the range of p and the splits that
 * print as the published p.
 */
export const checkPaired = (
  criterion: Criterion,
  counts: { readonly first: number; readonly second: number; readonly n: number },
  pPath: string,
  printed: PrintedP
) =>
  Effect.map(pairedSplits(counts.first, counts.second, counts.n), (splits): Finding => {
    const target = pInterval(printed)

    const changed = splits.map((s) => s.onlyFirst + s.onlySecond)
    const variants = mcnemarVariants.map((v: McNemarVariant): VariantRange => {
      const ps = splits.map((s) => s.p[v])
      const [lo, hi] = [Math.min(...ps), Math.max(...ps)]
      const hits = splits.filter((s) => inside(s.p[v], target)).map(discordant)
      if (hits.length > 0 || target.hi <= lo || target.lo > hi)
        return { variant: v, lo, hi, hits, steps: null }
      const below = splits.filter((s) => s.p[v] < target.lo).sort((a, b) => b.p[v] - a.p[v])[0]!
      const above = splits.filter((s) => s.p[v] >= target.hi).sort((a, b) => a.p[v] - b.p[v])[0]!
      return {
        variant: v,
        lo,
        hi,
        hits,
        steps: {
          below: { ...discordant(below), p: below.p[v] },
          above: { ...discordant(above), p: above.p[v] }
        }
      }
    })
    const can = variants.some((x) => x.hits.length > 0)
    const params = {
      criterion,
      ...counts,
      fewestChanged: Math.min(...changed),
      mostChanged: Math.max(...changed),
      printed,
      variants
    }
    return finding(
      "paired p from counts",
      can ? "consistent" : "inconsistent",
      [pPath],
      detail(can ? "pairedPossible" : "pairedImpossible", params)
    )
  })
