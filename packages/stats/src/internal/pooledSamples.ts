import { Effect } from "effect"
import type { InsufficientData, NonFiniteValue } from "../Errors.js"
import { finiteSample, type Sample } from "../Input.js"
import { type Moments, moments } from "./moments.js"

/**
 * Moments of two finite independent samples whose variance is pooled: at least one value each and
 * three in all, so the pooled variance has a degree of freedom (b is blamed when a has only one).
 */
export const pooledMoments = (
  a: Sample,
  b: Sample
): Effect.Effect<readonly [Moments, Moments], InsufficientData | NonFiniteValue> =>
  Effect.zipRight(
    finiteSample("a", a, 1),
    Effect.map(finiteSample("b", b, a.length >= 2 ? 1 : 2), () => [moments(a), moments(b)] as const)
  )
