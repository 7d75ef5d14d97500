import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { ApiError, makeClient } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { describe, expect, it } from "vitest"
import { apiTransport, fetchWithTimeout, isRetryable } from "../../src/procedure/Transport.js"

describe("the device's transport", () => {
  it("gives up on an API that accepts the connection but never answers, as unreachable (retried)", async () => {
    const server = createServer(() => {})
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const { port } = server.address() as AddressInfo
    try {
      const client = makeClient({
        baseUrl: `http://127.0.0.1:${port}`,
        token: "t",
        fetch: fetchWithTimeout(200)
      })
      const transport = apiTransport(client, Model.ProcedureId.make("live-1"))
      const started = Date.now()
      const error = await transport
        .postTelemetry([{ t: 0, tipTemperatureC: 34, pressureBar: 0, seq: 0 }])
        .catch((e) => e)
      expect(Date.now() - started).toBeLessThan(5000)
      expect(error).toBeInstanceOf(ApiError)
      expect((error as ApiError).status).toBe(0)
      expect(isRetryable(error)).toBe(true)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })

  it("retries what can pass (unreachable, 429, 5xx) and nothing the API refused", () => {
    expect(isRetryable(new ApiError(503, "Unavailable", "restarting"))).toBe(true)
    expect(isRetryable(new ApiError(429, "TooManyRequests", "slow down"))).toBe(true)
    for (const status of [400, 401, 403, 404, 409])
      expect(isRetryable(new ApiError(status, "X", "no"))).toBe(false)
  })
})
