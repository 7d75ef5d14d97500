import { Schema } from "effect"

/** Fewer observations than the statistic needs. */
export class InsufficientData extends Schema.TaggedError<InsufficientData>()("InsufficientData", {
  argument: Schema.String,
  required: Schema.Number,
  received: Schema.Number,
  message: Schema.String
}) {}

/** A NaN or infinite value where a finite number is needed. */
export class NonFiniteValue extends Schema.TaggedError<NonFiniteValue>()("NonFiniteValue", {
  argument: Schema.String,
  index: Schema.Number,
  message: Schema.String
}) {}
