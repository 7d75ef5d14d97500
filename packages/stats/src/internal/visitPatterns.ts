import { Effect } from "effect"
import { InsufficientData, InvalidArgument, NonFiniteValue } from "../Errors.js"
import type { Visits } from "../Input.js"
import { summary } from "./patternSums.js"

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

/** Errors of reading visits. */
export type SummaryError = InsufficientData | InvalidArgument | NonFiniteValue

/** Fails with InvalidArgument. */
export const invalid = (argument: string, allowed: string, message: string) =>
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
  return summary(values, mask, attended, count, n)
}
