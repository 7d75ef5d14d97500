import { Data } from "effect"

/** The patient already has a procedure (recorded, or opened live). */
export class ProcedureExists extends Data.TaggedError("ProcedureExists")<{ readonly message: string }> {}

/** A resent event differs from the one stored at its index. */
export class EventConflict extends Data.TaggedError("EventConflict")<{ readonly message: string }> {}

/** An event batch starts past the end of the stored event list (an earlier batch is missing). */
export class EventIndexGap extends Data.TaggedError("EventIndexGap")<{ readonly message: string }> {}
