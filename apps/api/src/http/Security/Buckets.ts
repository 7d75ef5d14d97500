/** The time source of the limiters (milliseconds), replaceable in tests. */
export type Clock = () => number

const prune = <V>(map: Map<string, V>, stale: (v: V) => boolean) => {
  if (map.size < 20_000) return
  for (const [key, value] of map) if (stale(value)) map.delete(key)
}

/**
 * A token bucket per key: `rate` a second on average, `burst` at once. `take` answers 0 when the request
 * may go, otherwise the seconds until it may (for `Retry-After`).
 */
export const tokenBuckets = (rate: number, burst: number, clock: Clock = Date.now) => {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const take = (key: string): number => {
    const now = clock()
    const bucket = buckets.get(key) ?? { tokens: burst, at: now }
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate)
    bucket.at = now
    if (!buckets.has(key)) {
      prune(buckets, (b) => b.tokens + ((now - b.at) / 1000) * rate >= burst)
      buckets.set(key, bucket)
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return 0
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate))
  }
  return { take } as const
}
