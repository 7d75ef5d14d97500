import { Effect, Schema } from "effect"
import {
  type InsufficientData,
  InvalidArgument,
  type NonFiniteValue,
  type RaggedMatrix,
  ZeroVariance
} from "./Errors.js"
import { finiteMatrix, type Matrix } from "./Input.js"
import { columnDifferenceMoments, essentiallyConstant } from "./internal/moments.js"
import { bonferroni, holm } from "./internal/pAdjust.js"
import { tTwoSided } from "./internal/twoSided.js"

/** How post hoc p-values are adjusted for multiple comparisons. */
export const PAdjustMethod = Schema.Literal("bonferroni", "holm")
export type PAdjustMethod = typeof PAdjustMethod.Type

/** Pairwise paired t-tests: adjusted and raw p for the pairs (1,2), (1,3), …, (1,k), (2,3), … */
export const PosthocPairedResult = Schema.Struct({
  p: Schema.Array(Schema.Number),
  rawP: Schema.Array(Schema.Number),
  /** 1-based condition numbers of each pair, in the order of `p`. */
  pairs: Schema.Array(Schema.Tuple(Schema.Number, Schema.Number)),
  adjust: PAdjustMethod
})
export type PosthocPairedResult = typeof PosthocPairedResult.Type

/** Errors of the post hoc comparisons. */
export type PosthocError = InsufficientData | NonFiniteValue | RaggedMatrix | ZeroVariance | InvalidArgument

/**
 * Paired t-tests between every two conditions (columns) with Bonferroni or Holm adjustment, as R's
 * `pairwise.t.test(y, cond, paired = TRUE, p.adjust.method = adjust)`.
 *
 * @example
 * Effect.runSync(posthocPaired([[7, 4, 3], [8, 5, 5], [6, 4, 2], [9, 6, 4]], "holm")).p // [0.0048…, 0.0048…, 0.0796…]
 */
export const posthocPaired = (
  data: Matrix,
  adjust: string
): Effect.Effect<PosthocPairedResult, PosthocError> =>
  Effect.gen(function* () {
    if (adjust !== "bonferroni" && adjust !== "holm") {
      return yield* new InvalidArgument({
        argument: "adjust",
        allowed: '"bonferroni" or "holm"',
        message: `adjust is ${JSON.stringify(adjust)}; use "bonferroni" or "holm"`
      })
    }
    const { values, rows: n, columns: k } = yield* finiteMatrix("data", data, 2, 2)
    const rawP: Array<number> = []
    const pairs: Array<readonly [number, number]> = []
    for (let j = 0; j < k; j++) {
      for (let l = j + 1; l < k; l++) {
        const { mean, ss } = columnDifferenceMoments(values, k, j, l)
        const stderr = Math.sqrt(ss / (n - 1) / n)
        if (essentiallyConstant(stderr, Math.abs(mean))) {
          return yield* new ZeroVariance({
            argument: "data",
            message: `conditions ${j + 1} and ${l + 1} differ by the same amount in every subject, so their t is undefined`
          })
        }
        rawP.push(tTwoSided(mean / stderr, n - 1))
        pairs.push([j + 1, l + 1])
      }
    }
    return { p: adjust === "holm" ? holm(rawP) : bonferroni(rawP), rawP, pairs, adjust }
  })
