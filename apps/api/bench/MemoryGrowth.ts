import type { Usage } from "./MemoryProbe.js"
import type { ServerProcess } from "./Server.js"

/**
 * How far a server's memory rose above its collected baseline during one request, in bytes: `peak*` while
 * it ran (sampled inside the server; the resident set's also from the kernel's high-water mark), `retained*`
 * once it was over and the server had collected its garbage. `js` = V8 heap in use + `external`.
 */
export interface MemoryGrowth {
  readonly baseline: Usage
  readonly peakRss: number
  readonly peakJs: number
  readonly retainedRss: number
  readonly retainedJs: number
  readonly samples: number
}

const sampleEveryMs = 5

/** Runs `request` against `server` between a collected baseline and a collected end, sampling memory. */
export const measureMemory = async <A>(
  server: ServerProcess,
  request: () => Promise<A>
): Promise<{ readonly result: A; readonly memory: MemoryGrowth }> => {
  const baseline = await server.memory.collected()
  server.resetPeak()
  await server.memory.start(sampleEveryMs)
  const result = await request()
  const { peak, samples } = await server.memory.stop()
  const highWater = server.peakBytes()
  const after = await server.memory.collected()
  return {
    result,
    memory: {
      baseline,
      peakRss: Math.max(peak.rss, highWater) - baseline.rss,
      peakJs: peak.js - baseline.js,
      retainedRss: after.rss - baseline.rss,
      retainedJs: after.js - baseline.js,
      samples
    }
  }
}

/** The largest of each figure over several runs. */
export const worst = (runs: ReadonlyArray<MemoryGrowth>): MemoryGrowth =>
  runs.reduce((a, b) => ({
    baseline: a.baseline,
    peakRss: Math.max(a.peakRss, b.peakRss),
    peakJs: Math.max(a.peakJs, b.peakJs),
    retainedRss: Math.max(a.retainedRss, b.retainedRss),
    retainedJs: Math.max(a.retainedJs, b.retainedJs),
    samples: Math.min(a.samples, b.samples)
  }))

const mb = (bytes: number) => `${bytes >= 0 ? "+" : ""}${(bytes / 1024 / 1024).toFixed(1)} MB`

/** One line: peak and retained growth of the resident set and of the JS memory, over the baseline. */
export const describeGrowth = (m: MemoryGrowth) =>
  `peak RSS ${mb(m.peakRss)}, peak heap+external ${mb(m.peakJs)}; after gc() retained RSS ${mb(m.retainedRss)}, ` +
  `heap+external ${mb(m.retainedJs)} (baseline RSS ${mb(m.baseline.rss).slice(1)}, heap+external ${mb(m.baseline.js).slice(1)}; ${m.samples} samples)`
