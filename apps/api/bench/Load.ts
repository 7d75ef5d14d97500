import autocannon from "autocannon"

/** What one autocannon run measured. */
export interface LoadResult {
  readonly requests: number
  readonly perSecond: number
  readonly p50: number
  readonly p99: number
  readonly failed: number
  /** Server CPU per request (µs) when the run was given the server's CPU clock. */
  readonly cpuPerRequest: number
}

/** One bounded autocannon run against 127.0.0.1 (this process is never the server's). */
export interface LoadOptions {
  readonly url: string
  readonly connections: number
  /** Seconds; the run stops at `duration` or after `amount` requests, whichever is given. */
  readonly duration?: number
  readonly amount?: number
  readonly token: string
  readonly method?: "GET" | "POST"
  /** A path and body per request, for writes that must not repeat. */
  readonly next?: (i: number) => { readonly path: string; readonly body?: string }
  /** The server process's CPU clock (ms), to report CPU per request. */
  readonly cpuMs?: () => number
}

/** Runs autocannon and reports requests/s over the whole run and the latency percentiles (ms). */
export const load = async (options: LoadOptions): Promise<LoadResult> => {
  let i = 0
  const next = options.next
  const cpu0 = options.cpuMs?.() ?? 0
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount === undefined ? { duration: options.duration ?? 5 } : { amount: options.amount }),
    method: options.method ?? "GET",
    headers: { authorization: `Bearer ${options.token}`, "content-type": "application/json" },
    ...(next === undefined
      ? {}
      : {
          requests: [
            {
              setupRequest: (request) => {
                const { path, body } = next(i++)
                return { ...request, path, ...(body === undefined ? {} : { body }) }
              }
            }
          ]
        })
  })
  const seconds = result.duration
  const cpu = (options.cpuMs?.() ?? 0) - cpu0
  return {
    requests: result.requests.total,
    perSecond: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    cpuPerRequest: (cpu * 1000) / Math.max(1, result.requests.total)
  }
}
