import { Schema } from "effect"

/** `?dryRun=1`: check everything, store nothing. */
export const ImportQuery = Schema.Struct({
  dryRun: Schema.optional(Schema.Literal("0", "1", "true", "false"))
})

/** One refused value of an imported file: where it is and which rule refused it, in words. */
export const ImportError = Schema.Struct({
  file: Schema.String,
  row: Schema.Number,
  column: Schema.String,
  rule: Schema.String,
  message: Schema.String
})
export type ImportError = typeof ImportError.Type

/** What an import did (or, in a dry run, would do). */
export const ImportReport = Schema.Struct({
  dryRun: Schema.Boolean,
  file: Schema.String,
  sha256: Schema.String,
  patients: Schema.Number,
  stored: Schema.Struct({ patients: Schema.Number, records: Schema.Number }),
  unchanged: Schema.Number,
  errors: Schema.Array(ImportError)
})
export type ImportReport = typeof ImportReport.Type
