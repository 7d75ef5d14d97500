import * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import type { Finding, Interval } from "./Finding.js"
import { fmt } from "./Finding.js"
import { type PrintedP, pInterval } from "./FromSummaries.js"

/** The three ways McNemar's test is commonly run on a 2 × 2 table of paired outcomes. */
export const mcnemarVariants = ["with continuity correction", "without correction", "exact"] as const
export type McNemarVariant = (typeof mcnemarVariants)[number]

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

const split = (s: PairedSplit) => `${s.onlyFirst} only at 3 months and ${s.onlySecond} only at 6`

const pText = (p: number) => (p < 0.001 ? "<0.001" : fmt(p, 3))

/**
 * Can a paired test give the printed p of a 3- vs 6-month comparison? Enumerates the discordant-pair
 * splits the printed counts allow and reports, per McNemar variant, the range of p and the splits that
 * print as the published p.
 */
export const checkPaired = (
  label: string,
  counts: { readonly first: number; readonly second: number; readonly n: number },
  pPath: string,
  printed: PrintedP
) =>
  Effect.map(pairedSplits(counts.first, counts.second, counts.n), (splits): Finding => {
    const target = pInterval(printed)
    const discordant = splits.map((s) => s.onlyFirst + s.onlySecond)
    const parts = mcnemarVariants.map((v) => {
      const ps = splits.map((s) => s.p[v])
      const [lo, hi] = [Math.min(...ps), Math.max(...ps)]
      const hits = splits.filter((s) => inside(s.p[v], target))
      const head = `${v[0]!.toUpperCase()}${v.slice(1)}: p from ${pText(lo)} to ${pText(hi)}`
      if (hits.length > 0)
        return { hit: true, text: `${head}; ${printed} when ${hits.map(split).join(", or ")}` }
      if (target.hi <= lo || target.lo > hi) return { hit: false, text: `${head}, never ${printed}` }
      const below = splits.filter((s) => s.p[v] < target.lo).sort((a, b) => b.p[v] - a.p[v])[0]!
      const above = splits.filter((s) => s.p[v] >= target.hi).sort((a, b) => a.p[v] - b.p[v])[0]!
      return {
        hit: false,
        text: `${head}, which spans ${printed} but steps over it: ${pText(below.p[v])} when ${split(below)}, ${pText(above.p[v])} when ${split(above)}`
      }
    })
    const can = parts.some((x) => x.hit)
    return {
      check: "paired p from counts",
      verdict: can ? "consistent" : "inconsistent",
      cells: [pPath],
      sentence:
        `${label} at 3 vs 6 months as paired (McNemar's test on the same patients): the printed counts ` +
        `(${counts.first} and ${counts.second} of ${counts.n}) allow ${Math.min(...discordant)} to ` +
        `${Math.max(...discordant)} patients who changed. ${parts.map((x) => x.text).join(". ")}. ` +
        (can
          ? `The printed p = ${printed} can come from a paired test.`
          : `No paired table with these counts gives the printed p = ${printed}.`)
    }
  })
