import type { Context } from "hono"
import type { ContentfulStatusCode } from "hono/utils/http-status"

/** An error response body: a machine tag, a sentence for people, and optional details. */
export interface Problem {
  readonly error: string
  readonly message: string
  readonly details?: unknown
}

/** Answers with a JSON problem body; every error response of the API goes through here. */
export const problem = (
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  message: string,
  details?: unknown
) => c.json<Problem>(details === undefined ? { error, message } : { error, message, details }, status)
