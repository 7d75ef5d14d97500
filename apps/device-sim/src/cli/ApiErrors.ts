import { ApiError, Problems } from "@cryoreg/contract"
import { RunError } from "./Args.js"

/** A 404 for the route itself (an API without it), not for a record. */
export const isMissingRoute = (error: unknown): boolean =>
  error instanceof ApiError &&
  error.status === 404 &&
  (error.error === "HttpError" || Problems.is(error, "NoSuchRoute"))

/**
 * The line for a procedure that has ended in the registry (completed, or aborted in the dashboard): nothing
 * to resume. `ended` and `endedAt` as the API says them (`410 ProcedureEnded`, or the procedure's own record).
 */
export const endedText = (id: unknown, ended: unknown, endedAt: unknown): string => {
  const how = ended === "aborted" ? "was aborted" : ended === "completed" ? "was completed" : "has ended"
  const when = typeof endedAt === "string" ? ` at ${endedAt.slice(0, 19).replace("T", " ")} UTC` : ""
  const next =
    ended === "aborted"
      ? "; to treat the patient, open a new procedure (in the dashboard, or device-sim procedure --patient ID)"
      : ""
  return `procedure ${String(id)} ${how} in the registry${when}: it has ended and there is nothing to resume (its device token ended with it)${next}`
}

/** The one line a user reads for a failed call to the API (`doing`: what was being done, e.g. "open the procedure"). */
export const describeApiError = (error: unknown, api: string, doing: string): RunError => {
  if (!(error instanceof ApiError)) return new RunError(`could not ${doing}: ${String(error)}`)
  const why = `${error.message}${error.issues.length > 0 ? ` (${error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")})` : ""}`
  switch (true) {
    case error.status === 0:
      return new RunError(`cannot reach the API at ${api}: is it running? (${error.message})`)
    case Problems.is(error, "ProcedureEnded"):
      return new RunError(
        endedText(
          Problems.field(error, "procedureId"),
          Problems.field(error, "ended"),
          Problems.field(error, "endedAt")
        )
      )
    case error.status === 401:
      return new RunError(
        `the API at ${api} refused the token (401 ${error.error}): sign in again or check --token / CRYOREG_TOKEN (a device token also ends when it is reissued in the dashboard, and when the sessions of whoever opened its procedure end)`
      )
    case error.status === 403:
      return new RunError(`the token's account may not ${doing} (403 ${error.error}): ${why}`)
    case isMissingRoute(error):
      return new RunError(
        `the API at ${api} has no route to ${doing} (404): is it a cryoreg API of this version?`
      )
    default:
      return new RunError(`could not ${doing}: ${why} (${error.status} ${error.error})`)
  }
}
