import { Effect, Schema } from "effect"
import { normalQuantile } from "./Distributions.js"
import { type InsufficientData, type InvalidArgument, type NonFiniteValue, ZeroVariance } from "./Errors.js"
import { finiteSample, type Sample } from "./Input.js"
import { differenceMoments, essentiallyConstant, type Moments, moments } from "./internal/moments.js"
import { checkPairs } from "./internal/pairs.js"
import { pooledMoments } from "./internal/pooledSamples.js"

/** A standardized mean difference with its standard error and 95% confidence interval (d ± z₀.₉₇₅·se). */
export const CohensDResult = Schema.Struct({
  d: Schema.Number,
  se: Schema.Number,
  ciLow: Schema.Number,
  ciHigh: Schema.Number
})
export type CohensDResult = typeof CohensDResult.Type

/** Whether two samples are the same subjects measured twice or two independent groups. */
export const Design = Schema.Literal("paired", "independent")
export type Design = typeof Design.Type

/** Errors of an effect size. */
export type EffectSizeError = InsufficientData | NonFiniteValue | InvalidArgument | ZeroVariance

const withInterval = (d: number, variance: number): CohensDResult => {
  const se = Math.sqrt(variance)
  const z = normalQuantile(0.975)
  return { d, se, ciLow: d - z * se, ciHigh: d + z * se }
}

const noSpread = (argument: string) =>
  Effect.fail(new ZeroVariance({ argument, message: `${argument} has no spread, so d is undefined` }))

const covariance = (a: Sample, b: Sample, x: Moments, y: Moments): number => {
  let c = 0
  for (let i = 0; i < a.length; i++) c += (a[i]! - x.mean) * (b[i]! - y.mean)
  return c / (a.length - 1)
}

/**
 * d_av = (mean a − mean b) / √((sd_a² + sd_b²)/2), the study's effect size (d = 2.9).
 * 95% CI from Bonett's delta-method variance (normal approximation): paired (Bonett 2015)
 * d²(v_a² + v_b² + 2c²)/(8(n−1)s⁴) + (v_a + v_b − 2c)/((n−1)s²) with c the covariance; independent
 * (Bonett 2008) d²(v_a²/(n_a−1) + v_b²/(n_b−1))/(8s⁴) + (v_a/(n_a−1) + v_b/(n_b−1))/s².
 * `design` defaults to "paired" for equal lengths, "independent" otherwise.
 *
 * @example
 * Effect.runSync(cohensDav([7, 8, 6, 9], [3, 5, 4, 4])).d // 3.5 / √((5/3 + 2/3)/2) = 3.24…
 */
export const cohensDav = (
  a: Sample,
  b: Sample,
  design: Design = a.length === b.length ? "paired" : "independent"
): Effect.Effect<CohensDResult, EffectSizeError> =>
  Effect.gen(function* () {
    if (design === "paired") yield* checkPairs(a, b, 2)
    else {
      yield* finiteSample("a", a, 2)
      yield* finiteSample("b", b, 2)
    }
    const x = moments(a)
    const y = moments(b)
    const va = x.ss / (x.n - 1)
    const vb = y.ss / (y.n - 1)
    const s2 = (va + vb) / 2
    if (essentiallyConstant(Math.sqrt(s2), Math.max(Math.abs(x.mean), Math.abs(y.mean))))
      return yield* noSpread("a, b")
    const d = (x.mean - y.mean) / Math.sqrt(s2)
    if (design === "paired") {
      const c = covariance(a, b, x, y)
      const df = x.n - 1
      return withInterval(
        d,
        (d * d * (va * va + vb * vb + 2 * c * c)) / (8 * df * s2 * s2) + (va + vb - 2 * c) / (df * s2)
      )
    }
    const wa = va / (x.n - 1)
    const wb = vb / (y.n - 1)
    return withInterval(d, (d * d * (va * wa + vb * wb)) / (8 * s2 * s2) + (wa + wb) / s2)
  })

/**
 * d_z = mean(a − b) / sd(a − b), the paired effect size on the differences.
 * 95% CI by the large-sample normal approximation se = √(1/n + d²/(2n)) (not the noncentral t).
 *
 * @example
 * Effect.runSync(cohensDz([7, 8, 6, 9], [3, 5, 4, 4])).d // 3.5 / √(5/3) = 2.71…
 */
export const cohensDz = (a: Sample, b: Sample): Effect.Effect<CohensDResult, EffectSizeError> =>
  Effect.gen(function* () {
    yield* checkPairs(a, b, 2)
    const { n, mean, ss } = differenceMoments(a, b)
    const sd = Math.sqrt(ss / (n - 1))
    if (essentiallyConstant(sd, Math.abs(mean))) return yield* noSpread("a − b")
    const d = mean / sd
    return withInterval(d, 1 / n + (d * d) / (2 * n))
  })

/**
 * d = (mean a − mean b) / s_pooled, s_pooled² = ((n_a−1)sd_a² + (n_b−1)sd_b²)/(n_a+n_b−2), for two
 * independent groups. 95% CI with Hedges & Olkin's (1985) se = √((n_a+n_b)/(n_a·n_b) + d²/(2(n_a+n_b))).
 *
 * @example
 * Effect.runSync(cohensDpooled([5, 6, 7], [3, 4])).d // 2.5 / √(5/6) = 2.74…
 */
export const cohensDpooled = (a: Sample, b: Sample): Effect.Effect<CohensDResult, EffectSizeError> =>
  Effect.gen(function* () {
    const [x, y] = yield* pooledMoments(a, b)
    const sp = Math.sqrt((x.ss + y.ss) / (x.n + y.n - 2))
    if (essentiallyConstant(sp, Math.max(Math.abs(x.mean), Math.abs(y.mean)))) return yield* noSpread("a, b")
    const d = (x.mean - y.mean) / sp
    return withInterval(d, (x.n + y.n) / (x.n * y.n) + (d * d) / (2 * (x.n + y.n)))
  })
