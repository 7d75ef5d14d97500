import * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import { fromEither } from "./Cell.js"
import type { StudyColumns } from "./Columns.js"
import { formatP } from "./Format.js"
import { type NotComputedReason, reason, type Subgroup, type Who } from "./Reason.js"
import { type LabelledTest, labelledOrNot } from "./Tests.js"

// The groups of Tables 8–10 and the two-group t tests between them, for Subgroups.ts.

/** Baseline NRS and its changes to 3 and 6 months, one pass over the n × 3 array. */
export const changes = (nrs: Float64Array) => {
  const n = nrs.length / 3
  const [b, d3, d6] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)]
  for (let i = 0; i < n; i++) {
    b[i] = nrs[i * 3]!
    d3[i] = nrs[i * 3 + 1]! - b[i]!
    d6[i] = nrs[i * 3 + 2]! - b[i]!
  }
  return { b, d3, d6 }
}

/**
 * Subgroup labels: sex (0 female, 1 male), age (0 under 55) and baseline NRS stratum (5–6, 7–8, 9–10);
 * a patient without a baseline NRS is in no group (label 2, 2, 3).
 */
export const labels = (c: StudyColumns, b: Float64Array) => {
  const [sex, age, stratum] = [new Uint8Array(c.n), new Uint8Array(c.n), new Uint8Array(c.n)]
  for (let i = 0; i < c.n; i++) {
    const none = Number.isNaN(b[i]!)
    sex[i] = none ? 2 : c.female[i] === 1 ? 0 : 1
    age[i] = none ? 2 : c.age[i]! < 55 ? 0 : 1
    stratum[i] = none ? 3 : b[i]! <= 6 ? 0 : b[i]! <= 8 ? 1 : 2
  }
  return { sex, age, stratum }
}

/** The attended values only: a missed visit leaves NaN in a change, and a patient out of that comparison. */
export const attended = (groups: ReadonlyArray<Float64Array>): Array<Float64Array> =>
  groups.map((x) => (x.some(Number.isNaN) ? x.filter((v) => !Number.isNaN(v)) : x))

/** Group labels with the patients whose value is missing moved out of every group (label `groups`). */
export const withValue = (g: Uint8Array, x: Float64Array, groups: number): Uint8Array =>
  x.some(Number.isNaN) ? g.map((k, i) => (Number.isNaN(x[i]!) ? groups : k)) : g

/** The sizes of the groups a test compares (women 3, men 1). */
export const sizes = (groups: ReadonlyArray<{ readonly length: number }>, names: ReadonlyArray<Subgroup>) =>
  groups.map((x, k) => ({ group: names[k]!, n: x.length }))

/** Welch t (the table's) and Student t (the alternative) between two groups, a missed visit left out. */
export const welch = (
  groups: ReadonlyArray<Float64Array>,
  names: ReadonlyArray<Subgroup>,
  who: Who,
  label: string
) =>
  Effect.gen(function* () {
    const [a, b] = attended(groups)
    const why = (e: Stats.StatsError): NotComputedReason =>
      e._tag === "ZeroVariance"
        ? reason("sameValueEveryone", { who, test: "tTest" })
        : reason("needsTwoPerGroup", { who, groups: sizes([a!, b!], names), test: "tTest" })
    const w = yield* Effect.either(Stats.welchT(a!, b!))
    const s = yield* Effect.either(Stats.studentT(a!, b!))
    return {
      p: fromEither(w, (r) => formatP(r.p), why),
      tests: [
        labelledOrNot(
          w,
          label,
          "Welch t (used in the table)",
          (r) => ({ statistic: r.t, df: r.df, p: r.p }),
          why
        ),
        labelledOrNot(s, label, "Student t (alternative)", (r) => ({ statistic: r.t, df: r.df, p: r.p }), why)
      ] satisfies Array<LabelledTest>
    }
  })
