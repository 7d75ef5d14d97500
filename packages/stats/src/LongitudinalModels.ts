import { Effect, Schema } from "effect"
import type { FlatMatrix } from "./Input.js"
import { fitMmrm } from "./internal/mmrmFit.js"
import { fitRandomIntercept } from "./internal/randomInterceptFit.js"
import type { LongitudinalOptions } from "./internal/visitFit.js"
import { wideVisitPatterns } from "./internal/wideVisits.js"
import { type LongitudinalError, MmrmResult } from "./Mmrm.js"
import { RandomInterceptResult } from "./RandomIntercept.js"

/** Both longitudinal models of the same visits. */
export const LongitudinalModelsResult = Schema.Struct({
  mmrm: MmrmResult,
  randomIntercept: RandomInterceptResult
})
export type LongitudinalModelsResult = typeof LongitudinalModelsResult.Type

/**
 * `mmrm` and `randomInterceptModel` of a patients × visits matrix, row-major with NaN for a missed
 * visit (column 0 = baseline): the fast path for a registry's wide tables. The matrix is read in place,
 * once for both models; a patient with no visit at all is left out. The same results as the long-format
 * functions on the attended visits.
 *
 * @example
 * const nrs = Float64Array.from([8, 4, 3, 7, 3, Number.NaN, 9, 5, 5, 6, Number.NaN, 2, 8, 5, 4, 7, 2, 3])
 * Effect.runSync(longitudinalModels({ values: nrs, columns: 3 })) // { mmrm: { … }, randomIntercept: { … } }
 */
export const longitudinalModels = (
  visits: FlatMatrix,
  options: LongitudinalOptions = {}
): Effect.Effect<LongitudinalModelsResult, LongitudinalError> =>
  Effect.gen(function* () {
    const summary = yield* wideVisitPatterns(visits.values, visits.columns)
    return {
      mmrm: yield* fitMmrm(summary, options),
      randomIntercept: yield* fitRandomIntercept(summary, options)
    }
  })
