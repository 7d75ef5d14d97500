import { Effect, Schema } from "effect"
import { fCdfUpper } from "./Distributions.js"
import { InsufficientData, type NonFiniteValue, ZeroVariance } from "./Errors.js"
import { finiteSample, type Sample } from "./Input.js"
import { essentiallyConstant, moments } from "./internal/moments.js"

/** One-way ANOVA: F, its degrees of freedom and the upper-tail p. */
export const OneWayAnovaResult = Schema.Struct({
  f: Schema.Number,
  df1: Schema.Number,
  df2: Schema.Number,
  p: Schema.Number
})
export type OneWayAnovaResult = typeof OneWayAnovaResult.Type

/**
 * One-way ANOVA of k independent groups with equal variances, as R's
 * `oneway.test(y ~ g, var.equal = TRUE)` (= `anova(lm(y ~ g))`). Every group needs two values.
 *
 * @example
 * Effect.runSync(oneWayAnova([[1, 2, 3], [4, 5, 6]])) // { f: 13.5, df1: 1, df2: 4, p: 0.021… }
 */
export const oneWayAnova = (
  groups: ReadonlyArray<Sample>
): Effect.Effect<OneWayAnovaResult, InsufficientData | NonFiniteValue | ZeroVariance> =>
  Effect.gen(function* () {
    const k = groups.length
    if (k < 2) {
      return yield* new InsufficientData({
        argument: "groups",
        required: 2,
        received: k,
        message: `groups needs at least 2 groups, got ${k}`
      })
    }
    for (let g = 0; g < k; g++) yield* finiteSample(`groups[${g}]`, groups[g]!, 2)
    const summaries = groups.map(moments)
    let total = 0
    let weighted = 0
    let within = 0
    let scale = 0
    for (const s of summaries) {
      scale = Math.max(scale, Math.abs(s.mean))
      total += s.n
      weighted += s.n * s.mean
      within += s.ss
    }
    const grand = weighted / total
    let between = 0
    for (const s of summaries) between += s.n * (s.mean - grand) ** 2
    const df1 = k - 1
    const df2 = total - k
    if (essentiallyConstant(Math.sqrt(within / df2), scale)) {
      return yield* new ZeroVariance({
        argument: "groups",
        message: "every group is (essentially) constant: zero within-group variance, so F is undefined"
      })
    }
    const f = between / df1 / (within / df2)
    return { f, df1, df2, p: fCdfUpper(f, df1, df2) }
  })
