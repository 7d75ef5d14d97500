import type { Problem } from "@cryoreg/contract"
import type { Context } from "hono"
import { statusOf } from "./http/Status.js"

// What an error carries that is not its own field: Effect's internals and the stack of an Error.
const internal = new Set(["_tag", "message", "stack", "name", "cause", "_op"])

/**
 * Answers with a JSON problem body; every error response of the API goes through here. The error's own
 * fields travel beside `error` and `message` (`issues`, `current`, `finding`, `retryAfter`, …), so a client
 * reads them instead of parsing the sentence.
 */
export const problem = (
  c: Context,
  error: { readonly _tag: string; readonly message: string } | string,
  message?: string
) => {
  const failure = typeof error === "string" ? { _tag: error, message: message ?? "" } : error
  const own: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(failure)) if (!internal.has(key)) own[key] = value
  if (failure._tag === "RuleViolation" && own.issues === undefined) own.issues = []
  return c.json<Problem>({ error: failure._tag, message: failure.message, ...own }, statusOf(failure._tag))
}
