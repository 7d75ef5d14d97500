import { Errors } from "@cryoreg/contract"
import type { ContentfulStatusCode } from "hono/utils/http-status"

/** The HTTP status of every error tag the API can answer with (decided in the contract's `Errors`). */
export const statusOfTag: Readonly<Record<string, ContentfulStatusCode>> = Errors.statusOf

/** The status of a tag; an unknown tag is a bug, answered as 500. */
export const statusOf = (tag: string): ContentfulStatusCode => statusOfTag[tag] ?? 500
