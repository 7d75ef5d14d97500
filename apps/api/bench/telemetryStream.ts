import { batchFrom, type Target } from "./telemetryLoad.js"

/** p-th percentile (0–100) of a list of numbers. */
export const percentile = (values: ReadonlyArray<number>, p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

/**
 * How long a stream subscriber waits to see a sample: `rounds` times, post a 10-sample batch and time from
 * just before the POST until the subscriber has the `Samples` message holding its last sequence number.
 * The clock starts before the sample is stored, so this bounds the store-to-subscriber latency from above.
 */
export const streamLatency = async (
  url: string,
  target: Target,
  reader: string,
  rounds: number
): Promise<{ p50: number; p99: number; max: number }> => {
  const controller = new AbortController()
  const response = await fetch(`${url}/api/procedures/${target.id}/stream`, {
    headers: { authorization: `Bearer ${reader}` },
    signal: controller.signal
  })
  const waiting = new Map<number, () => void>()
  const pump = async () => {
    const body = response.body!.getReader()
    const decoder = new TextDecoder()
    let buffer = ""
    for (;;) {
      const { done, value } = await body.read()
      if (done) return
      buffer += decoder.decode(value, { stream: true })
      for (let end = buffer.indexOf("\n\n"); end !== -1; end = buffer.indexOf("\n\n")) {
        const data = buffer
          .slice(0, end)
          .split("\n")
          .find((l) => l.startsWith("data:"))
        buffer = buffer.slice(end + 2)
        if (data === undefined) continue
        const message = JSON.parse(data.slice(5)) as { _tag: string; samples?: Array<{ seq: number }> }
        for (const s of message.samples ?? []) waiting.get(s.seq)?.()
      }
    }
  }
  pump().catch(() => undefined)
  const latencies: Array<number> = []
  for (let i = 0; i < rounds; i++) {
    const last = target.next + 9
    const seen = new Promise<void>((resolve) => waiting.set(last, resolve))
    const started = performance.now()
    const posted = await fetch(`${url}/api/procedures/${target.id}/telemetry`, {
      method: "POST",
      headers: { authorization: `Bearer ${target.token}`, "content-type": "application/json" },
      body: batchFrom(target.next, 10)
    })
    if (posted.status !== 200) throw new Error(`telemetry answered ${posted.status}: ${await posted.text()}`)
    target.next += 10
    await seen
    latencies.push(performance.now() - started)
    waiting.delete(last)
  }
  controller.abort()
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies) }
}
