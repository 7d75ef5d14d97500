import { Schema } from "effect"

/** Fewer observations (or groups, or conditions) than the statistic needs. */
export class InsufficientData extends Schema.TaggedError<InsufficientData>()("InsufficientData", {
  argument: Schema.String,
  required: Schema.Number,
  received: Schema.Number,
  message: Schema.String
}) {}

/** Too many observations for the algorithm (Shapiro-Wilk takes at most 5000). */
export class TooManyObservations extends Schema.TaggedError<TooManyObservations>()("TooManyObservations", {
  argument: Schema.String,
  allowed: Schema.Number,
  received: Schema.Number,
  message: Schema.String
}) {}

/** A NaN or infinite value where a finite number is needed. */
export class NonFiniteValue extends Schema.TaggedError<NonFiniteValue>()("NonFiniteValue", {
  argument: Schema.String,
  /** Position of the value: `[i]` for a sample, `[row, column]` for a matrix. */
  index: Schema.Array(Schema.Number),
  message: Schema.String
}) {}

/** A matrix whose rows do not all have the same length. */
export class RaggedMatrix extends Schema.TaggedError<RaggedMatrix>()("RaggedMatrix", {
  argument: Schema.String,
  row: Schema.Number,
  expectedColumns: Schema.Number,
  receivedColumns: Schema.Number,
  message: Schema.String
}) {}

/** The data have no variance where the statistic divides by it (all values equal). */
export class ZeroVariance extends Schema.TaggedError<ZeroVariance>()("ZeroVariance", {
  argument: Schema.String,
  message: Schema.String
}) {}

/** A contingency table with a negative, fractional or non-finite count, or no usable margin. */
export class InvalidCountTable extends Schema.TaggedError<InvalidCountTable>()("InvalidCountTable", {
  argument: Schema.String,
  index: Schema.Array(Schema.Number),
  message: Schema.String
}) {}

/** An argument outside what the function accepts (an unknown adjustment method, a value not 0/1, …). */
export class InvalidArgument extends Schema.TaggedError<InvalidArgument>()("InvalidArgument", {
  argument: Schema.String,
  allowed: Schema.String,
  message: Schema.String
}) {}

/** A model whose parameters the data cannot determine (say, two visits never observed together). */
export class ModelNotEstimable extends Schema.TaggedError<ModelNotEstimable>()("ModelNotEstimable", {
  model: Schema.String,
  message: Schema.String
}) {}

/** An iterative fit that stopped before meeting its convergence test: no estimates are returned. */
export class ModelDidNotConverge extends Schema.TaggedError<ModelDidNotConverge>()("ModelDidNotConverge", {
  model: Schema.String,
  iterations: Schema.Number,
  /** Largest |∂ logLik / ∂θ| relative to max(1, |logLik|) where it stopped. */
  relativeGradient: Schema.Number,
  message: Schema.String
}) {}

/** Every error a statistic in this package can fail with. */
export type StatsError =
  | InsufficientData
  | TooManyObservations
  | NonFiniteValue
  | RaggedMatrix
  | ZeroVariance
  | InvalidCountTable
  | InvalidArgument
  | ModelNotEstimable
  | ModelDidNotConverge
