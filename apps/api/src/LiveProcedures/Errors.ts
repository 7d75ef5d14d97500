import { Data } from "effect"

/** A resent event differs from the one stored at its index. */
export class EventConflict extends Data.TaggedError("EventConflict")<{ readonly message: string }> {}

/** An event batch starts past the end of the stored event list (an earlier batch is missing). */
export class EventIndexGap extends Data.TaggedError("EventIndexGap")<{ readonly message: string }> {}

/** One more stream than a session may hold open (`CRYOREG_STREAMS_PER_SESSION`): answered 429. */
export class TooManyStreams extends Data.TaggedError("TooManyRequests")<{ readonly message: string }> {}
