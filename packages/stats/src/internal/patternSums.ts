import { Effect } from "effect"
import { InsufficientData } from "../Errors.js"
import type { VisitPattern, VisitSummary } from "./visitPatterns.js"

/** The patterns, once every time point has been attended by someone. */
export const summary = (
  values: Float64Array,
  mask: Int32Array,
  attended: Int32Array,
  subjects: number,
  observations: number
): Effect.Effect<VisitSummary, InsufficientData> => {
  const k = attended.length
  const absent = attended.indexOf(0)
  if (absent >= 0) {
    return Effect.fail(
      new InsufficientData({
        argument: "time",
        required: 1,
        received: 0,
        message: `nobody attended time point ${absent} (time points run 0…${k - 1}), so its mean cannot be estimated`
      })
    )
  }
  return Effect.succeed({ k, subjects, observations, patterns: summarize(values, mask, k) })
}

/** Mean vectors, then centered scatter matrices (two passes, as `var`), per missingness pattern. */
const summarize = (values: Float64Array, mask: Int32Array, k: number): Array<VisitPattern> => {
  // pattern number by bitmask: a table up to 2^16 masks, a Map beyond
  const table = k <= 16 ? new Int32Array(1 << k).fill(-1) : undefined
  const byMask = new Map<number, number>()
  const patterns: Array<VisitPattern & { subjects: number }> = []
  const subjects = mask.length
  const of = new Int32Array(subjects)
  for (let s = 0; s < subjects; s++) {
    const bits = mask[s]!
    if (bits === 0) {
      of[s] = -1
      continue
    }
    let p = table === undefined ? (byMask.get(bits) ?? -1) : table[bits]!
    if (p < 0) {
      const times = Int32Array.from({ length: k }, (_, t) => t).filter((t) => (bits >> t) & 1)
      const m = times.length
      p =
        patterns.push({ times, subjects: 0, mean: new Float64Array(m), scatter: new Float64Array(m * m) }) - 1
      if (table === undefined) byMask.set(bits, p)
      else table[bits] = p
    }
    of[s] = p
  }
  for (let s = 0; s < subjects; s++) {
    if (of[s]! < 0) continue
    const pattern = patterns[of[s]!]!
    const { times, mean } = pattern
    pattern.subjects++
    const row = s * k
    for (let a = 0; a < times.length; a++) mean[a]! += values[row + times[a]!]!
  }
  for (const p of patterns) for (let a = 0; a < p.mean.length; a++) p.mean[a] = p.mean[a]! / p.subjects
  const d = new Float64Array(k)
  for (let s = 0; s < subjects; s++) {
    if (of[s]! < 0) continue
    const { times, mean, scatter } = patterns[of[s]!]!
    const m = times.length
    const row = s * k
    for (let a = 0; a < m; a++) d[a] = values[row + times[a]!]! - mean[a]!
    for (let a = 0; a < m; a++) {
      const da = d[a]!
      for (let b = 0; b <= a; b++) scatter[a * m + b]! += da * d[b]!
    }
  }
  for (const { times, scatter } of patterns) {
    const m = times.length
    for (let a = 0; a < m; a++) for (let b = 0; b < a; b++) scatter[b * m + a] = scatter[a * m + b]!
  }
  return patterns
}
