/** Lists a page at a time. */

import { Schema } from "effect"

/** One page of a list: the items and the cursor of the next page (null on the last one). */
export const Page = <A, I>(item: Schema.Schema<A, I, never>) =>
  Schema.Struct({ items: Schema.Array(item), nextCursor: Schema.NullOr(Schema.String) })

/** One page of a list and the number of items the whole filter matches. */
export const CountedPage = <A, I>(item: Schema.Schema<A, I, never>) =>
  Schema.Struct({ ...Page(item).fields, total: Schema.Number })

/** `?limit=` of a list: 1–500, 50 by default. */
export const Limit = Schema.NumberFromString.pipe(
  Schema.int({ message: () => "limit is a whole number from 1 to 500" }),
  Schema.between(1, 500, { message: () => "limit is a whole number from 1 to 500" })
)

/** `?cursor=`: an opaque string from a previous page's `nextCursor`. */
export const Cursor = Schema.String.pipe(Schema.maxLength(200))

/** A reason kept in the audit trail; `what` says which ("of the change"), as the refusal of an empty one reads. */
const reasonOf = (what: string) =>
  Schema.String.pipe(
    Schema.trimmed({ message: () => "a reason has no leading or trailing spaces" }),
    Schema.nonEmptyString({ message: () => `give the reason ${what}: it is kept in the history` }),
    Schema.maxLength(1000, { message: () => "a reason is at most 1000 characters" })
  )

/** A reason for a correction or a withdrawal, kept in the audit trail. */
export const Reason = reasonOf("of the change")

/** A reason for retracting a record entered in error, kept in the audit trail. */
export const RetractionReason = reasonOf("for the retraction")

/** A reason for aborting a live procedure, kept in the audit trail. */
export const AbortReason = reasonOf("for aborting the procedure")

/** A whole list: `{ items }`. */
export const Items = <A, I>(item: Schema.Schema<A, I, never>) => Schema.Struct({ items: Schema.Array(item) })
