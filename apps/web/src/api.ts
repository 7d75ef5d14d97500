import { ServerStatus } from "@cryoreg/domain"
import { Effect, Schema } from "effect"

/** The API could not be reached or answered something the dashboard does not understand. */
export class ApiUnavailable extends Error {
  override readonly name = "ApiUnavailable"
}

const decodeStatus = Schema.decodeUnknown(ServerStatus)

/** Fetches `GET /api/health` and decodes it with the schema the API encoded it with. */
export const fetchServerStatus = async (fetcher: typeof fetch = fetch): Promise<ServerStatus> => {
  const response = await fetcher("/api/health").catch((cause: unknown) => {
    throw new ApiUnavailable(`The API cannot be reached: ${String(cause)}`)
  })
  if (!response.ok) throw new ApiUnavailable(`The API answered ${response.status} ${response.statusText}`)
  const body: unknown = await response.json()
  return Effect.runPromise(decodeStatus(body)).catch((cause: unknown) => {
    throw new ApiUnavailable(`The API's health answer is not understood: ${String(cause)}`)
  })
}
