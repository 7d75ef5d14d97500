import type { CurrentRecord, Issue, Problem } from "@cryoreg/contract"
import type { Context } from "hono"
import { statusOf } from "./http/Status.js"

/** Answers with a JSON problem body; every error response of the API goes through here. */
export const problem = (
  c: Context,
  error: string,
  message: string,
  issues?: ReadonlyArray<Issue>,
  current?: CurrentRecord
) =>
  c.json<Problem>(
    {
      error,
      message,
      ...(issues === undefined ? {} : { issues }),
      ...(current === undefined ? {} : { current })
    },
    statusOf(error)
  )
