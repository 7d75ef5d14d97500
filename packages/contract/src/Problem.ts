import { Schema } from "effect"

/** One thing wrong with a request: where (a path into the body, query or params) and what. */
export const Issue = Schema.Struct({
  path: Schema.Array(Schema.Union(Schema.String, Schema.Number)),
  message: Schema.String
})
export type Issue = typeof Issue.Type

/** Every error answer of the API: a machine tag, a sentence for people, and the issues to fix. */
export const Problem = Schema.Struct({
  error: Schema.String,
  message: Schema.String,
  issues: Schema.optional(Schema.Array(Issue))
})
export type Problem = typeof Problem.Type
