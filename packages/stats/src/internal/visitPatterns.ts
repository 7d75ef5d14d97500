import { Effect } from "effect"
import { InsufficientData, InvalidArgument, NonFiniteValue } from "../Errors.js"
import type { Visits } from "../Input.js"

/** Subjects who attended the same set of time points, reduced to their mean vector and scatter matrix. */
export interface VisitPattern {
  /** The attended time points, ascending. */
  readonly times: Int32Array
  readonly subjects: number
  /** Mean outcome at each attended time point. */
  readonly mean: Float64Array
  /** Σ (y − mean)(y − mean)' over the pattern's subjects, m × m row-major. */
  readonly scatter: Float64Array
}

/** Long-format visits reduced to sufficient statistics per missingness pattern. */
export interface VisitSummary {
  readonly k: number
  readonly subjects: number
  readonly observations: number
  readonly patterns: ReadonlyArray<VisitPattern>
}

/** Highest time point a pattern bitmask can hold. */
export const maxTimePoints = 30

type SummaryError = InsufficientData | InvalidArgument | NonFiniteValue

const invalid = (argument: string, allowed: string, message: string) =>
  Effect.fail(new InvalidArgument({ argument, allowed, message }))

/**
 * Dense subject indices in first-seen order: a lookup table when the ids are compact integers,
 * a Map otherwise.
 */
const subjectIndex = (subject: Visits, min: number, max: number): { index: Int32Array; count: number } => {
  const n = subject.length
  const index = new Int32Array(n)
  let count = 0
  if (max - min <= 4 * n + 1024) {
    const slot = new Int32Array(max - min + 1)
    for (let i = 0; i < n; i++) {
      const s = subject[i]! - min
      let at = slot[s]!
      if (at === 0) {
        at = ++count
        slot[s] = at
      }
      index[i] = at - 1
    }
  } else {
    const slot = new Map<number, number>()
    for (let i = 0; i < n; i++) {
      let at = slot.get(subject[i]!)
      if (at === undefined) {
        at = count++
        slot.set(subject[i]!, at)
      }
      index[i] = at
    }
  }
  return { index, count }
}

/**
 * Checks long-format visits (one entry per observed visit) and groups the subjects by the set of
 * time points they attended; the model fits then cost O(patterns), not O(observations).
 */
export const visitPatterns = (
  y: Visits,
  subject: Visits,
  time: Visits
): Effect.Effect<VisitSummary, SummaryError> => {
  const n = y.length
  if (subject.length !== n || time.length !== n) {
    return invalid(
      subject.length !== n ? "subject" : "time",
      `one entry per observation (${n}, as y)`,
      `y, subject and time must have equal lengths: got ${n}, ${subject.length} and ${time.length}`
    )
  }
  let minS = Number.POSITIVE_INFINITY
  let maxS = Number.NEGATIVE_INFINITY
  let k = 0
  for (let i = 0; i < n; i++) {
    const v = y[i]!
    const s = subject[i]!
    const t = time[i]!
    if (v - v !== 0) {
      return Effect.fail(
        new NonFiniteValue({
          argument: "y",
          index: [i],
          message: `y[${i}] is ${v}; every value must be a finite number`
        })
      )
    }
    if (!Number.isSafeInteger(s))
      return invalid("subject", "integers", `subject[${i}] is ${s}, not an integer`)
    if (!(t >= 0 && t < maxTimePoints && Math.floor(t) === t)) {
      return invalid(
        "time",
        `integers 0…${maxTimePoints - 1}`,
        `time[${i}] is ${t}, not an integer in 0…${maxTimePoints - 1}`
      )
    }
    if (s < minS) minS = s
    if (s > maxS) maxS = s
    if (t >= k) k = t + 1
  }
  if (k < 2) {
    return Effect.fail(
      new InsufficientData({
        argument: "time",
        required: 2,
        received: k,
        message: `a model over time needs at least two time points (0 = baseline and one more), got ${k}`
      })
    )
  }
  const { index, count } = subjectIndex(subject, minS, maxS)
  const values = new Float64Array(count * k)
  const mask = new Int32Array(count)
  const attended = new Int32Array(k)
  for (let i = 0; i < n; i++) {
    const s = index[i]!
    const t = time[i]!
    if ((mask[s]! >> t) & 1) {
      return invalid(
        "time",
        "one visit per subject and time point",
        `subject ${subject[i]} has two visits at time ${t}`
      )
    }
    mask[s]! |= 1 << t
    values[s * k + t] = y[i]!
    attended[t]!++
  }
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
  return Effect.succeed({ k, subjects: count, observations: n, patterns: summarize(values, mask, k) })
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
    const pattern = patterns[of[s]!]!
    const { times, mean } = pattern
    pattern.subjects++
    const row = s * k
    for (let a = 0; a < times.length; a++) mean[a]! += values[row + times[a]!]!
  }
  for (const p of patterns) for (let a = 0; a < p.mean.length; a++) p.mean[a] = p.mean[a]! / p.subjects
  const d = new Float64Array(k)
  for (let s = 0; s < subjects; s++) {
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
