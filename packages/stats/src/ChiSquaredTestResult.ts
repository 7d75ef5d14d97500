import { Schema } from "effect"

/** A rank or count test referred to the χ² distribution: statistic, degrees of freedom, p-value. */
export const ChiSquaredTestResult = Schema.Struct({
  statistic: Schema.Number,
  df: Schema.Number,
  p: Schema.Number
})
export type ChiSquaredTestResult = typeof ChiSquaredTestResult.Type
