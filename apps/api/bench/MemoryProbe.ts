// Runs inside a benchmark server started by `startServerProcess` (node --expose-gc, an IPC channel): answers
// the benchmark's questions about this process's memory, measured with process.memoryUsage().

/** What the server measured: bytes. `js` is the V8 heap in use plus `external` (which holds `arrayBuffers`). */
export interface Usage {
  readonly rss: number
  readonly heapUsed: number
  readonly external: number
  readonly arrayBuffers: number
  readonly js: number
}

/** A question from the benchmark, and its answer (`id` pairs them). */
export type ProbeRequest =
  | { readonly probe: "collected"; readonly id: number }
  | { readonly probe: "start"; readonly id: number; readonly intervalMs: number }
  | { readonly probe: "stop"; readonly id: number }
export interface ProbeAnswer {
  readonly id: number
  /** `collected`: the usage after two full collections; `stop`: the peaks seen since `start`. */
  readonly usage: Usage
  readonly samples: number
}

const usage = (): Usage => {
  const m = process.memoryUsage()
  return {
    rss: m.rss,
    heapUsed: m.heapUsed,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    js: m.heapUsed + m.external
  }
}

const peakOf = (a: Usage, b: Usage): Usage => ({
  rss: Math.max(a.rss, b.rss),
  heapUsed: Math.max(a.heapUsed, b.heapUsed),
  external: Math.max(a.external, b.external),
  arrayBuffers: Math.max(a.arrayBuffers, b.arrayBuffers),
  js: Math.max(a.js, b.js)
})

/** Answers the benchmark over the IPC channel, when there is one; the channel does not keep the process alive. */
export const serveMemoryProbe = () => {
  const send = process.send?.bind(process)
  if (send === undefined) return
  const gc = (globalThis as { gc?: () => void }).gc
  let sampler: ReturnType<typeof setInterval> | null = null
  let peak = usage()
  let samples = 0
  process.on("message", (message: ProbeRequest) => {
    if (message.probe === "collected") {
      // Twice: the first full collection may leave what finalizers (weak references, caches) free.
      gc?.()
      gc?.()
      return void send({ id: message.id, usage: usage(), samples: 1 } satisfies ProbeAnswer)
    }
    if (message.probe === "start") {
      if (sampler !== null) clearInterval(sampler)
      peak = usage()
      samples = 1
      sampler = setInterval(() => {
        peak = peakOf(peak, usage())
        samples++
      }, message.intervalMs)
      return void send({ id: message.id, usage: peak, samples } satisfies ProbeAnswer)
    }
    if (sampler !== null) clearInterval(sampler)
    sampler = null
    peak = peakOf(peak, usage())
    send({ id: message.id, usage: peak, samples: samples + 1 } satisfies ProbeAnswer)
  })
  process.channel?.unref()
}
