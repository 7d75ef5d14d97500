import { Data } from "effect"

/** A count over a cohort of no patients: a percentage of nobody is undefined. */
export class EmptyCohort extends Data.TaggedError("EmptyCohort")<{
  readonly message: string
}> {}

/** A count and its percentage of the cohort, as the study's tables print them ("n (%)"). */
export interface Share {
  readonly n: number
  readonly percent: number
}

/** `n` and `n / total × 100`. */
export const share = (n: number, total: number): Share => ({ n, percent: (100 * n) / total })
