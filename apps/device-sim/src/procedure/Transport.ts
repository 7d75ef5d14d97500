import {
  ApiError,
  type Client,
  type EventsAccepted,
  type ProtocolEvent,
  type TelemetryAccepted
} from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"

/** Where the device sends what it records (the API, or a fake in tests). */
export interface Transport {
  readonly postTelemetry: (samples: ReadonlyArray<Model.TelemetrySample>) => Promise<TelemetryAccepted>
  readonly postEvents: (firstIndex: number, events: ReadonlyArray<ProtocolEvent>) => Promise<EventsAccepted>
}

/** The API through the typed client, for one procedure (the client carries the device token). */
export const apiTransport = (client: Client, id: Model.ProcedureId): Transport => ({
  postTelemetry: (samples) => client.postTelemetry({ params: { id }, body: { samples: [...samples] } }),
  postEvents: (firstIndex, events) =>
    client.postProcedureEvents({ params: { id }, body: { firstIndex, events: [...events] } })
})

/**
 * A transport that cannot reach the API while `down()` holds (the network-loss fault): every request fails
 * as the client does when nothing answers.
 */
export const withNetworkLoss = (transport: Transport, down: () => boolean): Transport => {
  const lost = () => Promise.reject(new ApiError(0, "Unreachable", "The API cannot be reached: network lost"))
  return {
    postTelemetry: (samples) => (down() ? lost() : transport.postTelemetry(samples)),
    postEvents: (firstIndex, events) => (down() ? lost() : transport.postEvents(firstIndex, events))
  }
}

/**
 * `fetch` that gives up on a request after `ms` (an API that accepts connections but does not answer): the
 * client then fails as unreachable and the outbox resends, which the API's idempotency makes safe.
 */
export const fetchWithTimeout =
  (ms: number): typeof fetch =>
  (input, init) =>
    fetch(input, { ...init, signal: AbortSignal.timeout(ms) })

/** True for failures worth retrying: the API unreachable or restarting (5xx), or asking to slow down (429). */
export const isRetryable = (error: unknown): boolean =>
  error instanceof ApiError ? error.status === 0 || error.status === 429 || error.status >= 500 : true
