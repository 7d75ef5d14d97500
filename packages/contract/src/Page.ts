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

/** A reason for a correction or a withdrawal, kept in the audit trail. */
export const Reason = Schema.String.pipe(
  Schema.trimmed({ message: () => "a reason has no leading or trailing spaces" }),
  Schema.nonEmptyString({ message: () => "give the reason of the change: it is kept in the history" }),
  Schema.maxLength(1000, { message: () => "a reason is at most 1000 characters" })
)

/** A whole list: `{ items }`. */
export const Items = <A, I>(item: Schema.Schema<A, I, never>) => Schema.Struct({ items: Schema.Array(item) })
