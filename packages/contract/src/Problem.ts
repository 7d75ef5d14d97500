import { Schema } from "effect"

/** One thing wrong with a request: where (a path into the body, query or params) and what. */
export const Issue = Schema.Struct({
  path: Schema.Array(Schema.Union(Schema.String, Schema.Number)),
  message: Schema.String
})
export type Issue = typeof Issue.Type

/** A record as it now stands, answered with a refused correction made against an older version (412). */
export const CurrentRecord = Schema.Struct({
  version: Schema.String,
  /** The stored values (the patient's, or the record's), as its view shows them. */
  record: Schema.Record({ key: Schema.String, value: Schema.Unknown })
})
export type CurrentRecord = typeof CurrentRecord.Type

/** Every error answer of the API: a machine tag, a sentence for people, and the issues to fix. */
export const Problem = Schema.Struct({
  error: Schema.String,
  message: Schema.String,
  issues: Schema.optional(Schema.Array(Issue)),
  current: Schema.optional(CurrentRecord)
})
export type Problem = typeof Problem.Type
