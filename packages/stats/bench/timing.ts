/** Wall time of `fn` in milliseconds over `runs` calls after `warmup` unmeasured ones: median and best. */
export interface Timing {
  readonly median: number
  readonly best: number
}

/** Times `fn`; the best run shows the cost on a quiet machine, the median what a caller sees. */
export const time = (fn: () => unknown, runs: number, warmup = 3): Timing => {
  let sink = 0
  for (let i = 0; i < warmup; i++) sink += fn() === undefined ? 0 : 1
  const times: Array<number> = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    sink += fn() === undefined ? 0 : 1
    times.push(performance.now() - start)
  }
  if (sink < 0) console.log(sink)
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)]!, best: times[0]! }
}

/** Deterministic normal variates (mulberry32 + Box–Muller) so every run times the same data. */
export const normals = (count: number, seed: number): Float64Array => {
  let state = seed >>> 0
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = new Float64Array(count)
  for (let i = 0; i < count; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - uniform()))
    const theta = 2 * Math.PI * uniform()
    out[i] = r * Math.cos(theta)
    if (i + 1 < count) out[i + 1] = r * Math.sin(theta)
  }
  return out
}

/** Repeated-measures data like the study's NRS: subject level + condition effect + noise, n × k flat. */
export const repeatedMeasures = (n: number, k: number, seed: number): Float64Array => {
  const noise = normals(n * (k + 1), seed)
  const values = new Float64Array(n * k)
  for (let i = 0; i < n; i++) {
    const subject = 1.5 * noise[n * k + i]!
    for (let j = 0; j < k; j++) values[i * k + j] = 7 - 1.2 * j + subject + noise[i * k + j]!
  }
  return values
}

/** Rows of a flat row-major matrix as number[][]. */
export const toRows = (values: Float64Array, k: number): Array<Array<number>> =>
  Array.from({ length: values.length / k }, (_, i) => Array.from(values.subarray(i * k, (i + 1) * k)))

/** Formats milliseconds with a sensible unit. */
export const formatMs = (ms: number): string =>
  ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`
